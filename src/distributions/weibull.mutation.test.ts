/**
 * Edge properties of the Weibull law found by mutation testing (issue 2): totality of every kernel on
 * invalid (k, λ) and NaN arguments, values at 0 and at t = ∞, the quotient t/λ overflowing and
 * underflowing, the series for log(1 − e^{−y}) at small y, the quantile at p = 0, 1 (mpmath references).
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
