/** `exponentialSpec()`: exponential specs {rate} (light: λ₊ = rate). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';

export function exponentialSpec(): fc.Arbitrary<SpecOf<'exponential'>> {
  return positiveScale().map((rate) => ({ family: 'exponential', rate }));
}
