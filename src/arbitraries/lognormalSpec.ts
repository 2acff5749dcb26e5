/**
 * `lognormalSpec()`: lognormal specs {mu, sigma}, |μ| ≤ 100 and σ over [1e-4, 10], so that the mean
 * e^{μ+σ²/2} stays a finite double (it is always finite mathematically).
 */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveShape } from './positiveShape.ts';
import { realLocation } from './realLocation.ts';

export function lognormalSpec(): fc.Arbitrary<SpecOf<'lognormal'>> {
  const sigma = positiveShape({ max: 10, corners: [1], tiny: 1e-4 });
  return fc.tuple(realLocation({ maxLog10: 2 }), sigma).map(([mu, s]) => ({ family: 'lognormal', mu, sigma: s }));
}
