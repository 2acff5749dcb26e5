/**
 * `openUnitInterval()`: a probability p ∈ (0, 1), with round values first (½, ¼, 0.1, 0.9) and both
 * corners (p within 1e-9 of 0 or of 1). Shrinks toward ½.
 */
import fc from 'fast-check';
import { logUniform } from './logUniform.ts';

/** Options of {@link openUnitInterval}. */
export interface OpenUnitIntervalConstraints {
  /** decimal log of the smallest distance to 0 or 1. Default: -9 */
  readonly minLog10?: number;
}

export function openUnitInterval(constraints: OpenUnitIntervalConstraints = {}): fc.Arbitrary<number> {
  const near = logUniform(10 ** (constraints.minLog10 ?? -9), 0.5);
  return fc.oneof(
    { withCrossShrink: true },
    fc.constantFrom(0.5, 0.25, 0.1, 0.9, 0.75),
    near,
    near.map((d) => 1 - d),
  );
}
