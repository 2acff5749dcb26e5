/**
 * Gamma: the edges that mutation testing (issue 2) found unpinned by gamma.test.ts — totality of every kernel
 * on invalid parameters and exact values at the branch points.
 */
import { describe, expect, it } from 'vitest';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  gamma,
  gammaLogCdf,
  gammaLogMgf,
  gammaLogPartialMean,
  gammaLogPdf,
  gammaLogSf,
  gammaQuantile,
  gammaTailMean,
  gammaTiltMean,
} from './gamma.ts';

/** Each kernel as f(argument, shape, rate) → a number (the log of the partial mean for the SignedLog one). */
const KERNELS: Record<string, (x: number, shape: number, rate: number) => number> = {
  gammaLogPdf,
  gammaLogSf,
  gammaLogCdf,
  gammaTailMean,
  gammaQuantile,
  gammaLogMgf,
  gammaTiltMean,
  gammaLogPartialMean: (t, shape, rate) => gammaLogPartialMean(t, shape, rate).log,
};

const BAD = [0, -0, -1, NaN, Infinity, -Infinity];

describe('gamma kernels are total', () => {
  it('NaN for every invalid shape or rate, at arguments below, at and above 0', () => {
    for (const [name, k] of Object.entries(KERNELS)) {
      for (const bad of BAD) {
        for (const x of [0.5, 0, -1, 1e300, 0.9]) {
          expect(k(x, bad, 1), `${name}(${x}; shape=${bad}, rate=1)`).toBeNaN();
          expect(k(x, 2, bad), `${name}(${x}; shape=2, rate=${bad})`).toBeNaN();
        }
      }
      expect(k(NaN, 2, 1), `${name}(NaN; shape=2, rate=1)`).toBeNaN();
    }
    expect(gammaLogPartialMean(NaN, 2, 1).sign, 'sign of logPartialMean(NaN; shape=2, rate=1)').toBe(0);
  });
});

describe('gamma: values at the support edge and at infinity', () => {
  it('density at 0: +∞ for shape < 1, the rate for shape 1, 0 for shape > 1; −∞ at +∞', () => {
    expect(gammaLogPdf(0, 0.5, 2), 'logPdf(0; shape=0.5, rate=2)').toBe(Infinity);
    expect(gammaLogPdf(0, 1, 2), 'logPdf(0; shape=1, rate=2)').toBe(Math.log(2));
    expect(gammaLogPdf(0, 3, 2), 'logPdf(0; shape=3, rate=2)').toBe(-Infinity);
    expect(gammaLogPdf(-1e-300, 0.5, 2), 'logPdf(-1e-300; shape=0.5, rate=2)').toBe(-Infinity);
    expect(gammaLogPdf(Infinity, 0.5, 2), 'logPdf(∞; shape=0.5, rate=2)').toBe(-Infinity);
  });
  it('sf, cdf, partial mean and tail mean at t = 0, t < 0 and t = ∞', () => {
    for (const t of [0, -0, -1]) {
      expect(Object.is(gammaLogSf(t, 3, 2), 0), `logSf(${t}; shape=3, rate=2) is +0`).toBe(true);
      expect(gammaLogCdf(t, 3, 2), `logCdf(${t}; shape=3, rate=2)`).toBe(-Infinity);
      expect(gammaLogPartialMean(t, 3, 2), `logPartialMean(${t}; shape=3, rate=2)`).toEqual({ log: Math.log(3) - Math.log(2), sign: 1 });
      expect(gammaTailMean(t, 3, 2), `tailMean(${t}; shape=3, rate=2)`).toBe(1.5);
    }
    expect(gammaLogSf(Infinity, 3, 2), 'logSf(∞; shape=3, rate=2)').toBe(-Infinity);
    expect(gammaLogCdf(Infinity, 3, 2), 'logCdf(∞; shape=3, rate=2)').toBe(0);
    expect(gammaLogPartialMean(Infinity, 3, 2), 'logPartialMean(∞; shape=3, rate=2)').toEqual({ log: -Infinity, sign: 0 });
    expect(gammaTailMean(Infinity, 3, 2), 'tailMean(∞; shape=3, rate=2)').toBeNaN();
  });
  it('quantile: 0 at p = 0, ∞ at p = 1, and 0 where the p-quantile underflows', () => {
    expect(gammaQuantile(0, 3, 2), 'quantile(0; shape=3, rate=2)').toBe(0);
    expect(gammaQuantile(1, 3, 2), 'quantile(1; shape=3, rate=2)').toBe(Infinity);
    // P(k, x) ≈ x^k/Γ(k+1): the 1e-300 quantile at shape 1e-3 is (1e-300·Γ(1.001))^1000, far below 5e-324
    expect(gammaQuantile(1e-300, 1e-3, 1), 'quantile(1e-300; shape=1e-3, rate=1)').toBe(0);
  });
  it('MGF and tilt mean are +∞ from λ = rate on, and −∞ / 0 at λ = −∞', () => {
    for (const lambda of [2, 3, Infinity]) {
      expect(gammaLogMgf(lambda, 3, 2), `logMgf(${lambda}; shape=3, rate=2)`).toBe(Infinity);
      expect(gammaTiltMean(lambda, 3, 2), `tiltMean(${lambda}; shape=3, rate=2)`).toBe(Infinity);
    }
    expect(gammaLogMgf(-Infinity, 3, 2), 'logMgf(-∞; shape=3, rate=2)').toBe(-Infinity);
    expect(gammaTiltMean(-Infinity, 3, 2), 'tiltMean(-∞; shape=3, rate=2)').toBe(0);
  });
  it('the built law forwards its kernels; the DomainError names the family and the parameter', () => {
    const d = gamma({ shape: 3, rate: 2 });
    for (const x of [0, 0.5, 40]) {
      expect(d.logPdf(x), `logPdf(${x}; shape=3, rate=2)`).toBe(gammaLogPdf(x, 3, 2));
      expect(d.logCdf(x), `logCdf(${x}; shape=3, rate=2)`).toBe(gammaLogCdf(x, 3, 2));
    }
    expect(() => gamma({ shape: 0, rate: 1 }), 'gamma(shape=0, rate=1)').toThrow(/^gamma: parameter 'shape'/);
    expect(() => gamma({ shape: 1, rate: NaN }), 'gamma(shape=1, rate=NaN)').toThrow(/^gamma: parameter 'rate'/);
  });
});

describe('gamma: density, cdf and quantile against mpmath', () => {
  /** [t, shape, rate, log f(t), log F(t)]: mpmath at 50 digits, k·log r + (k−1)·log t − r·t − loggamma(k) and log gammainc(k, 0, r·t, regularized). */
  const CASES: [number, number, number, number, number][] = [
    [2.5, 3, 2, -1.7811241751317992508, -0.13313377966369797486],
    [1e-300, 0.5, 1, 344.8153990061821525, -345.26698171147160737],
    [100, 1e5, 1e3, 0.23235317995901676967, -0.69230648981872485334],
    [0.01, 1e-3, 0.01, -2.3113190397677384974, -0.0086340466712990081095],
    [30, 0.5, 1, -32.272963633755777775, -9.4857375710738933781e-15],
  ];
  it.each(CASES)('t=%s shape=%s rate=%s', (t, shape, rate, logPdf, logCdf) => {
    const label = `(${t}; shape=${shape}, rate=${rate})`;
    expect(logScaledError(gammaLogPdf(t, shape, rate), logPdf), `logPdf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(gammaLogCdf(t, shape, rate), logCdf), `logCdf${label}`).toBeLessThanOrEqual(1e-12);
  });
  /** [p, shape, rate, quantile]: mpmath at 50 digits, bisection on log P(k, e^y) = log p (p ≤ ½) or log Q(k, e^y) = log(1 − p). */
  const QUANTILES: [number, number, number, number][] = [
    [1e-20, 2, 1, 1.4142135624397616767e-10],
    [1e-300, 2, 1, 1.4142135623730950665e-150],
    [1 - 1e-15, 2, 1, 38.208468755484822861],
    [0.5, 3, 2, 1.337030156861780159],
    [0.9, 100, 0.5, 226.02104771968895448],
  ];
  it.each(QUANTILES)('quantile(%s; shape=%s, rate=%s)', (p, shape, rate, ref) => {
    expect(relativeError(gammaQuantile(p, shape, rate), ref), `quantile(${p}; shape=${shape}, rate=${rate})`).toBeLessThanOrEqual(1e-12);
  });
});
