/**
 * `positiveScale()`: a scale parameter in (0, ∞), covering tiny and huge scales (log-uniform between
 * 10^minLog10 and 10^maxLog10) and round values. Shrinks toward 1 (the first round value).
 */
import fc from 'fast-check';
import { logUniform } from './logUniform.ts';

/** Options of {@link positiveScale}. */
export interface PositiveScaleConstraints {
  /** decimal log of the smallest scale generated. Default: -6 */
  readonly minLog10?: number;
  /** decimal log of the largest scale generated. Default: 6 */
  readonly maxLog10?: number;
}

const ROUND = [1, 2, 0.5, 10, 0.1, 100];

export function positiveScale(constraints: PositiveScaleConstraints = {}): fc.Arbitrary<number> {
  const lo = 10 ** (constraints.minLog10 ?? -6);
  const hi = 10 ** (constraints.maxLog10 ?? 6);
  const round = ROUND.filter((r) => r >= lo && r <= hi);
  const spread = logUniform(lo, hi);
  return round.length === 0
    ? spread
    : fc.oneof({ withCrossShrink: true }, fc.constantFrom(...round), spread);
}
