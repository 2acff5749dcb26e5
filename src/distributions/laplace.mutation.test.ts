/**
 * Edge properties of the Laplace law found by mutation testing (issue 2): totality of every kernel on
 * invalid (μ, b), t = ±∞, the partial mean where t − b overflows, the MGF at the edge of its domain.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  laplace,
  laplaceLogCdf,
  laplaceLogMgf,
  laplaceLogPartialMean,
  laplaceLogPdf,
  laplaceLogSf,
  laplaceMean,
  laplaceQuantile,
  laplaceTailMean,
  laplaceTiltMean,
  laplaceVariance,
} from './laplace.ts';

const POINT_KERNELS = { laplaceLogPdf, laplaceLogSf, laplaceLogCdf, laplaceQuantile, laplaceTailMean, laplaceLogMgf, laplaceTiltMean };

describe('laplace: total kernels', () => {
  const INVALID: [number, number][] = [[NaN, 1], [Infinity, 1], [-Infinity, 1], [0, 0], [0, -1], [0, Infinity], [0, NaN]];
  /** the parameter the factory must name for row i of INVALID */
  const NAMED = ['mu', 'mu', 'mu', 'b', 'b', 'b', 'b'];
  it.each(INVALID)('μ=%s b=%s: NaN from every kernel, DomainError from the factory', (mu, b) => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) expect(k(0.25, mu, b), `${name}(0.25; mu=${mu}, b=${b})`).toBeNaN();
    expect(laplaceLogPartialMean(0.25, mu, b).log, `logPartialMean(0.25; mu=${mu}, b=${b})`).toBeNaN();
    expect(laplaceMean(mu, b), `mean(mu=${mu}, b=${b})`).toBeNaN();
    expect(laplaceVariance(mu, b), `variance(mu=${mu}, b=${b})`).toBeNaN();
    expect(() => laplace({ mu, b }), `laplace(mu=${mu}, b=${b})`).toThrow(DomainError);
    const named = NAMED[INVALID.findIndex(([x, y]) => Object.is(x, mu) && Object.is(y, b))];
    expect(() => laplace({ mu, b }), `laplace(${mu}, ${b}) names ${named}`).toThrow(new RegExp(`^laplace: parameter '${named}' must be a finite number`));
  });
  it('NaN argument gives NaN; extreme valid parameters give numbers', () => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) {
      expect(k(NaN, 0, 1), `${name}(NaN; mu=0, b=1)`).toBeNaN();
      for (const [mu, b] of [[-1e308, Number.MIN_VALUE], [1e308, 1e308]] as const) {
        expect(Number.isNaN(k(0.25, mu, b)), `${name}(0.25; mu=${mu}, b=${b}) is a number`).toBe(false);
      }
    }
    expect(laplaceLogPartialMean(NaN, 0, 1).log, 'logPartialMean(NaN)').toBeNaN();
    expect(laplaceMean(3, 2), 'mean(3, 2)').toBe(3);
    expect(laplaceVariance(3, 0.5), 'variance(3, 0.5)').toBe(0.5);
  });
});

describe('laplace: infinite arguments and overflow', () => {
  it('t = ±∞', () => {
    for (const [mu, b] of [[0, 1], [-2, 3], [5, 0.5]] as const) {
      const tag = `mu=${mu}, b=${b}`;
      expect(laplaceTailMean(-Infinity, mu, b), `tailMean(−∞; ${tag})`).toBe(mu);
      expect(laplaceTailMean(Infinity, mu, b), `tailMean(∞; ${tag})`).toBeNaN();
      expect(laplaceLogPartialMean(Infinity, mu, b), `logPartialMean(∞; ${tag})`).toEqual(SIGNED_ZERO);
      expect(laplaceLogCdf(-Infinity, mu, b), `logCdf(−∞; ${tag})`).toBe(-Infinity);
      expect(laplaceQuantile(0.5, mu, b), `quantile(½; ${tag})`).toBe(mu);
      for (const p of [-1e-300, 1 + 2 ** -52, NaN]) expect(laplaceQuantile(p, mu, b), `quantile(${p}; ${tag})`).toBeNaN();
    }
    expect(laplaceLogPartialMean(-Infinity, 0, 1), 'logPartialMean(−∞; mu=0) = mean 0').toEqual(SIGNED_ZERO);
    expect(laplaceLogPartialMean(-Infinity, 3, 1), 'logPartialMean(−∞; mu=3)').toEqual({ log: Math.log(3), sign: 1 });
  });

  it('partial mean where t − b overflows (mpmath: log(μ − ½e^{z}(t − b)) = 707.79631323461640882, t = −1.7e308, b = 1e308)', () => {
    const pm = laplaceLogPartialMean(-1.7e308, 0, 1e308);
    expect(pm.sign, 'sign (t=-1.7e308; mu=0, b=1e308)').toBe(1);
    expect(relativeError(pm.log, 707.7963132346164088195366), `log (t=-1.7e308; mu=0, b=1e308) = ${pm.log}`).toBeLessThan(1e-14);
    // t = b (t − b = 0) left of μ: m = μ exactly
    expect(laplaceLogPartialMean(1, 5, 1), 'logPartialMean(t=b=1; mu=5)').toEqual({ log: Math.log(5), sign: 1 });
    // sign of t − b: t < b < μ adds +½e^{z}|t − b|; b < t < μ subtracts
    const below = laplaceLogPartialMean(0, 5, 1); // 5 − ½e^{−5}(0 − 1) = 5 + ½e^{−5}
    expect(relativeError(Math.exp(below.log), 5 + 0.5 * Math.exp(-5)), 'partialMean(0; mu=5, b=1)').toBeLessThan(1e-15);
    const above = laplaceLogPartialMean(3, 5, 1); // 5 − ½e^{−2}(3 − 1) = 5 − e^{−2}
    expect(relativeError(Math.exp(above.log), 5 - Math.exp(-2)), 'partialMean(3; mu=5, b=1)').toBeLessThan(1e-15);
  });

  it('MGF and tilt mean at the edge of the domain |λ|b < 1', () => {
    expect(laplaceLogMgf(0.5, 0, 2), 'logMgf(1/b; b=2)').toBe(Infinity);
    expect(laplaceLogMgf(Infinity, 0, 2), 'logMgf(∞)').toBe(Infinity);
    expect(laplaceLogMgf(NaN, 0, 2), 'logMgf(NaN)').toBeNaN();
    expect(laplaceLogMgf(-0, 3, 2), 'logMgf(−0)').toBe(0);
    expect(laplaceTiltMean(0, 3, 2), 'tiltMean(0; mu=3)').toBe(3);
    expect(laplaceTiltMean(-0.5, 0, 2), 'tiltMean(−1/b)').toBe(-Infinity);
    expect(laplaceTiltMean(-Infinity, 0, 2), 'tiltMean(−∞)').toBe(-Infinity);
    // |λb| = ½ exactly, both forms of log(1 − x²): −log(3/4) + μλ (mpmath: 0.28768207245178092744)
    expect(relativeError(laplaceLogMgf(0.25, 0, 2), 0.28768207245178092744), 'logMgf(0.25; b=2)').toBeLessThan(2e-16);
    expect(relativeError(laplaceLogMgf(-0.25, 0, 2), 0.28768207245178092744), 'logMgf(-0.25; b=2)').toBeLessThan(2e-16);
  });

  it('the law object', () => {
    const d = laplace({ mu: -1, b: 0.5 });
    expect(d.spec, 'spec').toEqual({ family: 'laplace', mu: -1, b: 0.5 });
    expect(d.tails.right.mgfSup, 'right λ₊ = 1/b').toBe(2);
    expect(d.tails.left.mgfSup, 'left λ₊ = 1/b').toBe(2);
    expect(d.mean(), 'mean').toBe(-1);
    expect(d.variance(), 'variance').toBe(0.5);
    expect(d.tailMean(-Infinity), 'tailMean(−∞)').toBe(-1);
    expect(d.logMgf(1), 'logMgf(1; b=0.5)').toBeCloseTo(-1 - Math.log(0.75), 15);
    expect(d.quantile(0.25), 'quantile(0.25)').toBeCloseTo(-1 + 0.5 * Math.log(0.5), 15);
    expect(d.logCdf(-1), 'logCdf(μ)').toBe(-Math.LN2);
    expect(d.logSf(-1), 'logSf(μ)').toBe(-Math.LN2);
    expect(d.logPdf(-1), 'logPdf(μ) = −log(2b) = 0').toBe(0);
  });
});

describe('laplace density off the centre', () => {
  it('e^{logPdf} is the derivative of the cdf (central difference of e^{logCdf}, 1e-7 relative), on both sides of μ', () => {
    const mu = 1, b = 2, h = 1e-4;
    for (const x of [-7, -3, -0.5, 0.9, 1.1, 2.5, 6, 11]) {
      const slope = (Math.exp(laplaceLogCdf(x + h, mu, b)) - Math.exp(laplaceLogCdf(x - h, mu, b))) / (2 * h);
      expect(relativeError(Math.exp(laplaceLogPdf(x, mu, b)), slope), `laplacePdf(${x}; μ=${mu}, b=${b}) vs d cdf/dx`).toBeLessThan(1e-7);
    }
  });
});

describe('laplace at t = μ where t + b nearly cancels (mpmath, 40 digits)', () => {
  // μ = t = −1, b = 1 + 3·2^-52: m(t) = ½(t + b) = 1.5·2^-52 and E[X | X > t] = t + b = 3·2^-52, both exact doubles
  // once t + b is formed directly (μ − ½(t − b) would round t − b = −2 − 3·2^-52 to a multiple of 2^-51)
  const b = 1 + 3 * 2 ** -52;
  it('partial mean ½(t + b) and tail mean t + b keep relative accuracy', () => {
    const pm = laplaceLogPartialMean(-1, -1, b);
    expect(pm.sign, `sign of logPartialMean(−1; mu=−1, b=${b})`).toBe(1);
    expect(relativeError(pm.log, -35.638188281008991708), `logPartialMean(−1; mu=−1, b=${b}) = ${pm.log}`).toBeLessThan(1e-14);
    expect(relativeError(laplaceTailMean(-1, -1, b), 6.6613381477509392425e-16), `tailMean(−1; mu=−1, b=${b})`).toBeLessThan(1e-14);
  });
});

describe('laplace MGF near the edge |λb| → 1: log(1 − (λb)²) without forming 1 − (λb)² (mpmath)', () => {
  it('λb = ±0.9999999 and 0.75', () => {
    // mpmath: −log(1 − x²) at the double x = 0.9999999; 0.5·0.75 − log(1 − 0.75²)
    expect(relativeError(laplaceLogMgf(0.9999999, 0, 1), 15.42494852092473155), 'logMgf(0.9999999; mu=0, b=1)').toBeLessThan(1e-14);
    expect(relativeError(laplaceLogMgf(-0.9999999, 0, 1), 15.42494852092473155), 'logMgf(−0.9999999; mu=0, b=1)').toBeLessThan(1e-14);
    expect(relativeError(laplaceLogMgf(0.75, 0.5, 1), 1.2016785731844679326), 'logMgf(0.75; mu=0.5, b=1)').toBeLessThan(1e-14);
  });
});
