/** `logLogisticSpec()`: log-logistic specs {alpha (scale), beta (shape)}, β over (0, 100] with corners near 1 and 2. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { FiniteMeanConstraints } from './familyConstraints.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';

export function logLogisticSpec(constraints: FiniteMeanConstraints = {}): fc.Arbitrary<SpecOf<'logLogistic'>> {
  const beta = positiveShape({ min: constraints.finiteMean ? 1 : 0, max: 100, corners: [1, 2], tiny: 0.05 });
  return fc.tuple(positiveScale(), beta).map(([alpha, b]) => ({ family: 'logLogistic', alpha, beta: b }));
}
