/** `betaSpec()`: beta specs {alpha, beta} on [0, 1]: shapes from 1e-3 to 1e3 (U-shaped, J-shaped and concentrated). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveShape } from './positiveShape.ts';

export function betaSpec(): fc.Arbitrary<SpecOf<'beta'>> {
  return fc.tuple(positiveShape({ max: 1000, corners: [1] }), positiveShape({ max: 1000, corners: [1] })).map(([alpha, beta]) => ({ family: 'beta', alpha, beta }));
}
