/** `uniformSpec()`: uniform specs {a, b} with a < b (bounded both sides); widths from 1e-6 to 1e6. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function uniformSpec(): fc.Arbitrary<SpecOf<'uniform'>> {
  return fc.tuple(realLocation(), positiveScale()).map(([a, width]) => {
    const b = a + width;
    // a + width can round back to a when |a| ≫ width; keep b strictly above a.
    return { family: 'uniform', a, b: b > a ? b : a + Math.max(width, Math.abs(a) * 1e-12) };
  });
}
