/** `poissonSpec()`: Poisson specs {lambda}, λ from 1e-3 to 1e5 (strongly light, ratio-light). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveShape } from './positiveShape.ts';

export function poissonSpec(): fc.Arbitrary<SpecOf<'poisson'>> {
  return positiveShape({ max: 1e5, corners: [1] }).map((lambda) => ({ family: 'poisson', lambda }));
}
