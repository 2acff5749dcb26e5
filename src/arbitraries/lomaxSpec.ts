/** `lomaxSpec()`: Lomax (Pareto II) specs {alpha, scale}, α over (0, 100] with corners near 1 and 2. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { FiniteMeanConstraints } from './familyConstraints.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';

export function lomaxSpec(constraints: FiniteMeanConstraints = {}): fc.Arbitrary<SpecOf<'lomax'>> {
  const alpha = positiveShape({ min: constraints.finiteMean ? 1 : 0, max: 100, corners: [1, 2], tiny: 0.05 });
  return fc.tuple(alpha, positiveScale()).map(([a, scale]) => ({ family: 'lomax', alpha: a, scale }));
}
