/**
 * Edge properties of the uniform law found by mutation testing (issue 2): totality of every kernel on
 * invalid (a, b), the closed support and +0 for log 1 at its ends, the lower partial mean (a reflection of
 * the upper one), and the tilt series at its switch point λ(b − a) = ±1 against mpmath.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import { recipesOf } from './base.ts';
import {
  uniform,
  uniformLogCdf,
  uniformLogLowerPartialMean,
  uniformLogMgf,
  uniformLogPartialMean,
  uniformLogPdf,
  uniformLogSf,
  uniformLowerTailMean,
  uniformMean,
  uniformQuantile,
  uniformTailMean,
  uniformTiltMean,
  uniformVariance,
} from './uniform.ts';

const POINT_KERNELS = { uniformLogPdf, uniformLogSf, uniformLogCdf, uniformQuantile, uniformTailMean, uniformLowerTailMean, uniformLogMgf, uniformTiltMean };

describe('uniform: total kernels', () => {
  const INVALID: [number, number][] = [[1, 1], [1, 0], [NaN, 1], [0, NaN], [-Infinity, 0], [0, Infinity], [-1.7e308, 1.7e308]];
  it.each(INVALID)('a=%s b=%s: NaN from every kernel, DomainError from the factory', (a, b) => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) expect(k(0.5, a, b), `${name}(0.5; a=${a}, b=${b})`).toBeNaN();
    expect(uniformLogPartialMean(0.5, a, b).log, `logPartialMean(0.5; a=${a}, b=${b})`).toBeNaN();
    expect(uniformLogLowerPartialMean(0.5, a, b).log, `logLowerPartialMean(0.5; a=${a}, b=${b})`).toBeNaN();
    expect(uniformMean(a, b), `mean(a=${a}, b=${b})`).toBeNaN();
    expect(uniformVariance(a, b), `variance(a=${a}, b=${b})`).toBeNaN();
    expect(() => uniform({ a, b }), `uniform(a=${a}, b=${b})`).toThrow(DomainError);
  });
  it('NaN argument gives NaN; the widest valid interval gives numbers', () => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) {
      expect(k(NaN, 0, 1), `${name}(NaN; a=0, b=1)`).toBeNaN();
      expect(Number.isNaN(k(0.5, -8e307, 8e307)), `${name}(0.5; a=-8e307, b=8e307) is a number`).toBe(false);
    }
    expect(uniformLogPartialMean(NaN, 0, 1).log, 'logPartialMean(NaN)').toBeNaN();
    expect(uniformLogLowerPartialMean(NaN, 0, 1).log, 'logLowerPartialMean(NaN)').toBeNaN();
  });
  it('the factory says why b is rejected', () => {
    expect(() => uniform({ a: 2, b: 1 }), 'a=2, b=1').toThrow(/^uniform: parameter 'b' must be > a \(a = 2\)/);
    expect(() => uniform({ a: -1.7e308, b: 1.7e308 }), 'a=-1.7e308, b=1.7e308').toThrow(/^uniform: parameter 'b' must be such that b − a is finite/);
    expect(() => uniform({ a: NaN, b: 1 }), 'a=NaN').toThrow(/^uniform: parameter 'a' must be a finite number/);
    expect(() => uniform({ a: 0, b: Infinity }), 'b=Infinity').toThrow(/^uniform: parameter 'b' must be a finite number/);
  });
});

describe('uniform: the ends of the support', () => {
  it('the support is closed; log 1 is +0 at both ends', () => {
    for (const [a, b] of [[0, 1], [-3, 1], [1e10, 1e10 + 1]] as const) {
      const tag = `a=${a}, b=${b}`;
      expect(uniformLogPdf(a, a, b), `logPdf(a; ${tag})`).toBe(-Math.log(b - a));
      expect(uniformLogPdf(b, a, b), `logPdf(b; ${tag})`).toBe(-Math.log(b - a));
      expect(Object.is(uniformLogSf(a, a, b), 0), `logSf(a; ${tag}) is +0`).toBe(true);
      expect(Object.is(uniformLogCdf(b, a, b), 0), `logCdf(b; ${tag}) is +0`).toBe(true);
      expect(uniformLogSf(b, a, b), `logSf(b; ${tag})`).toBe(-Infinity);
      expect(uniformLogCdf(a, a, b), `logCdf(a; ${tag})`).toBe(-Infinity);
      expect(uniformQuantile(0, a, b), `quantile(0; ${tag})`).toBe(a);
      expect(uniformQuantile(1, a, b), `quantile(1; ${tag})`).toBe(b);
      for (const p of [-1e-300, 1 + 2 ** -52, Infinity]) expect(uniformQuantile(p, a, b), `quantile(${p}; ${tag})`).toBeNaN();
    }
    expect(uniformLogSf(-Infinity, 0, 1), 'logSf(−∞)').toBe(0);
    expect(uniformLogCdf(Infinity, 0, 1), 'logCdf(∞)').toBe(0);
  });

  it('partial means at the ends', () => {
    expect(uniformLogPartialMean(1, 0, 1), 'logPartialMean(b; a=0, b=1)').toEqual(SIGNED_ZERO);
    expect(uniformLogPartialMean(0, 0, 1), 'logPartialMean(a; a=0, b=1)').toEqual({ log: Math.log(0.5), sign: 1 });
    expect(uniformLogPartialMean(-1, -3, 1), 'logPartialMean(−b; a=-3, b=1): b + t = 0').toEqual(SIGNED_ZERO);
    expect(uniformTailMean(1, 0, 1), 'tailMean(b)').toBeNaN();
    expect(uniformTailMean(0, 0, 1), 'tailMean(a)').toBe(0.5);
    expect(uniformTailMean(0.5, 0, 1), 'tailMean(0.5; a=0, b=1)').toBe(0.75);
  });
});

describe('uniform: lower partial mean E[X·1{X < u}] = (u − a)(u + a)/(2(b − a))', () => {
  it('ends, sign, mean', () => {
    expect(uniformLogLowerPartialMean(0, 0, 1), 'at a').toEqual(SIGNED_ZERO);
    expect(uniformLogLowerPartialMean(-5, 0, 1), 'below a').toEqual(SIGNED_ZERO);
    expect(uniformLogLowerPartialMean(1, -3, 1), 'at b: the mean −1').toEqual({ log: 0, sign: -1 });
    expect(uniformLogLowerPartialMean(Infinity, 1, 3), 'above b: the mean 2').toEqual({ log: Math.log(2), sign: 1 });
    expect(uniformLogLowerPartialMean(3, -3, 5), 'u + a = 0').toEqual(SIGNED_ZERO);
    // (0.5 − 0)(0.5 + 0)/2 = 1/8; a = −3, b = 1, u = 0: (3)(−3)/8 = −9/8
    expect(uniformLogLowerPartialMean(0.5, 0, 1), 'u=0.5; a=0, b=1').toEqual({ log: Math.log(0.125), sign: 1 });
    const m = uniformLogLowerPartialMean(0, -3, 1);
    expect(m.sign, 'sign (u=0; a=-3, b=1)').toBe(-1);
    expect(Math.abs(m.log - Math.log(9 / 8)), 'log|m| (u=0; a=-3, b=1)').toBeLessThan(1e-15);
    expect(uniformLowerTailMean(0, 0, 1), 'lowerTailMean(a)').toBeNaN();
    expect(uniformLowerTailMean(-1, 0, 1), 'lowerTailMean(below a)').toBeNaN();
    expect(uniformLowerTailMean(1, 0, 1), 'lowerTailMean(b)').toBe(0.5);
    expect(uniformLowerTailMean(7, 0, 1), 'lowerTailMean(above b)').toBe(0.5);
    expect(uniformLowerTailMean(0.5, 0, 1), 'lowerTailMean(0.5; a=0, b=1)').toBe(0.25);
    const d = uniform({ a: -3, b: 1 });
    expect(recipesOf(d)?.lowerPartialMean?.(0), 'recipe lowerPartialMean(0; a=-3, b=1)').toEqual(m);
    expect(recipesOf(d)?.lowerTailMean?.(0), 'recipe lowerTailMean(0; a=-3, b=1)').toBe(-1.5);
  });
  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: -0.5, max: 1.5, noNaN: true })])(
    'is the reflection of the upper partial mean: L(u; a, b) = −m(−u; −b, −a) exactly',
    (a, w, frac) => {
      const b = a + w;
      const u = a + frac * w;
      const lower = uniformLogLowerPartialMean(u, a, b);
      const upper = uniformLogPartialMean(-u, -b, -a);
      const tag = `(u=${u}; a=${a}, b=${b})`;
      expect(lower.sign, `sign ${tag}`).toBe(upper.sign === 0 ? 0 : -upper.sign);
      if (lower.sign !== 0) expect(Math.abs(lower.log - upper.log), `log ${tag}`).toBeLessThanOrEqual(1e-15 * (1 + Math.abs(upper.log)));
      if (u > a && u < b) expect(uniformLowerTailMean(u, a, b), `lowerTailMean ${tag}`).toBe(-uniformTailMean(-u, -b, -a));
    },
  );
});

describe('uniform: MGF and tilt mean where the series meets the direct form (mpmath, 50 digits)', () => {
  // [λ, a, b, log E[e^{λX}], Λ'(λ)]: log((e^{λb} − e^{λa})/(λ(b − a))) and mp.diff of it
  const ROWS: [number, number, number, number, number][] = [
    [1, 0, 1, 0.54132485461291810898, 0.58197670686932642439],
    [-1, 0, 1, -0.45867514538708189102, 0.41802329313067357561],
    [0.999, 0, 1, 0.54074291757053561223, 0.58189737661200338409],
    [2, 0, 1, 1.1614393615711956336, 0.65651764274966565182],
    [-2, 0, 1, -0.83856063842880436639, 0.34348235725033434818],
    [0.25, -3, 1, -0.20867514538708189102, -0.67209317252269430246],
    [0.75, 2, 3, 1.8983286074114269877, 2.5619218010690101822],
  ];
  it.each(ROWS)('λ=%s a=%s b=%s', (lambda, a, b, logMgf, tilt) => {
    const tag = `(λ=${lambda}; a=${a}, b=${b})`;
    expect(relativeError(uniformLogMgf(lambda, a, b), logMgf), `logMgf${tag}`).toBeLessThanOrEqual(4e-16);
    expect(relativeError(uniformTiltMean(lambda, a, b), tilt), `tiltMean${tag}`).toBeLessThanOrEqual(4e-16);
  });
  it('λ = ±∞ and −0', () => {
    expect(uniformTiltMean(-Infinity, 1, 2), 'tiltMean(−∞; a=1, b=2)').toBe(1);
    expect(uniformTiltMean(Infinity, 1, 2), 'tiltMean(∞; a=1, b=2)').toBe(2);
    expect(uniformLogMgf(-0, 1, 2), 'logMgf(−0)').toBe(0);
    expect(uniformLogMgf(Infinity, 1, 2), 'logMgf(∞)').toBe(Infinity);
    expect(uniformLogMgf(-Infinity, 1, 2), 'logMgf(−∞; a=1 > 0)').toBe(-Infinity);
    // the limits of λb − log(λ(b − a)) (λ → ∞) and λa − log(|λ|(b − a)) (λ → −∞): these gave NaN (∞ − ∞)
    expect(uniformLogMgf(Infinity, -1, 0), 'logMgf(∞; a=-1, b=0)').toBe(-Infinity);
    expect(uniformLogMgf(Infinity, -2, -1), 'logMgf(∞; a=-2, b=-1)').toBe(-Infinity);
    expect(uniformLogMgf(-Infinity, -1, 1), 'logMgf(−∞; a=-1, b=1)').toBe(Infinity);
    expect(uniformLogMgf(-Infinity, 0, 1), 'logMgf(−∞; a=0, b=1)').toBe(-Infinity);
  });
  it('λ(b − a) overflowing while λb does not (gave −∞ and NaN)', () => {
    // log E = λb + log(1 − e^{−λw}) − log λ − log w = 1e308 − 709.2 − 2.3: 1e308 to the double
    expect(uniformLogMgf(1e308, -9, 1), 'logMgf(1e308; a=-9, b=1)').toBe(1e308);
    expect(uniformLogMgf(-1e308, -1, 9), 'logMgf(-1e308; a=-1, b=9)').toBe(1e308);
    expect(uniformLogMgf(1e308, 0, 10), 'logMgf(1e308; a=0, b=10)').toBe(Infinity);
    expect(uniformLogMgf(1e308, -10, 0), 'logMgf(1e308; a=-10, b=0) = −log(1e308·10)').toBeCloseTo(-Math.log(1e308) - Math.log(10), 12);
  });
});

describe('uniform: the built law, the outside of the support, and accuracy at the ends (mpmath, 40 digits)', () => {
  it('the built law uses its own kernels: logPdf, mean, variance, tailMean, logMgf of uniform(−2, 3)', () => {
    const d = uniform({ a: -2, b: 3 });
    expect(d.logPdf(0.4), 'd.logPdf(0.4; a=-2, b=3)').toBe(-Math.log(5));
    expect(d.mean(), 'd.mean(a=-2, b=3)').toBe(0.5);
    expect(relativeError(d.variance(), 25 / 12), 'd.variance(a=-2, b=3)').toBeLessThan(1e-15);
    expect(d.tailMean(1), 'd.tailMean(1; a=-2, b=3)').toBe(2);
    // mpmath: log((e^{0.9} − e^{−0.6})/(0.3·5))
    expect(relativeError(d.logMgf(0.3), 0.2420524329663816812), 'd.logMgf(0.3; a=-2, b=3)').toBeLessThan(1e-15);
  });

  it('outside [a, b]: density 0, F̄ = 0 above b, F = 0 below a (log −∞, never NaN)', () => {
    for (const [a, b] of [[0, 1], [-2, 3]] as const) {
      const tag = `a=${a}, b=${b}`;
      expect(uniformLogPdf(b + 1, a, b), `logPdf(b + 1; ${tag})`).toBe(-Infinity);
      expect(uniformLogPdf(a - 1, a, b), `logPdf(a − 1; ${tag})`).toBe(-Infinity);
      expect(uniformLogSf(b + 1, a, b), `logSf(b + 1; ${tag})`).toBe(-Infinity);
      expect(uniformLogCdf(a - 1, a, b), `logCdf(a − 1; ${tag})`).toBe(-Infinity);
    }
  });

  it('log F̄ just above a and log F just below b keep relative accuracy (mpmath: log1p(−1e-20), log1p(−2^-54))', () => {
    expect(relativeError(uniformLogSf(1e-20, 0, 1), -9.9999999999999994516e-21), 'logSf(1e-20; a=0, b=1)').toBeLessThan(1e-15);
    // t − a = 2 − 2^-53 rounds to 2 here, so log((t − a)/(b − a)) would give 0
    const t = 1 - 2 ** -53;
    expect(relativeError(uniformLogCdf(t, -1, 1), -5.5511151231257828562e-17), `logCdf(${t}; a=-1, b=1)`).toBeLessThan(1e-15);
  });

  it('quantile is exact at b and from the b side near it, where a + (b − a) ≠ b', () => {
    for (const [a, b] of [[-3, 1e-20], [-0.1, 1e-17]] as const) {
      expect(uniformQuantile(1, a, b), `quantile(1; a=${a}, b=${b})`).toBe(b);
      expect(uniformQuantile(0, a, b), `quantile(0; a=${a}, b=${b})`).toBe(a);
    }
  });

  it('variance (b − a)²/12 with a ≠ 0', () => {
    expect(relativeError(uniformVariance(1, 3), 1 / 3), 'variance(a=1, b=3)').toBeLessThan(1e-15);
    expect(relativeError(uniformVariance(-5, -2), 0.75), 'variance(a=-5, b=-2)').toBeLessThan(1e-15);
  });

  it('partial mean at t = a is the mean, halved first where a + b overflows (mpmath: log((1e308 + 1.7e308)/2))', () => {
    const got = uniformLogPartialMean(1e308, 1e308, 1.7e308);
    expect(got.sign, 'sign of logPartialMean(a; a=1e308, b=1.7e308)').toBe(1);
    expect(relativeError(got.log, 709.49631323461640874), `logPartialMean(a; a=1e308, b=1.7e308) = ${got.log}`).toBeLessThan(1e-15);
  });

  it('log MGF for small |h| (the sinh series must keep its h⁴, h⁶ terms): mpmath log(sinh h/h)', () => {
    // λ(b − a)/2 = h with a = −1, b = 1 (so λ(a + b)/2 = 0 and the result is the series alone)
    expect(relativeError(uniformLogMgf(0.02, -1, 1), 0.000066665777800352059235), 'logMgf(0.02; a=-1, b=1)').toBeLessThan(1e-15);
    expect(relativeError(uniformLogMgf(-0.002, -1, 1), 6.6666657777780038048e-7), 'logMgf(−0.002; a=-1, b=1)').toBeLessThan(1e-15);
  });
});
