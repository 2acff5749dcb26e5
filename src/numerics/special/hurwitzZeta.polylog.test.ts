/**
 * logPolylogExp(s, μ) = log Σ_{n≥1} n^{−s}e^{−μn} on both sides of its switch at μ = ½: direct summation
 * (μ ≥ ½) and direct sum + E_s tail + Euler–Maclaurin bracket (μ < ½), including the early return of the
 * direct sum for large s. Written from surviving mutants (Stryker, .scratch/mutation/hurwitzZeta.json).
 */
import { describe, expect, it } from 'vitest';
import { logScaledError } from '../tolerance.ts';
import { logPolylogExp, logRiemannZeta } from './hurwitzZeta.ts';

/** [s, μ, log Li_s(e^{−μ})]: mpmath polylog(s, exp(−μ)) at 50 digits, equal to z·lerchphi(z, s, 1) to 1e-30. */
const POLYLOG: readonly (readonly [number, number, number])[] = [
  [2, 0.5, -0.3043611668695652532812],
  [2, 0.7, -0.5490227886772165706819],
  [1.5, 3, -2.982066353101405948036],
  [10, 0.5, -0.4994014058047802179256],
  [1.01, 0.5, -0.07300047298168418555925],
  [3, 50, -50.0],
  [2, 0.4999999, -0.3043610404108885388841],
  [1.5, 0.001, 0.9169848009234868155973],
  [2, 0.1, 0.2716970747194493707867],
  [3, 0.3, -0.1833492734368258893621],
  [1.01, 0.01, 1.509176306547405353107],
  [10, 0.2, -0.1991888585229476207552],
  [7.6, 0.05, -0.04486797459598248819068],
  [20, 0.1, -0.09999913684467576088727],
  [15, 0.3, -0.2999773536418476691596],
  [40, 0.01, -0.009999999999099555049256],
  [2, 1e-06, 0.497691295679636353488],
];

describe('logPolylogExp', () => {
  // Measured ≤ 7e-16 in |Δlog|/max(1, |log|) over POLYLOG.
  it('matches mpmath to 2e-15 in |Δlog|/max(1, |log|)', () => {
    for (const [s, mu, ref] of POLYLOG) {
      const got = logPolylogExp(s, mu);
      expect(logScaledError(got, ref), `logPolylogExp(${s}, ${mu}) = ${got}, mpmath ${ref}`).toBeLessThan(2e-15);
    }
  });

  // Regression: at s = ∞ the terms were NaN (∞·log 1) and the direct sum never stopped.
  it('is −μ at s = ∞ (only the n = 1 term is left)', () => {
    for (const mu of [1e-3, 0.3, 0.5, 2]) expect(logPolylogExp(Infinity, mu), `logPolylogExp(∞, ${mu})`).toBe(-mu);
    expect(logPolylogExp(Infinity, 0), 'logPolylogExp(∞, 0)').toBe(0);
  });

  // Li_s(e^{−μ}) = e^{−μ}(1 + 2^{−s}e^{−μ} + …): for s = 1e15 the direct sum must return after n = 1 rather
  // than run on to N = 4s = 4e15 before the Euler–Maclaurin tail.
  it('returns −μ for huge s below the switch (μ < ½) without summing to N = 4s', () => {
    for (const mu of [1e-3, 0.1, 0.4999]) expect(logPolylogExp(1e15, mu), `logPolylogExp(1e15, ${mu})`).toBe(-mu);
  });

  it('is log ζ(s) at μ = 0, −∞ at μ = ∞, NaN for s ≤ 1, μ < 0 or NaN', () => {
    expect(logPolylogExp(2, 0), 'logPolylogExp(2, 0)').toBe(logRiemannZeta(2));
    expect(logPolylogExp(3.5, 0), 'logPolylogExp(3.5, 0)').toBe(logRiemannZeta(3.5));
    expect(logPolylogExp(2, Infinity), 'logPolylogExp(2, ∞)').toBe(-Infinity);
    for (const [s, mu] of [[1, 0.3], [1, 2], [0.5, 0.3], [2, -0.1], [2, -1e-300], [40, -0.001], [40, -Infinity], [NaN, 0.3], [2, NaN], [NaN, 2]]) {
      expect(logPolylogExp(s!, mu!), `logPolylogExp(${s}, ${mu})`).toBeNaN();
    }
  });
});
