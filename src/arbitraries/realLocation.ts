/**
 * `realLocation()`: a location parameter in ℝ: round values (0, 1, −1, …) first, then signed magnitudes
 * log-uniform between 10^minLog10 and 10^maxLog10. Shrinks toward 0.
 */
import fc from 'fast-check';
import { logUniform } from './logUniform.ts';

/** Options of {@link realLocation}. */
export interface RealLocationConstraints {
  /** decimal log of the smallest non-zero magnitude. Default: -6 */
  readonly minLog10?: number;
  /** decimal log of the largest magnitude. Default: 6 */
  readonly maxLog10?: number;
}

export function realLocation(constraints: RealLocationConstraints = {}): fc.Arbitrary<number> {
  const lo = 10 ** (constraints.minLog10 ?? -6);
  const hi = 10 ** (constraints.maxLog10 ?? 6);
  const round = [0, 1, -1, 2, -2, 10, -10].filter((r) => Math.abs(r) <= hi);
  const signed = fc.tuple(fc.boolean(), logUniform(lo, hi)).map(([neg, m]) => (neg ? -m : m));
  return fc.oneof({ withCrossShrink: true }, fc.constantFrom(...round), signed);
}
