/**
 * logMgfNegativeTilt / tiltedMeanNegativeTilt beyond the families' grid (src/distributions/negativeTiltMgf.test.ts):
 * a standardized law whose W lives on a half-line (density 0, i.e. log-density −∞, for w ≤ 0, where ℓ(w) = log w
 * is NaN) — the integrands must be −∞ there whatever ℓ is; λ ≥ 0 is NaN for the tilted mean; and where quadrature
 * cannot resolve the body the result is NaN, not a guess (the doc comments of both functions).
 */
import { describe, expect, it } from 'vitest';
import { logMgfNegativeTilt, tiltedMeanNegativeTilt, type StandardizedPositive } from './negativeTiltMgf.ts';
import { frechetStandardized, weibullStandardized } from '../distributions/standardizedPositive.ts';

/** X = W ~ Gamma(3, 1): log f_W(w) = 2·log w − w − log 2 on w > 0 (−∞ elsewhere), ℓ(w) = log w (NaN for w < 0).
 * Exact: log E[e^{λX}] = −3·log1p(−λ), Λ′(λ) = 3/(1 − λ). */
const gamma3: StandardizedPositive = {
  logDensity: (w) => (w > 0 ? 2 * Math.log(w) - w - Math.LN2 : -Infinity),
  logX: (w) => Math.log(w),
};

/** W ~ N(0, (1e-30)²), ℓ(w) = w: a body 1e-30 wide, far narrower than the documented unit width. */
const needle: StandardizedPositive = {
  logDensity: (w) => -0.5 * (w / 1e-30) ** 2 + 30 * Math.LN10 - 0.5 * Math.log(2 * Math.PI),
  logX: (w) => w,
};

describe('logMgfNegativeTilt / tiltedMeanNegativeTilt: edge behaviour', () => {
  it('ignore ℓ(w) where the density of W is 0 (Gamma(3) in w > 0, ℓ = log w): exact −3·log1p(−λ) and 3/(1 − λ)', () => {
    for (const lambda of [-1e-20, -0.1, -1, -10]) {
      const ref = -3 * Math.log1p(-lambda);
      const got = logMgfNegativeTilt(lambda, gamma3);
      expect(Math.abs(got - ref), `logMgfNegativeTilt(${lambda}; Gamma(3)) = ${got} vs ${ref}`).toBeLessThanOrEqual(1e-12 * Math.abs(ref));
      const mean = 3 / (1 - lambda);
      const gotMean = tiltedMeanNegativeTilt(lambda, gamma3);
      expect(Math.abs(gotMean - mean), `tiltedMeanNegativeTilt(${lambda}; Gamma(3)) = ${gotMean} vs ${mean}`).toBeLessThanOrEqual(1e-12 * mean);
    }
  });

  it('tiltedMeanNegativeTilt is NaN for λ ≥ 0 or NaN and 0 at λ = −∞', () => {
    const law = weibullStandardized(2, 1);
    for (const l of [0, -0, 1e-300, 1, Infinity, NaN]) expect(tiltedMeanNegativeTilt(l, law), `tiltedMeanNegativeTilt(${l}; Weibull(2, 1))`).toBeNaN();
    expect(tiltedMeanNegativeTilt(-Infinity, law), 'tiltedMeanNegativeTilt(−∞; Weibull(2, 1))').toBe(0);
  });

  it('is NaN (no guessed value) where quadrature cannot resolve the body and no Laplace value applies', () => {
    // a body of width 1e-30 in w at λ = −1: the true log MGF is ≈ −1, but neither form converges and the peak
    // of the log-integrand (~ +67) is far below the 1e15 where Laplace's value is returned
    expect(logMgfNegativeTilt(-1, needle), 'logMgfNegativeTilt(−1; W ~ N(0, 1e-60), ℓ(w) = w)').toBeNaN();
    expect(tiltedMeanNegativeTilt(-1, needle), 'tiltedMeanNegativeTilt(−1; W ~ N(0, 1e-60), ℓ(w) = w)').toBeNaN();
    // Fréchet(α = 200, s = 1e50) at λ = −1: |log M| ~ 5.8e49, its peak ~1e-25 wide in w (log MGF via Laplace,
    // see the families' grid); the tilted mean is a ratio of two such integrals and is documented NaN
    expect(tiltedMeanNegativeTilt(-1, frechetStandardized(200, 1e50)), 'tiltedMeanNegativeTilt(−1; Fréchet(200, 1e50))').toBeNaN();
  });

  it('gives the tilted mean where the log-integrands are ~1e7 (Fréchet(2, 1) at λ = −1e10; was NaN)', () => {
    // mpmath (dps 40): E[X e^{λX}]/E[e^{λX}] by quad in x over ±60 widths x0²/√6 around the saddle
    // x0 = root of λx³ − 3x² + 2 (f(x) = 2x⁻³e^{−x⁻²}); its log E[e^{λX}] = −8772045.05419798841976 matches the families' grid
    const ref = 5.848035143092430463897866e-4;
    const got = tiltedMeanNegativeTilt(-1e10, frechetStandardized(2, 1));
    // the log-integrands carry rounding noise ~1e-9 (|log| ~ 8.8e6 times 1e-16): relative 1e-8 is what is attainable
    expect(Math.abs(got - ref), `tiltedMeanNegativeTilt(−1e10; Fréchet(2, 1)) = ${got} vs mpmath ${ref}`).toBeLessThanOrEqual(1e-8 * ref);
  });
});
