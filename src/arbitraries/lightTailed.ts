/**
 * `lightTailed()`: specs whose right tail is light (λ₊ > 0, claims.md §1): exponential-type laws
 * ('light'), normal-type and bounded-above laws ('stronglyLight'), discrete laws, reflections of
 * heavy laws bounded below (a reflected Pareto is bounded above, so light on the right even with mean −∞
 * unless `finiteMean`), affine maps and mixtures of them.
 *
 * @example lightTailed({ boundedAbove: true }) generates specs such as { family: 'uniform', a: 0, b: 1 } or
 * { family: 'affine', base: { family: 'pareto', xm: 1, alpha: 0.5 }, loc: 0, scale: -1 } (mean −∞).
 */
import type fc from 'fast-check';
import type { DistributionSpec } from '../distributions/types.ts';
import { assertConsistent, type LightTailedConstraints } from './distributionConstraints.ts';
import { specTree } from './specTree.ts';

export function lightTailed(constraints: LightTailedConstraints = {}): fc.Arbitrary<DistributionSpec> {
  assertConsistent('lightTailed', constraints);
  if (constraints.tailClass === 'light' && constraints.boundedAbove) {
    throw new RangeError("lightTailed constraints.tailClass 'light' excludes constraints.boundedAbove (bounded laws are stronglyLight)");
  }
  const tails = constraints.tailClass ? [constraints.tailClass] : (['light', 'stronglyLight'] as const);
  const bounded = constraints.boundedAbove ? true : constraints.unboundedAbove ? false : undefined;
  return specTree('lightTailed', { tails, bounded }, constraints);
}
