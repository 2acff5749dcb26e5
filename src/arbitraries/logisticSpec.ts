/** `logisticSpec()`: logistic specs {mu, s} (light: λ₊ = 1/s, both tails). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function logisticSpec(): fc.Arbitrary<SpecOf<'logistic'>> {
  return fc.tuple(realLocation(), positiveScale()).map(([mu, s]) => ({ family: 'logistic', mu, s }));
}
