/**
 * `probabilityVector()`: probabilities p₁…pₙ (all > 0) summing to 1 within a few ulps, made by
 * normalising positive integers (so |Σ − 1| ≤ n·2⁻⁵³ ≪ 1e-12, the factories' tolerance). Shrinks toward
 * equal weights of the shortest length. `maxRatio` bounds the ratio of the largest to the smallest integer,
 * so the smallest weight can be as low as about 1/maxRatio (a tiny heavy component in a mixture).
 */
import fc from 'fast-check';

/** Options of {@link probabilityVector}. */
export interface ProbabilityVectorConstraints {
  /** fewest entries. Default: 1 */
  readonly minLength?: number;
  /** most entries. Default: 4 */
  readonly maxLength?: number;
  /** the largest integer weight (the smallest is 1). Default: 1e6 */
  readonly maxRatio?: number;
}

/** Divides positive numbers by their sum (the result sums to 1 within n ulps). */
export function normalise(ints: readonly number[]): number[] {
  const total = ints.reduce((s, x) => s + x, 0);
  return ints.map((x) => x / total);
}

export function probabilityVector(constraints: ProbabilityVectorConstraints = {}): fc.Arbitrary<number[]> {
  const maxRatio = constraints.maxRatio ?? 1e6;
  const weight = fc.oneof(
    { withCrossShrink: true },
    fc.constant(1),
    fc.integer({ min: 1, max: 100 }),
    fc.integer({ min: 1, max: maxRatio }),
  );
  return fc
    .array(weight, { minLength: constraints.minLength ?? 1, maxLength: constraints.maxLength ?? 4 })
    .map(normalise);
}
