import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
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

/**
 * [r, t, log F̄(t), E[X | X > t], log E[X·1{X > t}]]: mpmath at 50 digits from the exact doubles,
 * −rt, t + 1/r and log(t + 1/r) − rt; the partial mean was confirmed by mp.quad of x·r·e^{−rx} for
 * 1e-10 < rt < 50. Regimes: t → 0⁺ (to 1e-250), far tail to 1e300, rates 1e-200 … 1e200.
 */
const REF: [number, number, number, number, number][] = [
  [1.0, 1e-250, -1e-250, 1.0, -1e-250],
  [1.0, 1e-20, -1e-20, 1.0, -5e-41],
  [1.0, 1e-8, -1e-8, 1.00000001, -4.999999966666667e-17],
  [1.0, 0.5, -0.5, 1.5, -0.09453489189183562],
  [1.0, 1.0, -1.0, 2.0, -0.3068528194400547],
  [1.0, 30.0, -30.0, 31.0, -26.566012795514855],
  [1.0, 1000000.0, -1000000.0, 1000001.0, -999986.184488442],
  [1.0, 1e200, -1e200, 1e200, -1e200],
  [1e-200, 1e-100, -1e-300, 1e200, 460.51701859880916],
  [1e-200, 1e200, -1.0, 2e200, 460.2101657793691],
  [1e-200, 1e205, -100000.0, 1.00001e205, -99527.97004593626],
  [1e200, 1e-250, -1e-50, 1e-200, -460.51701859880916],
  [1e200, 1e-200, -1.0, 2e-200, -460.8238714182492],
  [1e200, 1.0, -1e200, 1.0, -1e200],
  [3.5, 1e-10, -3.5000000000000003e-10, 0.2857142858142857, -1.252762968495368],
  [3.5, 2.0, -7.0, 2.2857142857142856, -6.173321426815532],
  [3.5, 1e300, -3.5e300, 1e300, -3.5e300],
];

/** [r, λ, log E[e^{λX}], Λ'(λ)]: mpmath at 50 digits, log(r/(r − λ)) and 1/(r − λ). */
const MGF: [number, number, number, number][] = [
  [1.0, -10000000000.0, -23.025850930040455, 9.999999999e-11],
  [1.0, -2.0, -1.0986122886681098, 0.3333333333333333],
  [1.0, -1e-12, -9.999999999995e-13, 0.999999999999],
  [1.0, 0.3, 0.35667494393873234, 1.4285714285714286],
  [1.0, 0.5, 0.6931471805599453, 2.0],
  [1.0, 0.75, 1.3862943611198906, 4.0],
  [1.0, 0.999999999, 20.723265865228342, 1000000028.2819322],
  [1e-5, -1.0, -11.51293546492023, 0.999990000099999],
  [1e-5, 5e-6, 0.6931471805599453, 199999.99999999997],
  [1e-5, 9.99e-6, 6.907755278981977, 99999999.99998401],
];

describe('exponential: accuracy against mpmath', () => {
  it.each(REF)('r=%s t=%s', (rate, t, logSf, tailMean, logPm) => {
    const label = `(t=${t}; rate=${rate})`;
    expect(logScaledError(exponentialLogSf(t, rate), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(exponentialTailMean(t, rate), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    const pm = exponentialLogPartialMean(t, rate);
    expect(pm.sign, `partialMean sign${label}`).toBe(1);
    expect(logScaledError(pm.log, logPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
  });
  it('the partial mean near t = 0 keeps relative accuracy in its log', () => {
    expect(relativeError(exponentialLogPartialMean(1e-8, 1).log, -4.999999966666667e-17), 'logPm(1e-8; rate=1)').toBeLessThanOrEqual(1e-12);
  });
  it.each(MGF)('logMgf and tilt mean, r=%s λ=%s', (rate, lambda, logMgf, tilt) => {
    const label = `(lambda=${lambda}; rate=${rate})`;
    expect(relativeError(exponentialLogMgf(lambda, rate), logMgf), `logMgf${label}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(exponentialTiltMean(lambda, rate), tilt), `tiltMean${label}`).toBeLessThanOrEqual(1e-12);
  });
  it('moments', () => {
    expect(exponentialMean(4)).toBe(0.25);
    expect(exponentialVariance(4)).toBe(0.0625);
    expect(exponentialLogMgf(1, 1)).toBe(Infinity);
    expect(exponentialTiltMean(2, 1)).toBe(Infinity);
    expect(exponentialLogMgf(0, 1)).toBe(0);
  });
});

describe('exponential: edges', () => {
  it('support edge and infinity', () => {
    expect(exponentialLogSf(0, 2)).toBe(0);
    expect(exponentialLogSf(-5, 2)).toBe(0);
    expect(exponentialLogCdf(0, 2)).toBe(-Infinity);
    expect(exponentialLogCdf(Infinity, 2)).toBe(0);
    expect(exponentialLogSf(Infinity, 2)).toBe(-Infinity);
    expect(exponentialLogPdf(-1e-300, 2)).toBe(-Infinity);
    expect(exponentialLogPdf(0, 2)).toBe(Math.log(2));
    expect(exponentialLogPartialMean(-1, 4)).toEqual({ log: -Math.log(4), sign: 1 });
    expect(exponentialLogPartialMean(Infinity, 4).sign).toBe(0);
    expect(exponentialTailMean(Infinity, 4)).toBeNaN();
  });
  it('cdf near 0 (mpmath: log(1 − e^{−1e-20}))', () => {
    expect(logScaledError(exponentialLogCdf(1e-20, 1), -46.051701859880914), 'logCdf(1e-20; rate=1)').toBeLessThanOrEqual(1e-14);
  });
  it('total kernels: NaN on invalid parameters', () => {
    for (const rate of [0, -1, NaN, Infinity]) {
      expect(exponentialLogSf(1, rate), `logSf(rate=${rate})`).toBeNaN();
      expect(exponentialLogPartialMean(1, rate).log, `pm(rate=${rate})`).toBeNaN();
      expect(exponentialMean(rate), `mean(rate=${rate})`).toBeNaN();
      expect(exponentialLogMgf(0.1, rate), `logMgf(rate=${rate})`).toBeNaN();
    }
  });
});

describe('exponential: quantile and distribution object', () => {
  it('quantile: exact near both ends', () => {
    expect(relativeError(exponentialQuantile(1e-17, 2), 5e-18)).toBeLessThanOrEqual(1e-15);
    // mpmath: −log(1 − p)/2 with p the exact double 0.999999999999999
    expect(relativeError(exponentialQuantile(0.999999999999999, 2), 17.26978799617044)).toBeLessThanOrEqual(1e-12);
    expect(exponentialQuantile(1, 2)).toBe(Infinity);
  });
  test.prop([fc.double({ min: 1e-100, max: 1e100, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true })])(
    'quantile(cdf(x)) = x and cdf + sf = 1',
    (rate, u) => {
      const d = exponential({ rate });
      const x = d.quantile(u);
      const label = `(u=${u}; rate=${rate}, x=${x})`;
      expect(relativeError(d.quantile(d.cdf(x)), x), `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
    },
  );
  it('spec, support, tails', () => {
    const d = exponential({ rate: 2 });
    expect(d.spec).toEqual({ family: 'exponential', rate: 2 });
    expect(d.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
    expect(d.mgfSup).toBe(2);
    expect(d.tailClass).toBe('light');
    expect(d.tails.left.bounded).toBe(true);
  });
  it.each([0, -1, NaN, Infinity, '1'])('DomainError for rate %s names rate', (rate) => {
    expect(() => exponential({ rate: rate as number })).toThrow(DomainError);
    expect(() => exponential({ rate: rate as number })).toThrow(/'rate'/);
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples lie in the support', (seed) => {
    const x = exponential({ rate: 3 }).sample(seededRng(seed));
    expect(x, `sample(seed=${seed})`).toBeGreaterThan(0);
  });
});
