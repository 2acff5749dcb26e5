/** `laplaceSpec()`: Laplace specs {mu, b} (light: λ₊ = 1/b, both tails). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function laplaceSpec(): fc.Arbitrary<SpecOf<'laplace'>> {
  return fc.tuple(realLocation(), positiveScale()).map(([mu, b]) => ({ family: 'laplace', mu, b }));
}
