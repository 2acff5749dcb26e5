/**
 * Edge properties of the Weibull law found by mutation testing (issue 2): totality of every kernel on
 * invalid (k, λ) and NaN arguments, values at 0 and at t = ∞, the quotient t/λ overflowing and
 * underflowing, the series for log(1 − e^{−y}) at small y, the quantile at p = 0, 1 and p < 0, the law object's
 * delegation, log(t/λ) near 1 at λ = 1e±300, the tail-mean series switch for small k, the MGF branches at k = 1,
 * k < 1 (θ > 0) and k → 1⁺ around the peak (mpmath references).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  weibull,
  weibullLogCdf,
  weibullLogMgf,
  weibullLogPartialMean,
  weibullLogPdf,
  weibullLogSf,
  weibullMean,
  weibullQuantile,
  weibullTailMean,
  weibullVariance,
} from './weibull.ts';

const KERNELS = { weibullLogPdf, weibullLogSf, weibullLogCdf, weibullTailMean, weibullLogMgf, weibullQuantile };

describe('weibull: total kernels and DomainError', () => {
  const INVALID: [number, number][] = [
    [0, 1], [-1, 1], [Infinity, 1], [NaN, 1], [1, 0], [1, -1], [1, Infinity], [1, NaN],
  ];
  it('NaN for k or λ ∉ (0, ∞) and for a NaN argument; DomainError naming the parameter', () => {
    for (const [k, lambda] of INVALID) {
      for (const [name, f] of Object.entries(KERNELS)) expect(f(0.5, k, lambda), `${name}(0.5; k=${k}, lambda=${lambda})`).toBeNaN();
      expect(weibullLogPartialMean(0.5, k, lambda), `logPartialMean(0.5; k=${k}, lambda=${lambda})`).toEqual({ log: NaN, sign: 0 });
      expect(weibullMean(k, lambda), `mean(k=${k}, lambda=${lambda})`).toBeNaN();
      expect(weibullVariance(k, lambda), `variance(k=${k}, lambda=${lambda})`).toBeNaN();
      const bad = k > 0 && k < Infinity ? 'lambda' : 'k';
      expect(() => weibull({ k, lambda }), `weibull(k=${k}, lambda=${lambda})`).toThrow(DomainError);
      expect(() => weibull({ k, lambda }), `weibull(k=${k}, lambda=${lambda}) names ${bad}`).toThrow(new RegExp(`^weibull: parameter '${bad}'`));
    }
    for (const k of [0.5, 1, 2]) {
      for (const [name, f] of Object.entries(KERNELS)) expect(f(NaN, k, 1), `${name}(NaN; k=${k}, lambda=1)`).toBeNaN();
      expect(weibullLogPartialMean(NaN, k, 1), `logPartialMean(NaN; k=${k}, lambda=1)`).toEqual({ log: NaN, sign: 0 });
    }
    for (const p of [-1e-300, 1 + 2 ** -52]) expect(weibullQuantile(p, 2, 1), `quantile(${p}; k=2, lambda=1)`).toBeNaN();
  });
});

describe('weibull: edges', () => {
  it('t = ∞, t ≤ 0, p = 0 and 1, θ = 0', () => {
    for (const k of [0.5, 1, 2]) {
      expect(weibullLogPdf(Infinity, k, 3), `logPdf(∞; k=${k}, lambda=3)`).toBe(-Infinity);
      expect(weibullLogSf(Infinity, k, 3), `logSf(∞; k=${k}, lambda=3)`).toBe(-Infinity);
      expect(weibullLogCdf(Infinity, k, 3) === 0, `logCdf(∞; k=${k}, lambda=3) = ±0`).toBe(true);
      expect(weibullLogCdf(-2, k, 3), `logCdf(−2; k=${k}, lambda=3)`).toBe(-Infinity);
      expect(weibullLogPartialMean(Infinity, k, 3), `logPartialMean(∞; k=${k}, lambda=3)`).toEqual({ log: -Infinity, sign: 0 });
      expect(weibullTailMean(Infinity, k, 3), `tailMean(∞; k=${k}, lambda=3)`).toBeNaN();
      expect(weibullTailMean(-2, k, 3), `tailMean(−2; k=${k}, lambda=3)`).toBe(weibullMean(k, 3));
      expect(weibullQuantile(0, k, 3), `quantile(0; k=${k}, lambda=3)`).toBe(0);
      expect(weibullQuantile(1, k, 3), `quantile(1; k=${k}, lambda=3)`).toBe(Infinity);
      expect(weibullLogMgf(0, k, 3), `logMgf(0; k=${k}, lambda=3)`).toBe(0);
      expect(weibullLogMgf(-0, k, 3), `logMgf(−0; k=${k}, lambda=3)`).toBe(0);
    }
    // the partial mean at t = 0 is the whole mean λΓ(1 + 1/k) (= 3·Γ(2) = 3 for k = 1)
    expect(relativeError(Math.exp(weibullLogPartialMean(0, 1, 3).log), 3), 'partialMean(0; k=1, lambda=3)').toBeLessThan(1e-15);
  });

  it('t/λ overflowing or underflowing (mpmath, 40 digits)', () => {
    // −(1e600)^0.01 and log(0.01/1e-300) − 0.99·log(1e600) − (1e600)^0.01
    expect(logScaledError(weibullLogSf(1e300, 0.01, 1e-300), -1000000.000000000287867543), 'logSf(1e300; k=0.01, lambda=1e-300)').toBeLessThan(1e-14);
    expect(logScaledError(weibullLogPdf(1e300, 0.01, 1e-300), -1000681.565187526525389756), 'logPdf(1e300; k=0.01, lambda=1e-300)').toBeLessThan(1e-14);
    // y = (1e-400)^0.01 = 1e-4: log(1 − e^{−y})
    expect(logScaledError(weibullLogCdf(1e-300, 0.01, 1e100), -9.210390371559516261067602), 'logCdf(1e-300; k=0.01, lambda=1e100)').toBeLessThan(1e-14);
    // y = 1e-600 underflows: log F = 2·log(1e-300)
    expect(logScaledError(weibullLogCdf(1e-300, 2, 1), -1381.551055796427410360677), 'logCdf(1e-300; k=2, lambda=1)').toBeLessThan(1e-15);
  });

  it('log(1 − e^{−y}) by its series just below the switch y = 1e-5 (mpmath: log(−expm1(−y)))', () => {
    for (const [t, ref] of [[9e-6, -11.61829048062467969598338], [2e-6, -13.12236437740416217327589]]) {
      expect(relativeError(weibullLogCdf(t, 1, 1), ref), `logCdf(${t}; k=1, lambda=1)`).toBeLessThan(2e-16);
    }
  });

  it('the law object: spec, support, tails', () => {
    const d = weibull({ k: 2, lambda: 3 });
    expect(d.spec, 'spec').toEqual({ family: 'weibull', k: 2, lambda: 3 });
    expect(d.support, 'support').toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tails.left.bounded, 'left tail bounded').toBe(true);
    expect(weibull({ k: 1, lambda: 4 }).tails.right.subexponential, 'k = 1 is not subexponential').toBe(false);
    expect(weibull({ k: 0.99, lambda: 4 }).tails.right.subexponential, 'k = 0.99 is subexponential').toBe(true);
  });
});

describe('weibull: the law object, t ≈ λ at huge and tiny scales, tail-mean switch, quantile p < 0, MGF branches', () => {
  it('every method of the law object is its kernel', () => {
    for (const [k, lambda] of [[0.5, 2], [1, 3], [2.5, 0.7]] as const) {
      const d = weibull({ k, lambda });
      const tag = `k=${k}, lambda=${lambda}`;
      for (const x of [0, 0.3, 2, 40]) {
        expect(d.logPdf(x), `logPdf(${x}; ${tag})`).toBe(weibullLogPdf(x, k, lambda));
        expect(d.logPartialMean(x), `logPartialMean(${x}; ${tag})`).toEqual(weibullLogPartialMean(x, k, lambda));
      }
      for (const p of [0, 0.25, 0.999]) expect(d.quantile(p), `quantile(${p}; ${tag})`).toBe(weibullQuantile(p, k, lambda));
      expect(d.mean(), `mean(${tag})`).toBe(weibullMean(k, lambda));
      expect(d.variance(), `variance(${tag})`).toBe(weibullVariance(k, lambda));
      for (const theta of [-1, 0, 0.1]) expect(d.logMgf(theta), `logMgf(${theta}; ${tag})`).toBe(weibullLogMgf(theta, k, lambda));
    }
  });

  it('logCdf where t/λ is near 1 and λ = 1e±300 (no log t − log λ cancellation; mpmath 50 digits)', () => {
    // k = 1000, y = (t/λ)^k ≈ 1e-6: log(−expm1(−y)) with t, λ the exact doubles
    const CASES: [number, number, number][] = [
      [9.862794856312105e299, 1e300, -13.81551105796421105492],
      [9.862794856312105e-301, 1e-300, -13.81551105796420156187],
    ];
    for (const [t, lambda, ref] of CASES) {
      expect(logScaledError(weibullLogCdf(t, 1000, lambda), ref), `logCdf(${t}; k=1000, lambda=${lambda})`).toBeLessThan(1e-13);
    }
  });

  it('tailMean for small k at moderate y uses the log ratio, not the asymptotic series (mpmath)', () => {
    // k = 0.03, a = 1 + 1/k = 34.33…, y = 1: e·Γ(a, 1) (mpmath gammainc, 50 digits)
    expect(relativeError(weibullTailMean(1, 0.03, 1), 7.621695692531538819109e37), 'tailMean(1; k=0.03, lambda=1)').toBeLessThan(1e-12);
  });

  it('quantile is NaN for p < 0 also where (−log1p(−p))^{1/k} would be real (k = 1, ½)', () => {
    for (const k of [1, 0.5, 0.25]) {
      for (const p of [-0.5, -1e-300, -Infinity]) expect(weibullQuantile(p, k, 2), `quantile(${p}; k=${k}, lambda=2)`).toBeNaN();
    }
  });

  it('logMgf at k = 1: −log1p(−θλ) up to θλ → 1⁻, +∞ from θλ = 1 on, for λ ≠ 1', () => {
    // θλ = 1 − 2⁻³⁰ exactly (λ = 4): −log(2⁻³⁰) = 30·ln 2
    const theta = (1 - 2 ** -30) / 4;
    expect(relativeError(weibullLogMgf(theta, 1, 4), 30 * Math.LN2), `logMgf(${theta}; k=1, lambda=4)`).toBeLessThan(1e-15);
    expect(weibullLogMgf(1, 1, 3), 'logMgf(1; k=1, lambda=3), θλ = 3').toBe(Infinity);
    expect(weibullLogMgf(2.5, 1, 0.5), 'logMgf(2.5; k=1, lambda=0.5), θλ = 1.25').toBe(Infinity);
    // θλ = 0.75 with θ/λ = 3: log 4
    expect(relativeError(weibullLogMgf(1.5, 1, 0.5), Math.log(4)), 'logMgf(1.5; k=1, lambda=0.5)').toBeLessThan(1e-15);
  });

  it('logMgf is +∞ for every θ > 0 when k < 1, even where e^{θx} overtakes e^{−x^k} only beyond every double', () => {
    // k = 0.999, θ = 1e-6: θx > x^k only for x > θ^{−1/(1−k)} = 1e6000
    for (const [theta, k] of [[1e-6, 0.999], [1e-3, 0.99999], [1e-12, 0.9]]) {
      expect(weibullLogMgf(theta, k, 1), `logMgf(${theta}; k=${k}, lambda=1)`).toBe(Infinity);
    }
  });

  it('logMgf around the peak for k → 1⁺ (the e^g − 1 − g series at small g) matches mpmath to 1e-13', () => {
    // [θ, k, log E[e^{θX}]] (λ = 1): mpmath.quad of k·y^{k−1}·e^{θy − y^k} over (0, ∞) split at multiples of
    // the peak y* = (θ/k)^{1/(k−1)}, 40 digits (same recipe reproduces 73.60398784343990317 at θ = 50, k = 5)
    const CASES: [number, number, number][] = [
      [1.0011001, 1.0001, 12.68765591389534113751],
      [1.0000200001000001, 1.00001, 9.458077631693269681543],
      [1.00001, 1.00001, 9.349170114963263433645],
    ];
    for (const [theta, k, ref] of CASES) {
      const got = weibullLogMgf(theta, k, 1);
      expect(logScaledError(got, ref), `logMgf(${theta}; k=${k}, lambda=1) = ${got}`).toBeLessThan(1e-13);
    }
  });
});
