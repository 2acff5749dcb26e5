/**
 * Edge properties of the logistic law (issue 2, mutation testing): totality of every kernel on invalid
 * (μ, s) and NaN arguments, t = ±∞ and |z| past 745 (w = e^{−|z|} underflows), μ = 0 in the partial mean,
 * the MGF and tilt mean where the series meet the direct forms (|πsλ| = ½) against mpmath.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  logistic,
  logisticLogCdf,
  logisticLogMgf,
  logisticLogPartialMean,
  logisticLogPdf,
  logisticLogSf,
  logisticMean,
  logisticQuantile,
  logisticTailMean,
  logisticTiltMean,
  logisticVariance,
} from './logistic.ts';

const POINT_KERNELS = { logisticLogPdf, logisticLogSf, logisticLogCdf, logisticQuantile, logisticTailMean, logisticLogMgf, logisticTiltMean };

describe('logistic: total kernels', () => {
  const INVALID: [number, number][] = [[NaN, 1], [Infinity, 1], [-Infinity, 1], [0, 0], [0, -1], [0, Infinity], [0, NaN]];
  /** the parameter the factory must name for row i of INVALID */
  const NAMED = ['mu', 'mu', 'mu', 's', 's', 's', 's'];
  it.each(INVALID)('μ=%s s=%s: NaN from every kernel, DomainError from the factory', (mu, s) => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) expect(k(0.25, mu, s), `${name}(0.25; mu=${mu}, s=${s})`).toBeNaN();
    expect(logisticLogPartialMean(0.25, mu, s).log, `logPartialMean(0.25; mu=${mu}, s=${s})`).toBeNaN();
    expect(logisticMean(mu, s), `mean(mu=${mu}, s=${s})`).toBeNaN();
    expect(logisticVariance(mu, s), `variance(mu=${mu}, s=${s})`).toBeNaN();
    expect(() => logistic({ mu, s }), `logistic(mu=${mu}, s=${s})`).toThrow(DomainError);
    const named = NAMED[INVALID.findIndex(([x, y]) => Object.is(x, mu) && Object.is(y, s))];
    expect(() => logistic({ mu, s }), `logistic(${mu}, ${s}) names ${named}`).toThrow(new RegExp(`^logistic: parameter '${named}' must be a finite number`));
  });
  it('NaN argument gives NaN', () => {
    for (const [name, k] of Object.entries(POINT_KERNELS)) expect(k(NaN, 0, 1), `${name}(NaN; mu=0, s=1)`).toBeNaN();
    expect(logisticLogPartialMean(NaN, 0, 1).log, 'logPartialMean(NaN)').toBeNaN();
    expect(logisticMean(-2, 3), 'mean(-2, 3)').toBe(-2);
  });
});

describe('logistic: infinite arguments and underflowing w', () => {
  it('t = ±∞; log 1 is +0', () => {
    for (const [mu, s] of [[0, 1], [-2, 3], [5, 0.5]] as const) {
      const tag = `mu=${mu}, s=${s}`;
      expect(logisticTailMean(-Infinity, mu, s), `tailMean(−∞; ${tag})`).toBe(mu);
      expect(logisticTailMean(Infinity, mu, s), `tailMean(∞; ${tag})`).toBeNaN();
      expect(logisticLogPartialMean(Infinity, mu, s), `logPartialMean(∞; ${tag})`).toEqual(SIGNED_ZERO);
      expect(Object.is(logisticLogSf(-Infinity, mu, s), 0), `logSf(−∞; ${tag}) is +0`).toBe(true);
      expect(Object.is(logisticLogCdf(Infinity, mu, s), 0), `logCdf(∞; ${tag}) is +0`).toBe(true);
      expect(logisticQuantile(0, mu, s), `quantile(0; ${tag})`).toBe(-Infinity);
      expect(logisticQuantile(1, mu, s), `quantile(1; ${tag})`).toBe(Infinity);
      expect(logisticQuantile(0.5, mu, s), `quantile(½; ${tag})`).toBe(mu);
      for (const p of [-1e-300, 1 + 2 ** -52]) expect(logisticQuantile(p, mu, s), `quantile(${p}; ${tag})`).toBeNaN();
    }
    expect(logisticLogPartialMean(-Infinity, 0, 1), 'logPartialMean(−∞; mu=0) = the mean 0').toEqual(SIGNED_ZERO);
    expect(logisticLogPartialMean(-Infinity, -3, 1), 'logPartialMean(−∞; mu=-3)').toEqual({ log: Math.log(3), sign: -1 });
  });
  it('|z| > 745: w = e^{−|z|} is 0 and L = log1p(w)/w is taken as 1', () => {
    // z = 1000: E[X | X > t] = t + s·L·(1 + w) = 1001; E[X·1{X > t}] = e^{−1000}·(1000 + 1)
    expect(logisticTailMean(1000, 0, 1), 'tailMean(1000; mu=0, s=1)').toBe(1001);
    const pm = logisticLogPartialMean(1000, 0, 1);
    expect(pm.sign, 'sign of logPartialMean(1000)').toBe(1);
    expect(relativeError(pm.log, -1000 + Math.log(1001)), `logPartialMean(1000) = ${pm.log}`).toBeLessThan(1e-15);
    // z = −1000: E[X·1{X ≤ t}] = e^{−1000}(t − s) is below every double; m = μ
    expect(logisticTailMean(-1000, 0, 1), 'tailMean(-1000; mu=0, s=1)').toBe(0);
    expect(logisticLogPartialMean(-1000, 2, 1), 'logPartialMean(-1000; mu=2)').toEqual({ log: Math.log(2), sign: 1 });
    const zeroMean = logisticLogPartialMean(-1000, 0, 1); // −e^{−1000}·(−1000 − 1) = 1001·e^{−1000}
    expect(zeroMean.sign, 'sign of logPartialMean(-1000; mu=0)').toBe(1);
    expect(relativeError(zeroMean.log, -1000 + Math.log(1001)), `logPartialMean(-1000; mu=0) = ${zeroMean.log}`).toBeLessThan(1e-15);
  });
});

describe('logistic: MGF and tilt mean around the series switch |πsλ| = ½ (mpmath, 50 digits)', () => {
  // [λ, log(y/sin y), π(1/y − cot y)], y = πλ, μ = 0, s = 1
  const ROWS: [number, number, number][] = [
    [0.5 / Math.PI, 0.042019505825368966966, 0.53253852816142970144],
    [-0.5 / Math.PI, 0.042019505825368966966, -0.53253852816142970144],
    [0.15, 0.037288907807070752689, 0.50094392071353511865],
    [0.16, 0.042470767244475367084, 0.5354641774123600557],
    [-0.16, 0.042470767244475367084, -0.5354641774123600557],
    [0.6, 0.68408605200502792328, 2.687431997358592217],
    [-0.6, 0.68408605200502792328, -2.687431997358592217],
    [0.9, 2.2137283758111228692, 10.779939101575138782],
    [-0.9, 2.2137283758111228692, -10.779939101575138782],
  ];
  it.each(ROWS)('λ=%s', (lambda, logMgf, tilt) => {
    // just past the switch log y − log sin y cancels (0.69 − 0.73 → 0.042): a few ulps of 0.7, 2e-15 relative
    expect(relativeError(logisticLogMgf(lambda, 0, 1), logMgf), `logMgf(${lambda}; mu=0, s=1)`).toBeLessThanOrEqual(4e-15);
    expect(relativeError(logisticTiltMean(lambda, 0, 1), tilt), `tiltMean(${lambda}; mu=0, s=1)`).toBeLessThanOrEqual(1e-15);
    // shifted and scaled: Λ(λ; μ, s) = μλ + Λ(sλ; 0, 1), Λ'(λ; μ, s) = μ + s·Λ'(sλ; 0, 1)
    expect(relativeError(logisticLogMgf(lambda / 2, 3, 2), 1.5 * lambda + logMgf), `logMgf(${lambda / 2}; mu=3, s=2)`).toBeLessThanOrEqual(1e-14);
    expect(relativeError(logisticTiltMean(lambda / 2, 3, 2), 3 + 2 * tilt), `tiltMean(${lambda / 2}; mu=3, s=2)`).toBeLessThanOrEqual(1e-14);
  });
  it('λ = 0, the domain edge and beyond', () => {
    expect(logisticLogMgf(-0, 3, 2), 'logMgf(−0)').toBe(0);
    expect(logisticTiltMean(0, 3, 2), 'tiltMean(0; mu=3)').toBe(3);
    expect(logisticLogMgf(0.5, 3, 2), 'logMgf(1/s; s=2)').toBe(Infinity);
    expect(logisticLogMgf(-Infinity, 3, 2), 'logMgf(−∞)').toBe(Infinity);
    expect(logisticTiltMean(0.5, 3, 2), 'tiltMean(1/s)').toBe(Infinity);
    expect(logisticTiltMean(-0.5, 3, 2), 'tiltMean(−1/s)').toBe(-Infinity);
    expect(logistic({ mu: 1, s: 2 }).variance(), 'variance(s=2) = 4π²/3').toBeCloseTo((4 * Math.PI * Math.PI) / 3, 13);
  });
});

describe('logistic: edges found by mutation testing (issue 2)', () => {
  it('the law object forwards logPdf, mean, tailMean and logMgf (μ = 3, s = 2; mpmath)', () => {
    const d = logistic({ mu: 3, s: 2 });
    // f(μ) = 1/(4s); E[X | X > μ] = μ + 2s·log 2; Λ(λ) = μλ + log(πsλ/sin(πsλ)) at sλ = ½
    expect(relativeError(d.logPdf(3), -2.079441541679835928251696), 'logPdf(3; mu=3, s=2)').toBeLessThanOrEqual(1e-15);
    expect(d.mean(), 'mean(mu=3, s=2)').toBe(3);
    expect(relativeError(d.tailMean(3), 5.772588722239781237668928), 'tailMean(3; mu=3, s=2)').toBeLessThanOrEqual(1e-15);
    expect(relativeError(d.logMgf(0.25), 1.201582705289454864726195), 'logMgf(0.25; mu=3, s=2)').toBeLessThanOrEqual(1e-15);
  });

  it('logMgf near the domain edge |sλ| → 1: sin(πsλ) by reflection keeps relative accuracy (mpmath: log(πλ/sin(πλ)))', () => {
    const rows: [number, number][] = [
      [0.9999999990686774, 20.79441541586703670889456], // 1 − 2^-30
      [-0.9999999999990905, 27.72588722239690288198751], // −(1 − 2^-40)
      [0.999, 6.906756423583160639671673],
    ];
    for (const [lambda, ref] of rows) {
      expect(relativeError(logisticLogMgf(lambda, 0, 1), ref), `logMgf(${lambda}; mu=0, s=1)`).toBeLessThanOrEqual(1e-14);
    }
  });

  it('tilt mean is ±∞ for |sλ| > 1, not only at the edge', () => {
    for (const lambda of [1.5, 2, 3.25, 1e10, Infinity]) {
      expect(logisticTiltMean(lambda, 0, 1), `tiltMean(${lambda}; mu=0, s=1)`).toBe(Infinity);
      expect(logisticTiltMean(-lambda, 0, 1), `tiltMean(${-lambda}; mu=0, s=1)`).toBe(-Infinity);
    }
  });

  it('partial mean where the bracket t/(1 + w) + sL rounds to 0 (t = −s, z = 746): never a negative result', () => {
    // mpmath (800 digits): m = t·F̄(t) + s·softplus(−z) = e^{−1492.69} > 0, below what the bracket can resolve
    const pm = logisticLogPartialMean(-1, -747, 1);
    expect(pm.sign, `sign of logPartialMean(-1; mu=-747, s=1) = ${JSON.stringify(pm)}`).not.toBe(-1);
    expect(pm.log <= -1492, `logPartialMean(-1; mu=-747, s=1).log = ${pm.log}`).toBe(true);
  });
});
