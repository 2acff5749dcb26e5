/**
 * Contracts of the Exponential(rate) kernels (numerics.md §4.2, §4.3): NaN for every invalid argument,
 * the exact edge values at 0 and ∞, the branch where r·t underflows, and the factory's DomainError.
 * Reference values: mpmath at 40 digits of the expression named beside each.
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  exponential,
  exponentialLogCdf,
  exponentialLogMgf,
  exponentialLogPartialMean,
  exponentialLogPdf,
  exponentialLogSf,
  exponentialMean,
  exponentialQuantile,
  exponentialTailMean,
  exponentialTiltMean,
  exponentialVariance,
} from './exponential.ts';

const BAD_RATES = [0, -1, NaN, Infinity, -Infinity];

describe('exponential kernels: invalid arguments give NaN', () => {
  for (const rate of BAD_RATES) {
    it(`rate = ${rate}`, () => {
      const label = `(rate=${rate})`;
      expect(exponentialLogPdf(1, rate), `logPdf${label}`).toBeNaN();
      expect(exponentialLogSf(1, rate), `logSf${label}`).toBeNaN();
      expect(exponentialLogCdf(1, rate), `logCdf${label}`).toBeNaN();
      expect(exponentialQuantile(0.5, rate), `quantile${label}`).toBeNaN();
      expect(exponentialMean(rate), `mean${label}`).toBeNaN();
      expect(exponentialVariance(rate), `variance${label}`).toBeNaN();
      expect(exponentialLogPartialMean(1, rate), `pm${label}`).toEqual({ log: NaN, sign: 0 });
      expect(exponentialTailMean(1, rate), `tailMean${label}`).toBeNaN();
      expect(exponentialLogMgf(-1, rate), `logMgf${label}`).toBeNaN();
      expect(exponentialTiltMean(-1, rate), `tiltMean${label}`).toBeNaN();
    });
  }
  it('NaN arguments and p outside [0, 1]', () => {
    expect(exponentialLogPdf(NaN, 1)).toBeNaN();
    expect(exponentialLogSf(NaN, 1)).toBeNaN();
    expect(exponentialLogCdf(NaN, 1)).toBeNaN();
    expect(exponentialLogPartialMean(NaN, 1).log).toBeNaN();
    expect(exponentialTailMean(NaN, 1)).toBeNaN();
    expect(exponentialTailMean(Infinity, 1), 'E[X | X > ∞] is undefined').toBeNaN();
    expect(exponentialLogMgf(NaN, 1)).toBeNaN();
    expect(exponentialTiltMean(NaN, 1)).toBeNaN();
    for (const p of [-0.1, 1.1, NaN]) expect(exponentialQuantile(p, 1), `quantile(${p})`).toBeNaN();
  });
});

describe('exponential kernels: exact values (rate 3, t = 2 unless stated)', () => {
  it('log f: log r − r·x on [0, ∞), −∞ below', () => {
    expect(exponentialLogPdf(2, 3)).toBe(Math.log(3) - 6);
    expect(exponentialLogPdf(0, 3)).toBe(Math.log(3));
    expect(exponentialLogPdf(-1e-300, 3)).toBe(-Infinity);
  });
  it('log F̄ = −r·t for t > 0, 0 at and below 0', () => {
    expect(exponentialLogSf(2, 3)).toBe(-6);
    expect(exponentialLogSf(0, 3) === 0, 'logSf(0)').toBe(true);
    expect(exponentialLogSf(-5, 3)).toBe(0);
  });
  it('log F: 0 at ∞, −∞ at and below 0, log(1 − e^{−rt}) between, also when r·t underflows', () => {
    expect(exponentialLogCdf(Infinity, 3) === 0, 'logCdf(∞)').toBe(true);
    expect(exponentialLogCdf(0, 3)).toBe(-Infinity);
    expect(exponentialLogCdf(-1, 3)).toBe(-Infinity);
    // mpmath: log(1 − e^{−1e-11}) = −25.32843602293950258
    expect(relativeError(exponentialLogCdf(1e-11, 1), -25.32843602293950258), 'logCdf(1e-11; rate 1)').toBeLessThanOrEqual(4e-16);
    // r·t = 1e-400 underflows to 0; log F = log r + log t = −921.03403719761827
    expect(relativeError(exponentialLogCdf(1e-200, 1e-200), -921.0340371976182736), 'logCdf(1e-200; rate 1e-200)').toBeLessThanOrEqual(4e-16);
    // mpmath: log(1 − e^{−6}) = −0.002481829368959527
    expect(relativeError(exponentialLogCdf(2, 3), -0.002481829368959527), "logCdf(2; 3)").toBeLessThanOrEqual(4e-16);
  });
  it('quantile −log1p(−p)/r: 0 at p = 0, +∞ at p = 1, accurate for tiny p', () => {
    expect(exponentialQuantile(0, 3) === 0).toBe(true);
    expect(exponentialQuantile(1, 3)).toBe(Infinity);
    expect(exponentialQuantile(0.5, 2)).toBe(Math.LN2 / 2);
    expect(relativeError(exponentialQuantile(1e-20, 4), 2.5e-21)).toBeLessThanOrEqual(2e-16);
  });
  it('mean 1/r and variance 1/r²', () => {
    expect(exponentialMean(4)).toBe(0.25);
    expect(exponentialVariance(4)).toBe(0.0625);
  });
  it('partial mean (t + 1/r)e^{−rt}: the mean below 0, zero when r·t overflows', () => {
    // mpmath: log((2 + 1/3)e^{−6}) = log(7/3) − 6 = −5.152702139612796386
    const pm = exponentialLogPartialMean(2, 3);
    expect(pm.sign).toBe(1);
    expect(relativeError(pm.log, -5.152702139612796386), `logPm(2; 3) = ${pm.log}`).toBeLessThanOrEqual(4e-16);
    expect(exponentialLogPartialMean(0, 3)).toEqual({ log: -Math.log(3), sign: 1 });
    expect(exponentialLogPartialMean(-7, 3)).toEqual({ log: -Math.log(3), sign: 1 });
    expect(exponentialLogPartialMean(1e300, 1e10)).toEqual({ log: -Infinity, sign: 0 });
  });
  it('tail mean t + 1/r (memorylessness), 1/r at and below 0', () => {
    expect(exponentialTailMean(2, 4)).toBe(2.25);
    expect(exponentialTailMean(0, 4)).toBe(0.25);
    expect(exponentialTailMean(-3, 4)).toBe(0.25);
  });
  it('log MGF log(r/(r − λ)): +∞ for λ ≥ r, accurate for tiny λ and for λ near r', () => {
    expect(exponentialLogMgf(3, 3)).toBe(Infinity);
    expect(exponentialLogMgf(4, 3)).toBe(Infinity);
    expect(exponentialLogMgf(0, 3) === 0).toBe(true);
    expect(relativeError(exponentialLogMgf(1e-20, 1), 1e-20), 'logMgf(1e-20; 1)').toBeLessThanOrEqual(2e-16);
    expect(relativeError(exponentialLogMgf(0.75, 1), Math.log(4)), 'logMgf(0.75; 1)').toBeLessThanOrEqual(2e-16);
    expect(relativeError(exponentialLogMgf(-5, 1), -Math.log(6)), 'logMgf(−5; 1)').toBeLessThanOrEqual(2e-16);
    expect(relativeError(exponentialLogMgf(-0.25, 1), -Math.log(1.25)), 'logMgf(−¼; 1)').toBeLessThanOrEqual(2e-16);
    // mpmath at 50 digits, log(r/(r − λ)) at the exact doubles. Rate ≠ 1 so that λ/r is not λ; and λ → r,
    // where λ/r rounds (−log1p(−λ/r) is off by 1.2e-10 relative) but r − λ is exact (Sterbenz).
    expect(relativeError(exponentialLogMgf(0.5, 3), 0.182321556793954626211718), 'logMgf(0.5; 3)').toBeLessThanOrEqual(4e-16);
    expect(relativeError(exponentialLogMgf(-1.2, 3), -0.3364722366212129199310408), 'logMgf(−1.2; 3)').toBeLessThanOrEqual(4e-16);
    expect(relativeError(exponentialLogMgf(0.69999999, 0.7), 18.06400580609110401917995), 'logMgf(0.69999999; 0.7)').toBeLessThanOrEqual(4e-16);
  });
  it('tilt mean 1/(r − λ), +∞ for λ ≥ r', () => {
    expect(exponentialTiltMean(1, 3)).toBe(0.5);
    expect(exponentialTiltMean(-1, 3)).toBe(0.25);
    expect(exponentialTiltMean(3, 3)).toBe(Infinity);
    expect(exponentialTiltMean(5, 3)).toBe(Infinity);
  });
});

describe('exponential factory', () => {
  it('throws DomainError naming rate for rate ∉ (0, ∞)', () => {
    for (const rate of BAD_RATES) {
      let caught: unknown;
      try {
        exponential({ rate });
      } catch (e) {
        caught = e;
      }
      expect(caught, `rate=${rate}`).toBeInstanceOf(DomainError);
      expect((caught as DomainError).family, `rate=${rate}`).toBe('exponential');
      expect((caught as DomainError).parameter, `rate=${rate}`).toBe('rate');
    }
  });
  it('the distribution: spec, support, cdf by −expm1 (0 below the support, NaN for NaN), methods wired to the kernels', () => {
    const d = exponential({ rate: 3 });
    expect(d.spec).toEqual({ family: 'exponential', rate: 3 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.cdf(-1)).toBe(0);
    expect(d.cdf(0)).toBe(0);
    expect(d.cdf(NaN)).toBeNaN();
    expect(d.cdf(1e-20)).toBe(-Math.expm1(-3 * 1e-20));
    expect(d.cdf(2)).toBe(-Math.expm1(-6));
    expect(d.logPdf(2)).toBe(exponentialLogPdf(2, 3));
    expect(d.logCdf(2)).toBe(exponentialLogCdf(2, 3));
    expect(d.logSf(2)).toBe(-6);
    expect(d.quantile(0.5)).toBe(Math.LN2 / 3);
    expect(d.mean()).toBe(1 / 3);
    expect(d.variance()).toBe(1 / 9);
    expect(d.logPartialMean(2)).toEqual(exponentialLogPartialMean(2, 3));
    expect(d.tailMean(2)).toBe(2 + 1 / 3);
    expect(d.logMgf(1)).toBe(exponentialLogMgf(1, 3));
    expect(d.tailClass).toBe(d.tails.right.tailClass);
    expect(d.tails.left).not.toEqual(d.tails.right);
  });
});
