/** `geometricSpec()`: geometric specs {p} on 1, 2, … (light: λ₊ = −log(1 − p)); p near 0 and near 1. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { openUnitInterval } from './openUnitInterval.ts';

export function geometricSpec(): fc.Arbitrary<SpecOf<'geometric'>> {
  return openUnitInterval().map((p) => ({ family: 'geometric', p }));
}
