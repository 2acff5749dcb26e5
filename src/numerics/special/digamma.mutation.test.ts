/**
 * digamma near the edge of its Taylor branch (|x − x₀| just under 0.2), where the highest Taylor terms
 * still move the result by a few ulps: every coefficient's sign matters. Written from surviving mutants
 * (Stryker, bench/mutation-scores.json).
 */
import { describe, it, expect } from 'vitest';
import { digamma } from './digamma.ts';

/** [x, ψ(x)]: mpmath, dps = 40, digamma(mpf(x)) at the double x; x − x₀ ≈ ±0.1996. */
const EDGE: readonly (readonly [number, number])[] = [
  [1.262, -0.2131803867097546749835706],
  [1.2617, -0.2135349232560822861423311],
  [1.661, 0.1771434018132055853419266],
  [1.6616, 0.177633779536902750980255],
];

describe('digamma at the edge of the Taylor branch about the root', () => {
  it('matches mpmath to 4e-16 relative (≈ 3 ulp): the x^18 term alone is ≈ 13 ulp there', () => {
    for (const [x, ref] of EDGE) {
      const v = digamma(x);
      expect(Math.abs(v - ref) / Math.abs(ref), `digamma(${x}) = ${v} vs ${ref}`).toBeLessThanOrEqual(4e-16);
    }
  });
});
