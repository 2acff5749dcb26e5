import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  lomax,
  lomaxLogCdf,
  lomaxLogMgf,
  lomaxLogPartialMean,
  lomaxLogPdf,
  lomaxLogSf,
  lomaxMean,
  lomaxQuantile,
  lomaxTailMean,
  lomaxVariance,
} from './lomax.ts';

/**
 * [α, λ, t, log F̄(t), E[X | X > t]]: mpmath at 50 digits from the exact doubles, −α·log1p(t/λ) and
 * (αt + λ)/(α − 1); the tail mean was confirmed by mp.quad of x·f(x) for λ = 1, t < 1e12.
 * Regimes: t → 0⁺, far tail to 1e300, t/λ > 1e300 (λ = 1e-10 with t ≥ 1e291 up to 1e308), tiny and huge
 * scales, α near 1.
 */
const REF: [number, number, number, number, number][] = [
  [3.0, 1.0, 1e-20, -2.9999999999999997e-20, 0.5],
  [3.0, 1.0, 1e-5, -2.9999850000999994e-5, 0.500015],
  [3.0, 1.0, 0.5, -1.2163953243244932, 1.25],
  [3.0, 1.0, 1.0, -2.0794415416798357, 2.0],
  [3.0, 1.0, 7.0, -6.238324625039508, 11.0],
  [3.0, 1.0, 10000000000.0, -69.07755279012137, 15000000000.5],
  [3.0, 1.0, 1e200, -1381.5510557964274, 1.5e200],
  [1.5, 1e-200, 1e-250, -1.5000000000000002e-50, 2e-200],
  [1.5, 1e-200, 1e-200, -1.0397207708399179, 5e-200],
  [1.5, 1e-200, 1e100, -1036.1632918473206, 3.0000000000000002e100],
  [1.5, 1e-200, 1e200, -1381.5510557964274, 3e200],
  [2.0, 1e200, 1.0, -2e-200, 1e200],
  [2.0, 1e200, 1e100, -2e-100, 1e200],
  [2.0, 1e200, 1e200, -1.3862943611198906, 3e200],
  [2.0, 1e200, 1e300, -460.51701859880916, 2e300],
  [1.0000001, 2.0, 0.1, -0.04879016904844843, 21000000.08773879],
  [1.0000001, 2.0, 1e50, -114.43611891275309, 1.000000099416133e57],
  [2.5, 1e-10, 1e291, -1732.6952824780194, 1.6666666666666665e291],
  [2.5, 1e-10, 1e300, -1784.5034470703854, 1.6666666666666668e300],
  [2.5, 1e-10, 1e308, -1830.5551489302663, 1.6666666666666668e308],
];

describe('lomax: accuracy against mpmath', () => {
  it.each(REF)('α=%s λ=%s t=%s', (alpha, scale, t, logSf, tailMean) => {
    const label = `(t=${t}; alpha=${alpha}, scale=${scale})`;
    expect(logScaledError(lomaxLogSf(t, alpha, scale), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(lomaxTailMean(t, alpha, scale), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    const pm = lomaxLogPartialMean(t, alpha, scale);
    const refLogPm = Math.log(tailMean) + logSf;
    expect(pm.sign, `partialMean sign${label}`).toBe(1);
    expect(logScaledError(pm.log, refLogPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
  });

  it('means and variances (mpmath: λ/(α−1), λ²α/((α−1)²(α−2)))', () => {
    // mpmath: 2/(1.0000001 − 1) from the exact double 1.0000001
    expect(relativeError(lomaxMean(1.0000001, 2), 19999999.988322657), 'mean(alpha=1.0000001, scale=2)').toBeLessThanOrEqual(1e-12);
    expect(lomaxMean(3, 1)).toBe(0.5);
    expect(relativeError(lomaxMean(1.5, 1e-200), 2e-200), 'mean(alpha=1.5, scale=1e-200)').toBeLessThanOrEqual(1e-15);
    expect(lomaxMean(1, 1)).toBe(Infinity);
    expect(lomaxVariance(3, 1)).toBe(0.75);
    expect(lomaxVariance(2, 1)).toBe(Infinity);
    expect(lomaxVariance(0.5, 1)).toBe(Infinity);
  });
});

describe('lomax: edges and divergent moments', () => {
  it('below and at the support edge, and at +∞', () => {
    expect(lomaxLogSf(0, 2, 1)).toBe(0);
    expect(lomaxLogSf(-1, 2, 1)).toBe(0);
    expect(lomaxLogCdf(0, 2, 1)).toBe(-Infinity);
    expect(lomaxLogSf(Infinity, 2, 1)).toBe(-Infinity);
    expect(lomaxLogPdf(-1e-300, 2, 1)).toBe(-Infinity);
    expect(lomaxLogPdf(0, 2, 1)).toBeCloseTo(Math.log(2), 15);
    expect(lomaxLogPartialMean(-3, 3, 1)).toEqual({ log: Math.log(0.5), sign: 1 });
    expect(lomaxLogPartialMean(Infinity, 3, 1).sign).toBe(0);
  });
  it('cdf near 0 keeps relative accuracy (mpmath: log(1 − (1 + 1e-20)^−3))', () => {
    expect(logScaledError(lomaxLogCdf(1e-20, 3, 1), -44.95308957121281), 'logCdf(1e-20; alpha=3, scale=1)').toBeLessThanOrEqual(1e-14);
  });
  it('α ≤ 1: partial mean and tail mean are +∞', () => {
    expect(lomaxLogPartialMean(10, 1, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(lomaxTailMean(10, 0.7, 1)).toBe(Infinity);
    expect(lomax({ alpha: 0.7, scale: 1 }).partialMean(3)).toBe(Infinity);
  });
  it('total kernels: NaN on invalid parameters', () => {
    for (const [alpha, scale] of [[0, 1], [1, 0], [-1, 2], [NaN, 2], [1, Infinity], [Infinity, 1]]) {
      const label = `(alpha=${alpha}, scale=${scale})`;
      expect(lomaxLogSf(2, alpha!, scale!), `logSf${label}`).toBeNaN();
      expect(lomaxLogPartialMean(2, alpha!, scale!).log, `pm${label}`).toBeNaN();
      expect(lomaxMean(alpha!, scale!), `mean${label}`).toBeNaN();
      expect(lomaxQuantile(0.5, alpha!, scale!), `quantile${label}`).toBeNaN();
    }
    expect(lomaxLogSf(NaN, 1, 2)).toBeNaN();
  });
});

describe('lomax: quantile', () => {
  it('closed form near p → 0 and p → 1', () => {
    // mpmath: 2*((1 − p)**(−1/3) − 1) with p the exact doubles 0.999999999999999 and 1e-10
    expect(relativeError(lomaxQuantile(0.999999999999999, 3, 2), 200051.31359993375)).toBeLessThanOrEqual(1e-12);
    expect(relativeError(lomaxQuantile(1e-10, 3, 2), 6.666666667111111e-11)).toBeLessThanOrEqual(1e-14);
    expect(lomaxQuantile(0, 3, 2)).toBe(0);
    expect(lomaxQuantile(1, 3, 2)).toBe(Infinity);
  });
  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
    'quantile(cdf(x)) = x and cdf + sf = 1 on the body',
    (scale, alpha, u) => {
      const d = lomax({ alpha, scale });
      const x = d.quantile(u);
      const label = `(u=${u}; alpha=${alpha}, scale=${scale}, x=${x})`;
      expect(relativeError(d.quantile(d.cdf(x)), x), `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-10);
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
      const cond = 1 + (alpha * (1 - u)) / u; // d log F/d log x ≤ α(1 − u)/u
      expect(relativeError(d.cdf(x), u), `cdf(quantile(u))${label}`).toBeLessThanOrEqual(1e-15 * cond);
    },
  );
});

describe('lomax: distribution object', () => {
  it('spec, support, tails', () => {
    const d = lomax({ alpha: 2.5, scale: 3 });
    expect(d.spec).toEqual({ family: 'lomax', alpha: 2.5, scale: 3 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.powerIndex).toBe(2.5);
    expect(d.tails.right.tailClass).toBe('heavy');
    expect(d.tails.left.bounded).toBe(true);
  });
  it('logMgf: Infinity for λ > 0, quadrature for λ < 0', () => {
    expect(lomaxLogMgf(1e-9, 3, 1)).toBe(Infinity);
    expect(lomaxLogMgf(0, 3, 1)).toBe(0);
    // mpmath: log(quad(lambda x: 3*(1+x)**-4*exp(-2*x), [0, 1, 5, 20, inf])) at 50 digits
    expect(relativeError(lomaxLogMgf(-2, 3, 1), -0.5893539340221979), 'logMgf(-2; alpha=3, scale=1)').toBeLessThanOrEqual(1e-10);
  });
  it.each([
    [{ alpha: 0, scale: 1 }, 'alpha'],
    [{ alpha: NaN, scale: 1 }, 'alpha'],
    [{ alpha: 1, scale: 0 }, 'scale'],
    [{ alpha: 1, scale: -Infinity }, 'scale'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => lomax(params)).toThrow(DomainError);
    expect(() => lomax(params)).toThrow(new RegExp(`'${name}'`));
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples lie in the support', (seed) => {
    const x = lomax({ alpha: 2, scale: 1.5 }).sample(seededRng(seed));
    expect(x, `sample(seed=${seed})`).toBeGreaterThanOrEqual(0);
  });
});
