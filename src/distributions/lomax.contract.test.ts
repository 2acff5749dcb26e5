/**
 * Contracts of the Lomax(α, λ) kernels (numerics.md §4.2 Lomax row): NaN for invalid parameters, the
 * divergent moments (+∞ for α ≤ 1, α ≤ 2), edge values at 0 and ∞, the overflow branches (quantile with
 * e > 700, tail mean with α·t overflowing) and the MGF for λ < 0. Reference values: mpmath at 40 digits
 * of the closed forms named beside each (the MGF by mp.quad of e^{λx}f(x)).
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  lomax,
  lomaxLog1pRatio,
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

const BAD: [number, number][] = [[0, 1], [-1, 1], [Infinity, 1], [NaN, 1], [2, 0], [2, -1], [2, Infinity], [2, NaN]];

describe('lomax kernels: NaN for invalid parameters and arguments', () => {
  for (const [alpha, scale] of BAD) {
    it(`alpha = ${alpha}, scale = ${scale}`, () => {
      const l = `(alpha=${alpha}, scale=${scale})`;
      expect(lomaxLogPdf(1, alpha, scale), `logPdf${l}`).toBeNaN();
      expect(lomaxLogSf(1, alpha, scale), `logSf${l}`).toBeNaN();
      expect(lomaxLogCdf(1, alpha, scale), `logCdf${l}`).toBeNaN();
      expect(lomaxQuantile(0.5, alpha, scale), `quantile${l}`).toBeNaN();
      expect(lomaxMean(alpha, scale), `mean${l}`).toBeNaN();
      expect(lomaxVariance(alpha, scale), `variance${l}`).toBeNaN();
      expect(lomaxLogPartialMean(1, alpha, scale), `pm${l}`).toEqual({ log: NaN, sign: 0 });
      expect(lomaxTailMean(1, alpha, scale), `tailMean${l}`).toBeNaN();
      expect(lomaxLogMgf(-1, alpha, scale), `logMgf${l}`).toBeNaN();
    });
  }
  it('NaN arguments, p ∉ [0, 1], tail mean at t = ∞', () => {
    expect(lomaxLogPdf(NaN, 2, 1)).toBeNaN();
    expect(lomaxLogSf(NaN, 2, 1)).toBeNaN();
    expect(lomaxLogCdf(NaN, 2, 1)).toBeNaN();
    expect(lomaxLogPartialMean(NaN, 2, 1).log).toBeNaN();
    expect(lomaxTailMean(NaN, 2, 1)).toBeNaN();
    expect(lomaxTailMean(Infinity, 2, 1)).toBeNaN();
    expect(lomaxLogMgf(NaN, 2, 1)).toBeNaN();
    for (const p of [-0.1, 1.1, NaN]) expect(lomaxQuantile(p, 2, 1), `quantile(${p})`).toBeNaN();
  });
});

describe('lomax kernels: values (α = 3, λ = 2 unless stated)', () => {
  it('log(1 + t/λ) switches to log t − log λ + log1p(λ/t) past t/λ = 1e300', () => {
    expect(lomaxLog1pRatio(1, 2)).toBe(Math.log1p(0.5));
    expect(relativeError(lomaxLog1pRatio(1e300, 1e-10), Math.log(1e300) - Math.log(1e-10)), 't/λ = 1e310').toBeLessThanOrEqual(4e-16);
  });
  it('log f = log α − log λ − (α + 1)·log1p(x/λ) on [0, ∞), −∞ below', () => {
    expect(relativeError(lomaxLogPdf(1, 3, 2), Math.log(3) - Math.log(2) - 4 * Math.log1p(0.5))).toBeLessThanOrEqual(4e-16);
    expect(lomaxLogPdf(0, 3, 2)).toBe(Math.log(3) - Math.log(2));
    expect(lomaxLogPdf(-1e-300, 3, 2)).toBe(-Infinity);
  });
  it('log F̄ and log F: 0 / −∞ at and below 0, 0 at ∞ for log F', () => {
    expect(lomaxLogSf(1, 3, 2)).toBe(-3 * Math.log1p(0.5));
    expect(lomaxLogSf(0, 3, 2) === 0).toBe(true);
    expect(lomaxLogSf(-1, 3, 2)).toBe(0);
    // mpmath: log(1 − 1.5^{−3}) = −0.35139788683788861418
    expect(relativeError(lomaxLogCdf(1, 3, 2), -0.35139788683788861418)).toBeLessThanOrEqual(4e-16);
    expect(lomaxLogCdf(0, 3, 2)).toBe(-Infinity);
    expect(lomaxLogCdf(-1, 3, 2)).toBe(-Infinity);
    expect(lomaxLogCdf(Infinity, 3, 2) === 0).toBe(true);
  });
  it('quantile λ·expm1(−log1p(−p)/α): 0 at 0, ∞ at 1, and finite where expm1 alone would overflow', () => {
    expect(lomaxQuantile(0, 3, 2) === 0).toBe(true);
    expect(lomaxQuantile(1, 3, 2)).toBe(Infinity);
    expect(relativeError(lomaxQuantile(0.875, 3, 2), 2)).toBeLessThanOrEqual(4e-16);
    // mpmath: 1e-300·((1 − 0.9999)^{−100} − 1) = 1.0000000000109942646e100 (exponent 921 > 700)
    expect(relativeError(lomaxQuantile(0.9999, 0.01, 1e-300), 1.0000000000109942646e100)).toBeLessThanOrEqual(1e-12);
  });
  it('mean λ/(α − 1), +∞ for α ≤ 1; variance λ²α/((α − 1)²(α − 2)), +∞ for α ≤ 2', () => {
    expect(lomaxMean(3, 2)).toBe(1);
    expect(lomaxMean(1, 2)).toBe(Infinity);
    expect(lomaxMean(0.5, 2)).toBe(Infinity);
    expect(lomaxVariance(3, 2)).toBe(3);
    // Var = s²α/((α − 1)²(α − 2)); at α = 3 the factor α/(α − 2) equals α(α − 2), so also α = 4, 12:
    // (2/3)²·4/2 = 8/9 and (2/11)²·12/10 = 24/605.
    expect(relativeError(lomaxVariance(4, 2), 8 / 9), 'variance(α=4, scale=2)').toBeLessThanOrEqual(4e-16);
    expect(relativeError(lomaxVariance(12, 2), 24 / 605), 'variance(α=12, scale=2)').toBeLessThanOrEqual(4e-16);
    expect(lomaxVariance(2, 2)).toBe(Infinity);
    expect(lomaxVariance(1.5, 2)).toBe(Infinity);
  });
  it('partial mean F̄(t)(αt + λ)/(α − 1) on both sides of t = 1; the mean for t ≤ 0; +∞ for α ≤ 1; 0 at ∞', () => {
    // mpmath: −3·log1p(t/2) + log(3t + 2) − log 2 at t = 0.5 and t = 4
    const small = lomaxLogPartialMean(0.5, 3, 2);
    expect(small.sign).toBe(1);
    expect(relativeError(small.log, -0.10981486600720658103), `pm(0.5) = ${small.log}`).toBeLessThanOrEqual(1e-15);
    expect(relativeError(lomaxLogPartialMean(4, 3, 2).log, -1.3499267169490157691)).toBeLessThanOrEqual(4e-16);
    expect(lomaxLogPartialMean(0, 3, 2)).toEqual({ log: 0, sign: 1 });
    expect(lomaxLogPartialMean(-1, 3, 4)).toEqual({ log: Math.log(4) - Math.log(2), sign: 1 });
    expect(lomaxLogPartialMean(5, 1, 2)).toEqual({ log: Infinity, sign: 1 });
    expect(lomaxLogPartialMean(Infinity, 3, 2)).toEqual({ log: -Infinity, sign: 0 });
    expect(lomaxLogPartialMean(Infinity, 0.5, 2)).toEqual({ log: -Infinity, sign: 0 });
  });
  it('tail mean (αt + λ)/(α − 1): the mean for t ≤ 0, +∞ for α ≤ 1, finite when α·t overflows', () => {
    expect(lomaxTailMean(4, 3, 2)).toBe(7);
    expect(lomaxTailMean(0, 3, 2)).toBe(1);
    expect(lomaxTailMean(-2, 3, 2)).toBe(1);
    expect(lomaxTailMean(4, 1, 2)).toBe(Infinity);
    // (3·1e308 + 1)/2 = 1.5e308, although 3·1e308 overflows
    // formed as exp(log): relative error ≈ ε·log(1.5e308) ≈ 1.6e-13
    expect(relativeError(lomaxTailMean(1e308, 3, 1), 1.5e308)).toBeLessThanOrEqual(1e-12);
  });
  it('log MGF: 0 at λ = 0, +∞ for λ > 0, finite for λ < 0 (mpmath quad: −0.51693195900204561087 at α = 2, λ = 1, s = −1)', () => {
    expect(lomaxLogMgf(0, 3, 2)).toBe(0);
    expect(lomaxLogMgf(1e-300, 3, 2)).toBe(Infinity);
    expect(relativeError(lomaxLogMgf(-1, 2, 1), -0.51693195900204561087)).toBeLessThanOrEqual(1e-10);
  });
});

describe('lomax factory', () => {
  it('throws DomainError naming alpha or scale', () => {
    for (const [alpha, scale, parameter] of [[0, 1, 'alpha'], [NaN, 1, 'alpha'], [2, 0, 'scale'], [2, Infinity, 'scale']] as const) {
      let caught: unknown;
      try {
        lomax({ alpha, scale });
      } catch (e) {
        caught = e;
      }
      expect(caught, `alpha=${alpha}, scale=${scale}`).toBeInstanceOf(DomainError);
      expect((caught as DomainError).parameter).toBe(parameter);
      expect((caught as DomainError).family).toBe('lomax');
    }
  });
  it('wires spec, support and kernels', () => {
    const d = lomax({ alpha: 3, scale: 2 });
    expect(d.spec).toEqual({ family: 'lomax', alpha: 3, scale: 2 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.mean()).toBe(1);
    expect(d.variance()).toBe(3);
    expect(d.logPdf(1)).toBe(lomaxLogPdf(1, 3, 2));
    expect(d.logSf(1)).toBe(lomaxLogSf(1, 3, 2));
    expect(d.logCdf(1)).toBe(lomaxLogCdf(1, 3, 2));
    expect(d.quantile(0.875)).toBe(lomaxQuantile(0.875, 3, 2));
    expect(d.tailMean(4)).toBe(7);
    expect(d.logPartialMean(4)).toEqual(lomaxLogPartialMean(4, 3, 2));
    expect(d.logMgf(0)).toBe(0);
    expect(d.logMgf(1)).toBe(Infinity);
  });
});
