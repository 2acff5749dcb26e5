/**
 * `anyDistribution()`: specs of every family of the suite — heavy, light and strongly light right tails,
 * continuous and discrete, bounded and unbounded, infinite means unless `finiteMean` — with affine maps
 * (reflections included) and mixtures (heavy with light included), nested up to `maxDepth`.
 */
import type fc from 'fast-check';
import type { DistributionSpec } from '../distributions/types.ts';
import { assertConsistent, type DistributionConstraints } from './distributionConstraints.ts';
import { specTree } from './specTree.ts';

export function anyDistribution(constraints: DistributionConstraints = {}): fc.Arbitrary<DistributionSpec> {
  assertConsistent('anyDistribution', constraints);
  const bounded = constraints.boundedAbove ? true : constraints.unboundedAbove ? false : undefined;
  const tails = bounded === true ? (['stronglyLight'] as const) : (['stronglyLight', 'light', 'heavy'] as const);
  return specTree('anyDistribution', { tails, bounded }, constraints);
}
