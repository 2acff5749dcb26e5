import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  laplace,
  laplaceLogCdf,
  laplaceLogMgf,
  laplaceLogPartialMean,
  laplaceLogPdf,
  laplaceLogSf,
  laplaceMean,
  laplaceQuantile,
  laplaceTailMean,
  laplaceTiltMean,
  laplaceVariance,
} from './laplace.ts';

/**
 * [μ, b, t, log F̄(t), E[X | X > t], log|m(t)|, sign m(t)]: mpmath at 50 digits from the exact doubles,
 * F̄ = e^{−z}/2 (z ≥ 0) or 1 − e^{z}/2, m = F̄·(t + b) (z ≥ 0) or μ − e^{z}(t − b)/2 (z < 0); m was confirmed
 * by mp.quad of x·f(x) for |z| < 60, b ≥ ½. Regimes: both far tails to 1e200, t ≈ μ, negative values
 * (signed partial means), tiny and huge scales.
 */
const REF: [number, number, number, number, number, number, number][] = [
  [0.0, 1.0, -1e200, 0.0, 0.0, -1e200, 1],
  [0.0, 1.0, -30.0, -4.6788114844201966e-14, 1.4504315601702949e-12, -27.2591599760748, 1],
  [0.0, 1.0, -1.0, -0.20326705491519534, 0.4507993471211282, -1.0, 1],
  [0.0, 1.0, -1e-8, -0.6931471705599455, 0.9999999900000001, -0.6931471805599454, 1],
  [0.0, 1.0, 0.0, -0.6931471805599453, 1.0, -0.6931471805599453, 1],
  [0.0, 1.0, 1e-8, -0.6931471905599453, 1.00000001, -0.6931471805599454, 1],
  [0.0, 1.0, 0.5, -1.1931471805599454, 1.5, -0.7876820724517809, 1],
  [0.0, 1.0, 3.0, -3.6931471805599454, 4.0, -2.3068528194400546, 1],
  [0.0, 1.0, 40.0, -40.69314718055995, 41.0, -36.97957511385564, 1],
  [0.0, 1.0, 1000000.0, -1000000.6931471806, 1000001.0, -999986.8776356226, 1],
  [0.0, 1.0, 1e200, -1e200, 1e200, -1e200, 1],
  [-3.0, 0.5, -4.0, -0.07006592016028142, -2.891131674756369, 0.9915820882761421, -1],
  [-3.0, 0.5, -3.5, -0.20326705491519534, -2.774600326439436, 0.8172396554020775, -1],
  [-3.0, 0.5, -2.5, -1.6931471805599454, -2.0, -1.0, -1],
  [-3.0, 0.5, 0.0, -6.693147180559945, 0.5, -7.386294361119891, 1],
  [-3.0, 0.5, 2.0, -10.693147180559945, 2.5, -9.77685644868579, 1],
  [-3.0, 0.5, 10000000000.0, -20000000006.693146, 10000000000.5, -19999999983.667297, 1],
  [5.0, 1e-200, 5.0, -0.6931471805599453, 5.0, 0.9162907318741551, 1],
  [5.0, 1e-200, 5.000000000000001, -8.881784197001252e184, 5.000000000000001, -8.881784197001252e184, 1],
  [5.0, 1e-200, 6.0, -1e200, 6.0, -1e200, 1],
  [10000000000.0, 10000000000.0, -1000000000000.0, -6.842697281895505e-45, 10000000000.0, 23.025850929940457, 1],
  [10000000000.0, 10000000000.0, 0.0, -0.20326705491519534, 14507993471.21128, 23.194698553438762, 1],
  [10000000000.0, 10000000000.0, 20000000000.0, -1.6931471805599454, 30000000000.0, 22.43131603804862, 1],
  [10000000000.0, 10000000000.0, 1e300, -1e290, 1e300, -1e290, 1],
];

/** [μ, b, λ, log E[e^{λX}], Λ'(λ)]: mpmath at 50 digits, μλ − log(1 − (λb)²) and mp.diff of it. */
const MGF: [number, number, number, number, number][] = [
  [0.0, 1.0, -0.999999, 13.122363877375697, -999999.4999709943],
  [0.0, 1.0, -0.5, 0.2876820724517809, -1.3333333333333333],
  [0.0, 1.0, 1e-9, 1e-18, 2e-9],
  [0.0, 1.0, 0.3, 0.09431067947124132, 0.6593406593406593],
  [0.0, 1.0, 0.999, 6.215108223463873, 999.4997498749366],
  [-3.0, 0.5, 1.9, -3.372097099021665, 6.743589743589735],
  [-3.0, 0.5, -1.0, 3.287682072451781, -3.6666666666666665],
  [-3.0, 0.5, 1e-5, -2.9999975000000002e-5, -2.9999949999999997],
];

describe('laplace: accuracy against mpmath', () => {
  it.each(REF)('μ=%s b=%s t=%s', (mu, b, t, logSf, tailMean, logPm, signPm) => {
    const label = `(t=${t}; mu=${mu}, b=${b})`;
    expect(logScaledError(laplaceLogSf(t, mu, b), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(laplaceTailMean(t, mu, b), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    const pm = laplaceLogPartialMean(t, mu, b);
    expect(pm.sign, `partialMean sign${label}`).toBe(signPm);
    expect(logScaledError(pm.log, logPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
    expect(logScaledError(laplaceLogCdf(-t, -mu, b), logSf), `logCdf symmetry${label}`).toBeLessThanOrEqual(1e-13);
  });
  it.each(MGF)('logMgf and tilt mean, μ=%s b=%s λ=%s', (mu, b, lambda, logMgf, tilt) => {
    const label = `(lambda=${lambda}; mu=${mu}, b=${b})`;
    expect(relativeError(laplaceLogMgf(lambda, mu, b), logMgf), `logMgf${label}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(laplaceTiltMean(lambda, mu, b), tilt), `tiltMean${label}`).toBeLessThanOrEqual(1e-12);
  });
  it('moments and the MGF domain', () => {
    expect(laplaceMean(-2, 3)).toBe(-2);
    expect(laplaceVariance(-2, 3)).toBe(18);
    expect(laplaceLogMgf(0.5, 0, 2)).toBe(Infinity);
    expect(laplaceLogMgf(-0.5, 0, 2)).toBe(Infinity);
    expect(laplaceTiltMean(0.5, 0, 2)).toBe(Infinity);
    expect(laplaceTiltMean(-0.6, 0, 2)).toBe(-Infinity);
    expect(laplaceLogMgf(0, 7, 2)).toBe(0);
  });
});

describe('laplace: edges and quantile', () => {
  it('infinite arguments, density', () => {
    expect(laplaceLogSf(Infinity, 0, 1)).toBe(-Infinity);
    expect(Object.is(laplaceLogSf(-Infinity, 0, 1), 0)).toBe(true);
    expect(Object.is(laplaceLogCdf(Infinity, 0, 1), 0)).toBe(true);
    expect(laplaceLogPdf(1, 1, 2)).toBeCloseTo(-Math.log(4), 15);
    expect(laplaceLogPartialMean(-Infinity, -2, 1)).toEqual({ log: Math.log(2), sign: -1 });
    expect(laplaceLogPartialMean(Infinity, -2, 1).sign).toBe(0);
    expect(laplaceLogPartialMean(-1, -2, 1).sign).toBe(0); // t + b = 0
  });
  it('quantile near both ends (mpmath: μ ∓ b·log(2·min(p, 1 − p)))', () => {
    expect(relativeError(laplaceQuantile(0.999999999999999, 1, 2), 68.69285762356188)).toBeLessThanOrEqual(1e-12);
    expect(relativeError(laplaceQuantile(1e-300, 1, 2), -1379.1647614353076)).toBeLessThanOrEqual(1e-14);
    expect(laplaceQuantile(0.5, 1, 2)).toBe(1);
    expect(laplaceQuantile(0, 1, 2)).toBe(-Infinity);
    expect(laplaceQuantile(1, 1, 2)).toBe(Infinity);
  });
  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true })])(
    'quantile(cdf(x)) = x and cdf + sf = 1',
    (mu, b, u) => {
      const d = laplace({ mu, b });
      const x = d.quantile(u);
      const label = `(u=${u}; mu=${mu}, b=${b}, x=${x})`;
      // x − μ carries the rounding of x: compare on the standardised scale
      expect(Math.abs(d.quantile(d.cdf(x)) - x) / b, `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(x) / b));
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
    },
  );
  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-2, max: 1e2, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true })])(
    'partial mean + lower partial mean = mean (E[X·1{X ≤ t}] = ½e^{z}(t − b) for z < 0, μ − ½e^{−z}(t + b) else)',
    (mu, b, t) => {
      const z = (t - mu) / b;
      const lower = z < 0 ? 0.5 * Math.exp(z) * (t - b) : mu - 0.5 * Math.exp(-z) * (t + b);
      const pm = laplace({ mu, b }).partialMean(t);
      const scale = Math.abs(mu) + Math.abs(lower) + Math.abs(pm) + b;
      expect(Math.abs(pm + lower - mu), `pm+lower(t=${t}; mu=${mu}, b=${b})`).toBeLessThanOrEqual(1e-13 * scale);
    },
  );
});

describe('laplace: t − μ past the double range with z = (t − μ)/b inside it', () => {
  it('t = 1e308, μ = −1e308, b = 1e300 (z = 2e8): finite logs, not −∞', () => {
    const [t, mu, b, z] = [1e308, -1e308, 1e300, 2e8];
    expect(logScaledError(laplaceLogSf(t, mu, b), -z - Math.LN2), 'logSf').toBeLessThanOrEqual(1e-15);
    expect(logScaledError(laplaceLogCdf(-t, -mu, b), -z - Math.LN2), 'logCdf at the mirror point').toBeLessThanOrEqual(1e-15);
    expect(logScaledError(laplaceLogPdf(t, mu, b), -z - Math.LN2 - Math.log(b)), 'logPdf').toBeLessThanOrEqual(1e-15);
    const pm = laplaceLogPartialMean(t, mu, b);
    expect(pm.sign, 'partial mean sign').toBe(1);
    expect(logScaledError(pm.log, -z - Math.LN2 + Math.log(t + b)), 'log partial mean').toBeLessThanOrEqual(1e-15);
    expect(laplaceTailMean(t, mu, b), 'tailMean').toBe(t + b);
  });
});

describe('laplace: distribution object', () => {
  it('spec, support, tails', () => {
    const d = laplace({ mu: 1, b: 4 });
    expect(d.spec).toEqual({ family: 'laplace', mu: 1, b: 4 });
    expect(d.support).toEqual({ lower: -Infinity, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.mgfSup).toBe(0.25);
    expect(d.tails.left.mgfSup).toBe(0.25);
    expect(d.tailClass).toBe('light');
  });
  it.each([
    [{ mu: NaN, b: 1 }, 'mu'],
    [{ mu: Infinity, b: 1 }, 'mu'],
    [{ mu: 0, b: 0 }, 'b'],
    [{ mu: 0, b: -2 }, 'b'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => laplace(params)).toThrow(DomainError);
    expect(() => laplace(params)).toThrow(new RegExp(`'${name}'`));
  });
  it('total kernels: NaN on invalid parameters', () => {
    expect(laplaceLogSf(0, 0, 0)).toBeNaN();
    expect(laplaceLogPartialMean(0, NaN, 1).log).toBeNaN();
    expect(laplaceLogMgf(0.1, 0, -1)).toBeNaN();
    expect(laplaceTailMean(NaN, 0, 1)).toBeNaN();
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples are finite', (seed) => {
    const x = laplace({ mu: 0, b: 1 }).sample(seededRng(seed));
    expect(Number.isFinite(x), `sample(seed=${seed}) = ${x}`).toBe(true);
  });
});
