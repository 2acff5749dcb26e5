/**
 * The odds-ratio claims' hypotheses "V not constant" and "X without atoms", read from the built laws for every
 * pair kind, recursively through latent mixtures (whose components may be copula pairs, for which
 * shiftClasses is undefined):
 * - V constant: a one-point support of the built law of V (an affine map of a point mass included), or a
 *   finite V whose listed atoms all coincide; a latent mixture is constant when every component is, at the same
 *   value;
 * - X atomless: X = x (independent, copulas) continuous; X = aV + Z continuous when Z is, or when V is and
 *   a ≠ 0 (aV then has a density); X = f(V) + noise likewise for an affine f with a non-zero slope; a latent
 *   mixture when every component's X is.
 */
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { degenerateVOf, shiftClasses } from './shiftClasses.ts';

const continuous = (spec: DistributionSpec): boolean => build(spec).support.kind === 'continuous';

/** The value of V when it is a.s. constant, else undefined. */
function constantV(pair: PairSpec): number | undefined {
  if (pair.kind === 'latentMixture') {
    const values = pair.components.filter((_, i) => pair.weights[i] > 0).map(constantV);
    return values.length > 0 && values.every((v) => v !== undefined && v === values[0]) ? values[0] : undefined;
  }
  const v = build(pair.v);
  if (v.support.lower === v.support.upper) return v.support.lower;
  if (pair.kind === 'comonotone' || pair.kind === 'countermonotone') return undefined;
  const classes = shiftClasses(pair);
  return classes !== undefined && degenerateVOf(classes) ? classes[0].atoms![0].v : undefined;
}

/** V takes at least two values. */
export function nonDegenerateV(pair: PairSpec): boolean {
  return constantV(pair) === undefined;
}

/** X has no atoms (see the file comment for each pair kind). */
export function atomlessX(pair: PairSpec): boolean {
  switch (pair.kind) {
    case 'independent':
    case 'comonotone':
    case 'countermonotone':
      return continuous(pair.x);
    case 'linear':
      return continuous(pair.z) || (pair.a !== 0 && continuous(pair.v));
    case 'functional':
      return continuous(pair.noise) || (pair.f.kind === 'linear' && pair.f.a !== 0 && continuous(pair.v));
    case 'latentMixture':
      return pair.components.every((c, i) => !(pair.weights[i] > 0) || atomlessX(c));
  }
}
