/** `gammaSpec()`: gamma specs {shape, rate}: shape from 1e-3 to 1e5 with a corner near 1 (light: λ₊ = rate). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';

export function gammaSpec(): fc.Arbitrary<SpecOf<'gamma'>> {
  return fc.tuple(positiveShape({ max: 1e5, corners: [1] }), positiveScale()).map(([shape, rate]) => ({ family: 'gamma', shape, rate }));
}
