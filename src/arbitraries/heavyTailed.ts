/**
 * `heavyTailed()`: specs whose right tail is heavy (λ₊ = 0, claims.md §1): heavy families with their
 * parameters over the whole legal range (df, α, β near 1; infinite and undefined means unless
 * `finiteMean`), affine maps of them, and mixtures of a heavy spec with anything (light, reflected,
 * bounded, discrete). Every spec builds to tailClass 'heavy' (checked in heavyTailed.test.ts).
 *
 * @example heavyTailed({ finiteMean: true }) generates specs such as { family: 'studentT', df: 1.0000003 } (df just
 * above 1) or a mixture of { family: 'pareto', xm: 1, alpha: 2 } with a reflected exponential.
 */
import type fc from 'fast-check';
import type { DistributionSpec } from '../distributions/types.ts';
import { assertConsistent, type DistributionConstraints } from './distributionConstraints.ts';
import { specTree } from './specTree.ts';

export function heavyTailed(constraints: DistributionConstraints = {}): fc.Arbitrary<DistributionSpec> {
  assertConsistent('heavyTailed', constraints);
  if (constraints.boundedAbove) {
    throw new RangeError('heavyTailed constraints.boundedAbove cannot be true: a law bounded above has a light right tail');
  }
  return specTree('heavyTailed', { tails: ['heavy'] }, constraints);
}
