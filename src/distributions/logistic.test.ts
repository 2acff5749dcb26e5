import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
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

/**
 * [μ, s, t, log F̄(t), E[X | X > t], log|m(t)|, sign m(t)]: mpmath at 50 digits from the exact doubles,
 * F̄ = 1/(1 + e^z); m by parts: t·F̄ + s·log1p(e^{−z}) for z ≥ 0, μ − (t·F − s·log1p(e^{z})) for z < 0;
 * m was confirmed by mp.quad of x·f(x) for |z| < 45, |μ| < 10. Regimes: both far tails to 1e200,
 * t ≪ μ (the naive form cancels there), negative values (signed partial means), tiny and huge scales.
 */
const REF: [number, number, number, number, number, number, number][] = [
  [0.0, 1.0, -1e200, 0.0, 0.0, -1e200, 1],
  [0.0, 1.0, -800.0, 0.0, 0.0, -793.3141390529316, 1],
  [0.0, 1.0, -40.0, -4.248354255291589e-18, 1.7418252446695514e-16, -36.28642793329569, 1],
  [0.0, 1.0, -1.0, -0.3132616875182228, 0.796383663234292, -0.5409359077875544, 1],
  [0.0, 1.0, -1e-9, -0.6931471800599454, 1.3862943604267435, -0.36651292058166435, 1],
  [0.0, 1.0, 0.0, -0.6931471805599453, 1.3862943611198906, -0.36651292058166435, 1],
  [0.0, 1.0, 1e-9, -0.6931471810599453, 1.386294361813038, -0.36651292058166435, 1],
  [0.0, 1.0, 2.0, -2.1269280110429727, 3.064806205165185, -1.0069436719848908, 1],
  [0.0, 1.0, 35.0, -35.0, 36.0, -31.41648106154389, 1],
  [0.0, 1.0, 700.0, -700.0, 701.0, -693.4474921129654, 1],
  [0.0, 1.0, 1000000.0, -1000000.0, 1000001.0, -999986.184488442, 1],
  [0.0, 1.0, 1e200, -1e200, 1e200, -1e200, 1],
  [1000000.0, 1.0, -1000000.0, 0.0, 1000000.0, 13.815510557964274, 1],
  [1000000.0, 1.0, 0.0, 0.0, 1000000.0, 13.815510557964274, 1],
  [1000000.0, 1.0, 999990.0, -4.539889921686465e-5, 1000000.0004994003, 13.815465159564457, 1],
  [1000000.0, 1.0, 1000050.0, -50.0, 1000051.0, -36.184438443336184, 1],
  [-2.0, 0.01, -3.0, -3.720076068853569e-44, -2.0, 0.6931471805599453, -1],
  [-2.0, 0.01, -2.0, -0.6931471805599453, -1.986137056388801, -0.006955606044819088, -1],
  [-2.0, 0.01, -1.999, -0.7443966600735651, -1.9854343489150805, -0.05855895429669958, -1],
  [-2.0, 0.01, 5.0, -700.0, 5.01, -698.3885640849032, 1],
  [3.0, 1e100, -1e102, -3.720076068853569e-44, 3.757276735781059e58, 134.87362981624582, 1],
  [3.0, 1e100, 0.0, -0.6931471805599453, 1.3862943611198906e100, 229.8919963788229, 1],
  [3.0, 1e100, 1e101, -10.000045398899216, 1.1000022699621363e101, 222.65636123690354, 1],
  [3.0, 1e100, 1e300, -1e200, 1e300, -1e200, 1],
];

/** [μ, s, λ, log E[e^{λX}], Λ'(λ)]: mpmath at 50 digits, μλ + log B(1 − sλ, 1 + sλ) and mp.diff of it. */
const MGF: [number, number, number, number, number][] = [
  [0.0, 1.0, -0.999, 6.90675642358316, -1000.9977111307018],
  [0.0, 1.0, -0.3, 0.15269243702380603, -1.050832664831135],
  [0.0, 1.0, 1e-12, 1.6449340668482264e-24, 3.289868133696453e-12],
  [0.0, 1.0, 0.0001, 1.6449340722598427e-8, 0.0003289868155342918],
  [0.0, 1.0, 0.1, 0.01650379847490325, 0.33117200953597464],
  [0.0, 1.0, 0.2, 0.06668558839652175, 0.6759686701139502],
  [0.0, 1.0, 0.7, 0.9999902974110095, 3.711072097073626],
  [0.0, 1.0, 0.999999, 13.815509557936663, 1000000.9999689545],
  [2.0, 3.0, -0.25, 0.7036214036775919, -11.42477796076938],
  [2.0, 3.0, 0.05, 0.13728890780707076, 3.5028317621406053],
  [2.0, 3.0, 0.3, 2.8137283758111225, 34.3398173047254],
];

describe('logistic: accuracy against mpmath', () => {
  it.each(REF)('μ=%s s=%s t=%s', (mu, s, t, logSf, tailMean, logPm, signPm) => {
    const label = `(t=${t}; mu=${mu}, s=${s})`;
    expect(logScaledError(logisticLogSf(t, mu, s), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(logisticTailMean(t, mu, s), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    const pm = logisticLogPartialMean(t, mu, s);
    expect(pm.sign, `partialMean sign${label}`).toBe(signPm);
    expect(logScaledError(pm.log, logPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
    expect(logScaledError(logisticLogCdf(-t, -mu, s), logSf), `logCdf symmetry${label}`).toBeLessThanOrEqual(1e-13);
  });
  it.each(MGF)('logMgf and tilt mean, μ=%s s=%s λ=%s', (mu, s, lambda, logMgf, tilt) => {
    const label = `(lambda=${lambda}; mu=${mu}, s=${s})`;
    expect(relativeError(logisticLogMgf(lambda, mu, s), logMgf), `logMgf${label}`).toBeLessThanOrEqual(1e-12);
    expect(relativeError(logisticTiltMean(lambda, mu, s), tilt), `tiltMean${label}`).toBeLessThanOrEqual(1e-12);
  });
  it('moments and the MGF domain', () => {
    expect(logisticMean(-2, 3)).toBe(-2);
    // mpmath: (3π)²/3 = 3π²
    expect(relativeError(logisticVariance(-2, 3), 29.608813203268078)).toBeLessThanOrEqual(1e-15);
    expect(logisticLogMgf(0.5, 0, 2)).toBe(Infinity);
    expect(logisticLogMgf(-0.5, 0, 2)).toBe(Infinity);
    expect(logisticTiltMean(0.5, 0, 2)).toBe(Infinity);
    expect(logisticLogMgf(0, 1, 2)).toBe(0);
    expect(logisticTiltMean(0, 1, 2)).toBe(1);
  });
});

describe('logistic: edges and quantile', () => {
  it('infinite arguments and the density (mpmath: log(e^{−z}/(s(1+e^{−z})²)))', () => {
    expect(logisticLogSf(Infinity, 0, 1)).toBe(-Infinity);
    expect(Object.is(logisticLogSf(-Infinity, 0, 1), 0)).toBe(true);
    expect(Object.is(logisticLogCdf(Infinity, 0, 1), 0)).toBe(true);
    expect(logisticLogPdf(0, 0, 1)).toBeCloseTo(-Math.log(4), 15);
    expect(logScaledError(logisticLogPdf(1e200, 0, 1), -1e200)).toBeLessThanOrEqual(1e-15);
    // z = 2.5: −2.5 − 2·log1p(e^{−2.5}) − log 2 at 50 digits
    expect(logScaledError(logisticLogPdf(6, 1, 2), -3.3509266491450447)).toBeLessThanOrEqual(1e-14);
    expect(logisticLogPartialMean(-Infinity, -2, 1)).toEqual({ log: Math.log(2), sign: -1 });
    expect(logisticLogPartialMean(Infinity, -2, 1).sign).toBe(0);
  });
  it('t − μ past the double range with z = (t − μ)/s inside it: the tail stays finite (z = 2e8)', () => {
    // t = 1e308, μ = −1e308, s = 1e300: z = 2e8, so log F̄ = −softplus(z) = −z, log f = −z − log s,
    // E[X·1{X > t}] = e^{−z}(t + s) (w = e^{−z} underflows); the reflected point gives log F = −z.
    const [t, mu, s, z] = [1e308, -1e308, 1e300, 2e8];
    expect(logScaledError(logisticLogSf(t, mu, s), -z), 'logSf').toBeLessThanOrEqual(1e-15);
    expect(logScaledError(logisticLogCdf(-t, -mu, s), -z), 'logCdf at the mirror point').toBeLessThanOrEqual(1e-15);
    expect(logScaledError(logisticLogPdf(t, mu, s), -z - Math.log(s)), 'logPdf').toBeLessThanOrEqual(1e-15);
    const pm = logisticLogPartialMean(t, mu, s);
    expect(pm.sign, 'partial mean sign').toBe(1);
    expect(logScaledError(pm.log, -z + Math.log(t + s)), 'log partial mean').toBeLessThanOrEqual(1e-15);
    expect(relativeError(logisticTailMean(t, mu, s), t + s), 'tailMean').toBeLessThanOrEqual(1e-15);
    expect(relativeError(logisticTailMean(-t, -mu, s), -mu), 'tailMean far below the centre').toBeLessThanOrEqual(1e-15);
  });
  it('quantile near both ends (mpmath: μ + s·log(p/(1 − p)))', () => {
    expect(relativeError(logisticQuantile(0.999999999999999, 1, 2), 70.07915198468176)).toBeLessThanOrEqual(1e-12);
    expect(relativeError(logisticQuantile(1e-300, 1, 2), -1380.5510557964274)).toBeLessThanOrEqual(1e-14);
    expect(logisticQuantile(0.5, 1, 2)).toBe(1);
    expect(logisticQuantile(1, 1, 2)).toBe(Infinity);
  });
  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true })])(
    'quantile(cdf(x)) = x and cdf + sf = 1',
    (mu, s, u) => {
      const d = logistic({ mu, s });
      const x = d.quantile(u);
      const label = `(u=${u}; mu=${mu}, s=${s}, x=${x})`;
      expect(Math.abs(d.quantile(d.cdf(x)) - x) / s, `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(x) / s));
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
    },
  );
  test.prop([fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-2, max: 1e2, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true })])(
    'partial mean + lower partial mean = mean (E[X·1{X ≤ t}] = t·F(t) − s·log1p(e^{z}))',
    (mu, s, t) => {
      const z = (t - mu) / s;
      const F = Math.exp(logisticLogCdf(t, mu, s));
      const lower = t * F - s * (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
      const pm = logistic({ mu, s }).partialMean(t);
      const scale = Math.abs(mu) + Math.abs(t * F) + Math.abs(pm) + s * (1 + Math.abs(z));
      expect(Math.abs(pm + lower - mu), `pm+lower(t=${t}; mu=${mu}, s=${s})`).toBeLessThanOrEqual(1e-13 * scale);
    },
  );
});

describe('logistic: distribution object', () => {
  it('spec, support, tails', () => {
    const d = logistic({ mu: 1, s: 4 });
    expect(d.spec).toEqual({ family: 'logistic', mu: 1, s: 4 });
    expect(d.support).toEqual({ lower: -Infinity, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.mgfSup).toBe(0.25);
    expect(d.tails.left.mgfSup).toBe(0.25);
    expect(d.tailClass).toBe('light');
  });
  it.each([
    [{ mu: NaN, s: 1 }, 'mu'],
    [{ mu: -Infinity, s: 1 }, 'mu'],
    [{ mu: 0, s: 0 }, 's'],
    [{ mu: 0, s: Infinity }, 's'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => logistic(params)).toThrow(DomainError);
    expect(() => logistic(params)).toThrow(new RegExp(`'${name}'`));
  });
  it('total kernels: NaN on invalid parameters', () => {
    expect(logisticLogSf(0, 0, 0)).toBeNaN();
    expect(logisticLogPartialMean(0, NaN, 1).log).toBeNaN();
    expect(logisticLogMgf(0.1, 0, -1)).toBeNaN();
    expect(logisticTailMean(NaN, 0, 1)).toBeNaN();
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples are finite', (seed) => {
    const x = logistic({ mu: 0, s: 1 }).sample(seededRng(seed));
    expect(Number.isFinite(x), `sample(seed=${seed}) = ${x}`).toBe(true);
  });
});
