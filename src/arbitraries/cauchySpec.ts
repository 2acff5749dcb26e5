/** `cauchySpec()`: Cauchy specs {loc, scale} (mean undefined). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function cauchySpec(): fc.Arbitrary<SpecOf<'cauchy'>> {
  return fc.tuple(realLocation(), positiveScale()).map(([loc, scale]) => ({ family: 'cauchy', loc, scale }));
}
