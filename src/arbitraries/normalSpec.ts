/** `normalSpec()`: normal specs {mu, sigma} (strongly light, ratio-light), tiny and huge σ. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function normalSpec(): fc.Arbitrary<SpecOf<'normal'>> {
  return fc.tuple(realLocation(), positiveScale()).map(([mu, sigma]) => ({ family: 'normal', mu, sigma }));
}
