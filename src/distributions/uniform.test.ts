import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  uniform,
  uniformLogCdf,
  uniformLogMgf,
  uniformLogLowerPartialMean,
  uniformLogPartialMean,
  uniformLogPdf,
  uniformLogSf,
  uniformMean,
  uniformQuantile,
  uniformTailMean,
  uniformTiltMean,
  uniformVariance,
} from './uniform.ts';

/**
 * [a, b, t, log F̄(t), E[X | X > t], log|m(t)|, sign m(t)]: mpmath at 50 digits from the exact doubles,
 * F̄ = (b − t)/(b − a), m = (b − t)(b + t)/(2(b − a)). Regimes: t near a and near b (1 − 2^-52), signed
 * partial means (a < 0), a narrow interval far from 0, a width of 2e300.
 */
const REF: [number, number, number, number, number, number, number][] = [
  [0.0, 1.0, 1e-300, 0.0, 0.5, -0.6931471805599453, 1],
  [0.0, 1.0, 1e-17, -1e-17, 0.5, -0.6931471805599453, 1],
  [0.0, 1.0, 0.25, -0.2876820724517809, 0.625, -0.7576857016975165, 1],
  [0.0, 1.0, 0.5, -0.6931471805599453, 0.75, -0.9808292530117262, 1],
  [0.0, 1.0, 0.75, -1.3862943611198906, 0.875, -1.5198257537444133, 1],
  [0.0, 1.0, 0.9999999999999998, -36.04365338911715, 0.9999999999999999, -36.04365338911715, 1],
  [0.0, 1.0, 0.9999999999, -23.02585084720009, 0.99999999995, -23.02585084725009, 1],
  [-3.0, 1.0, -2.999999999999999, -2.2204460492503136e-16, -0.9999999999999996, -6.66133814775094e-16, -1],
  [-3.0, 1.0, -1.0, -0.6931471805599453, 0.0, -Infinity, 0],
  [-3.0, 1.0, -1e-10, -1.3862943610198906, 0.49999999995, -2.0794415416798357, 1],
  [-3.0, 1.0, 0.999999, -15.201804919055409, 0.9999994999999999, -15.201805419055534, 1],
  [10000000000.0, 10000000001.0, 10000000000.000002, -1.9073504518042164e-6, 10000000000.5, 23.025849022640006, 1],
  [10000000000.0, 10000000001.0, 10000000000.5, -0.6931471805599453, 10000000000.75, 22.33270374945551, 1],
  [10000000000.0, 10000000001.0, 10000000000.999998, -13.16979643063896, 10000000001.0, 9.856054499401496, 1],
  [-1e300, 1e300, -9e299, -0.051293294387550536, 5e298, 687.7285023302721, 1],
  [-1e300, 1e300, 0.0, -0.6931471805599453, 5e299, 689.3892335370938, 1],
  [-1e300, 1e300, 9.99e299, -7.600902459541972, 9.995e299, 683.17412531363, 1],
];

/** [a, b, λ, log E[e^{λX}], Λ'(λ)]: mpmath at 50 digits, log((e^{λb} − e^{λa})/(λ(b − a))) and mp.diff of it. */
/** u uniform on [0, 1] (fc.double is spread over binades and would almost never exceed ½). */
const unit = fc.integer({ min: 0, max: 2 ** 30 }).map((k) => k / 2 ** 30);

const MGF: [number, number, number, number, number][] = [
  [0.0, 1.0, -100000.0, -11.512925464970229, 1e-5],
  [0.0, 1.0, -50.0, -3.912023005428146, 0.02],
  [0.0, 1.0, -1.5, -0.6579475670336183, 0.37944974987779845],
  [0.0, 1.0, -0.001, -0.0004999583333336805, 0.49991666666805556],
  [0.0, 1.0, 1e-9, 5.000000000416667e-10, 0.5000000000833333],
  [0.0, 1.0, 0.01, 0.00500416666319445, 0.5008333319444478],
  [0.0, 1.0, 0.5, 0.2603950509927567, 0.5414940825367983],
  [0.0, 1.0, 3.0, 1.8503185303891887, 0.7190623631579226],
  [0.0, 1.0, 45.0, 41.19333751022968, 0.9777777777777777],
  [0.0, 1.0, 10000.0, 9990.789659628024, 0.9999],
  [-3.0, 1.0, -2.0, 3.920222939412087, -2.501342300803365],
  [-3.0, 1.0, 1e-6, -9.999993333333333e-7, -0.9999986666666667],
  [-3.0, 1.0, 0.4, -0.29552064248693327, -0.4881185959125867],
  [-3.0, 1.0, 200.0, 193.3153882723321, 0.995],
  [10000000000.0, 10000000001.0, 0.001, 10000000.000500042, 10000000000.500084],
  [10000000000.0, 10000000001.0, 5.0, 50000000003.383804, 10000000000.806784],
];

describe('uniform: accuracy against mpmath', () => {
  it.each(REF)('a=%s b=%s t=%s', (a, b, t, logSf, tailMean, logPm, signPm) => {
    const label = `(t=${t}; a=${a}, b=${b})`;
    expect(logScaledError(uniformLogSf(t, a, b), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(uniformTailMean(t, a, b), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    const pm = uniformLogPartialMean(t, a, b);
    expect(pm.sign, `partialMean sign${label}`).toBe(signPm);
    if (signPm !== 0) expect(logScaledError(pm.log, logPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
    expect(logScaledError(uniformLogCdf(-t, -b, -a), logSf), `logCdf symmetry${label}`).toBeLessThanOrEqual(1e-13);
  });
  it.each(MGF)('logMgf and tilt mean, a=%s b=%s λ=%s', (a, b, lambda, logMgf, tilt) => {
    const label = `(lambda=${lambda}; a=${a}, b=${b})`;
    expect(relativeError(uniformLogMgf(lambda, a, b), logMgf), `logMgf${label}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(uniformTiltMean(lambda, a, b), tilt), `tiltMean${label}`).toBeLessThanOrEqual(1e-12);
  });
  it('moments', () => {
    expect(uniformMean(-3, 1)).toBe(-1);
    expect(uniformVariance(0, 6)).toBe(3);
    expect(uniformMean(1e308, 1.5e308)).toBe(1.25e308);
    expect(uniformLogMgf(0, 1, 2)).toBe(0);
    expect(uniformTiltMean(0, 1, 2)).toBe(1.5);
    expect(uniformTiltMean(Infinity, 1, 2)).toBe(2);
    expect(uniformTiltMean(-1e300, 1, 2)).toBe(1);
  });
});

describe('uniform: edges and quantile', () => {
  it('outside and at the ends of the support', () => {
    expect(uniformLogSf(0, 0, 1)).toBe(0);
    expect(uniformLogSf(1, 0, 1)).toBe(-Infinity);
    expect(uniformLogCdf(0, 0, 1)).toBe(-Infinity);
    expect(uniformLogCdf(1, 0, 1)).toBe(0);
    expect(uniformLogPdf(-1e-300, 0, 2)).toBe(-Infinity);
    expect(uniformLogPdf(1, 0, 2)).toBe(-Math.log(2));
    expect(uniformLogPartialMean(-5, -3, 1)).toEqual({ log: 0, sign: -1 });
    expect(uniformLogPartialMean(1, -3, 1).sign).toBe(0);
    expect(uniformTailMean(1, -3, 1)).toBeNaN();
    expect(uniformTailMean(-7, -3, 1)).toBe(-1);
  });
  it('cdf near a keeps relative accuracy (mpmath: log(1e-300))', () => {
    expect(logScaledError(uniformLogCdf(1e-300, 0, 1), -690.7755278982137)).toBeLessThanOrEqual(1e-15);
  });
  it('quantile at both ends', () => {
    expect(uniformQuantile(0, -3, 1)).toBe(-3);
    expect(uniformQuantile(1, -3, 1)).toBe(1);
    expect(uniformQuantile(1 - 2 ** -53, -3, 1)).toBe(1 - 2 ** -51);
    expect(uniformQuantile(1e-300, 0, 1)).toBe(1e-300);
  });
  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), unit])(
    'quantile(cdf(x)) = x and cdf + sf = 1',
    (a, w, u) => {
      const b = a + w;
      const d = uniform({ a, b });
      const x = d.quantile(u);
      const label = `(u=${u}; a=${a}, b=${b}, x=${x})`;
      expect(x >= a && x <= b, `quantile in support${label}`).toBe(true);
      expect(Math.abs(d.quantile(d.cdf(x)) - x), `quantile(cdf(x))${label}`).toBeLessThanOrEqual(4e-16 * (Math.abs(a) + Math.abs(b)));
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
    },
  );
  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), unit])(
    'partial mean + lower partial mean = mean (E[X·1{X ≤ t}] = (t² − a²)/(2(b − a)))',
    (a, w, u) => {
      const b = a + w;
      const t = a + u * (b - a);
      const lower = ((t - a) * (t + a)) / (2 * (b - a));
      const pm = uniform({ a, b }).partialMean(t);
      const scale = Math.abs(a) + Math.abs(b);
      expect(Math.abs(pm + lower - uniformMean(a, b)), `pm+lower(t=${t}; a=${a}, b=${b})`).toBeLessThanOrEqual(1e-14 * scale);
    },
  );
});

describe('uniform: partial means where t + b overflows', () => {
  it('E[X·1{X > t}] on [1e308, 1.7e308] at t = 1.2e308 and its mirror (mpmath, 40 digits: log = 709.23129996197734085)', () => {
    const upper = uniformLogPartialMean(1.2e308, 1e308, 1.7e308);
    expect(upper.sign, 'sign above').toBe(1);
    expect(logScaledError(upper.log, 709.23129996197734085), `log partial mean ${upper.log}`).toBeLessThanOrEqual(1e-15);
    expect(relativeError(uniform({ a: 1e308, b: 1.7e308 }).partialMean(1.2e308), 1.0357142857142857868e308), "e^{log}: an ulp of 709 is 1.1e-13").toBeLessThanOrEqual(2e-13);
    const lower = uniformLogLowerPartialMean(-1.2e308, -1.7e308, -1e308);
    expect(lower.sign, 'sign below').toBe(-1);
    expect(logScaledError(lower.log, 709.23129996197734085), `log lower partial mean ${lower.log}`).toBeLessThanOrEqual(1e-15);
  });
});

describe('uniform: distribution object', () => {
  it('spec, support, tails', () => {
    const d = uniform({ a: -1, b: 4 });
    expect(d.spec).toEqual({ family: 'uniform', a: -1, b: 4 });
    expect(d.support).toEqual({ lower: -1, upper: 4, kind: 'continuous' });
    expect(d.tails.right.bounded).toBe(true);
    expect(d.tails.left.bounded).toBe(true);
    expect(d.mgfSup).toBe(Infinity);
    expect(d.tailClass).toBe('stronglyLight');
  });
  it.each([
    [{ a: 1, b: 0 }, 'b'],
    [{ a: 1, b: 1 }, 'b'],
    [{ a: NaN, b: 1 }, 'a'],
    [{ a: 0, b: Infinity }, 'b'],
    [{ a: -1.7e308, b: 1.7e308 }, 'b'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => uniform(params)).toThrow(DomainError);
    expect(() => uniform(params)).toThrow(new RegExp(`'${name}'`));
  });
  it('total kernels: NaN on invalid parameters', () => {
    expect(uniformLogSf(0.5, 1, 0)).toBeNaN();
    expect(uniformLogPartialMean(0, NaN, 1).log).toBeNaN();
    expect(uniformLogMgf(0.1, 0, 0)).toBeNaN();
    expect(uniformTailMean(NaN, 0, 1)).toBeNaN();
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples lie in the support', (seed) => {
    const x = uniform({ a: 2, b: 3 }).sample(seededRng(seed));
    expect(x >= 2 && x <= 3, `sample(seed=${seed}) = ${x}`).toBe(true);
  });
});
