/** `pointMassSpec()`: point masses {x} (discrete, bounded both sides). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { realLocation } from './realLocation.ts';

export function pointMassSpec(): fc.Arbitrary<SpecOf<'pointMass'>> {
  return realLocation().map((x) => ({ family: 'pointMass', x }));
}
