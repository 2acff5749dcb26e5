/** `gumbelSpec()`: Gumbel (max) specs {mu, beta}: right tail light with λ₊ = 1/β, left tail doubly exponential. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function gumbelSpec(): fc.Arbitrary<SpecOf<'gumbel'>> {
  return fc.tuple(realLocation(), positiveScale()).map(([mu, beta]) => ({ family: 'gumbel', mu, beta }));
}
