/**
 * The odds-ratio claims' hypotheses "V not constant" and "X without atoms", read from the built laws for every
 * pair kind: shift-form pairs through their classes (shiftClasses.ts: the noise law of each class, V's atoms),
 * comonotone and countermonotone pairs (for which shiftClasses is undefined) from their marginals.
 */
import { build } from '../../distributions/build.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { degenerateVOf, shiftClasses } from './shiftClasses.ts';

type CopulaPair = Extract<PairSpec, { kind: 'comonotone' | 'countermonotone' }>;
const isCopula = (p: PairSpec): p is CopulaPair => p.kind === 'comonotone' || p.kind === 'countermonotone';

/** V takes at least two values. */
export function nonDegenerateV(pair: PairSpec): boolean {
  if (isCopula(pair)) {
    const v = build(pair.v);
    return v.support.lower < v.support.upper;
  }
  const classes = shiftClasses(pair);
  return classes !== undefined && !degenerateVOf(classes);
}

/** X (every class's noise, for shift-form pairs; the X marginal for copula pairs) is continuous. */
export function atomlessX(pair: PairSpec): boolean {
  if (isCopula(pair)) return build(pair.x).support.kind === 'continuous';
  const classes = shiftClasses(pair);
  return classes !== undefined && classes.every((k) => k.noise.support.kind === 'continuous');
}
