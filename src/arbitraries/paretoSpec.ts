/** `paretoSpec()`: Pareto I specs {xm, alpha}, α over (0, 100] with corners near 1 and 2 (infinite mean for α ≤ 1). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { FiniteMeanConstraints } from './familyConstraints.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';

export function paretoSpec(constraints: FiniteMeanConstraints = {}): fc.Arbitrary<SpecOf<'pareto'>> {
  const alpha = positiveShape({ min: constraints.finiteMean ? 1 : 0, max: 100, corners: [1, 2], tiny: 0.05 });
  return fc.tuple(positiveScale(), alpha).map(([xm, a]) => ({ family: 'pareto', xm, alpha: a }));
}
