import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  cauchy,
  cauchyLogCdf,
  cauchyLogMgf,
  cauchyLogPartialMean,
  cauchyLogPdf,
  cauchyLogSf,
  cauchyMean,
  cauchyQuantile,
  cauchyVariance,
} from './cauchy.ts';

/**
 * [loc, scale, t, log F̄(t), log F(t)]: mpmath at 50 digits from the exact doubles, F̄ = acot(z)/π for z > 0
 * and 1 − acot(−z)/π for z < 0 (acot avoids the ½ − atan(z)/π cancellation even at 50 digits).
 * Regimes: both far tails to 1e300, z near 0, z overflowing the double range (scale 1e-200, t = 1e100),
 * huge scale.
 */
const REF: [number, number, number, number, number][] = [
  [0.0, 1.0, -1e300, 0.0, -691.9202577840631],
  [0.0, 1.0, -10000000000.0, -3.1830988618885674e-11, -24.170580815789858],
  [0.0, 1.0, -1.0, -0.2876820724517809, -1.3862943611198906],
  [0.0, 1.0, -1e-10, -0.6931471804962833, -0.6931471806236073],
  [0.0, 1.0, 0.0, -0.6931471805599453, -0.6931471805599453],
  [0.0, 1.0, 1e-10, -0.6931471806236073, -0.6931471804962833],
  [0.0, 1.0, 0.5, -1.0429418980620317, -0.4345073545177282],
  [0.0, 1.0, 1.0, -1.3862943611198906, -0.2876820724517809],
  [0.0, 1.0, 3.0, -2.278708595290299, -0.10804899566097342],
  [0.0, 1.0, 100000000.0, -19.565410629801764, -3.183098866903966e-9],
  [0.0, 1.0, 1e160, -369.55834476489673, 0.0],
  [0.0, 1.0, 1e300, -691.9202577840631, 0.0],
  [7.0, 1e-200, 7.0, -0.6931471805599453, -0.6931471805599453],
  [7.0, 1e-200, 8.0, -461.6617484846585, 0.0],
  [7.0, 1e-200, 1e100, -691.9202577840631, 0.0],
  [7.0, 1e-200, -1e100, 0.0, -691.9202577840631],
  [-5.0, 1e200, 0.0, -0.6931471805599453, -0.6931471805599453],
  [-5.0, 1e200, 1e200, -1.3862943611198906, -0.2876820724517809],
  [-5.0, 1e200, 1e308, -249.82391992920634, 0.0],
];

describe('cauchy: accuracy against mpmath', () => {
  it.each(REF)('loc=%s scale=%s t=%s', (loc, scale, t, logSf, logCdf) => {
    const label = `(t=${t}; loc=${loc}, scale=${scale})`;
    expect(logScaledError(cauchyLogSf(t, loc, scale), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(logScaledError(cauchyLogCdf(t, loc, scale), logCdf), `logCdf${label}`).toBeLessThanOrEqual(1e-13);
  });
  it('the far left survival keeps relative accuracy (mpmath: log(1 − acot(1e10)/π))', () => {
    expect(relativeError(cauchyLogSf(-1e10, 0, 1), -3.1830988618885674e-11)).toBeLessThanOrEqual(1e-13);
  });
  it('log density (mpmath: −log π − log scale − log1p(z²))', () => {
    const cases: [number, number, number, number][] = [
      [0, 0, 1, -1.1447298858494002],
      [3, 1, 2, -2.5310242469692907],
      [1e200, 0, 1, -922.1787670834676],
      [1e300, 0, 1e-10, -1405.7216366122173],
      [-1e160, 0, 1, -737.971959643944],
    ];
    for (const [x, loc, scale, ref] of cases) {
      expect(logScaledError(cauchyLogPdf(x, loc, scale), ref), `logPdf(${x}; loc=${loc}, scale=${scale})`).toBeLessThanOrEqual(1e-14);
    }
  });
  it('quantile (mpmath: 2 − 3·cot(πp)), accurate near p → 0 and p → 1', () => {
    const cases: [number, number][] = [
      [0.999999999999999, 955693523203778.5],
      [1e-300, -9.54929658551372e299],
      [0.3, -0.1796275840160828],
      [0.75000001, 5.000000188495566],
    ];
    for (const [p, ref] of cases) {
      expect(relativeError(cauchyQuantile(p, 2, 3), ref), `quantile(${p}; loc=2, scale=3)`).toBeLessThanOrEqual(1e-13);
    }
    expect(cauchyQuantile(0.5, 2, 3)).toBe(2);
    expect(cauchyQuantile(1, 2, 3)).toBe(Infinity);
    expect(cauchyQuantile(0, 2, 3)).toBe(-Infinity);
  });
});

describe('cauchy: undefined moments', () => {
  it('mean and variance undefined, partial mean +∞, MGF infinite off 0', () => {
    expect(cauchyMean(0, 1)).toBeNaN();
    expect(cauchyVariance(0, 1)).toBeNaN();
    expect(cauchyLogPartialMean(1e300, 0, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(cauchyLogPartialMean(-1e300, 0, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(cauchyLogPartialMean(Infinity, 0, 1).sign).toBe(0);
    expect(cauchyLogMgf(0, 0, 1)).toBe(0);
    expect(cauchyLogMgf(1e-300, 0, 1)).toBe(Infinity);
    expect(cauchyLogMgf(-1e-300, 0, 1)).toBe(Infinity);
    const d = cauchy({ loc: 0, scale: 1 });
    expect(d.mean()).toBeNaN();
    expect(d.partialMean(5)).toBe(Infinity);
    expect(d.tailMean(5)).toBe(Infinity);
  });
  it('infinite arguments and invalid parameters', () => {
    expect(cauchyLogSf(Infinity, 0, 1)).toBe(-Infinity);
    expect(Object.is(cauchyLogSf(-Infinity, 0, 1), 0)).toBe(true);
    expect(Object.is(cauchyLogCdf(Infinity, 0, 1), 0)).toBe(true);
    expect(cauchyLogPdf(Infinity, 0, 1)).toBe(-Infinity);
    expect(cauchyLogSf(1, 0, 0)).toBeNaN();
    expect(cauchyLogSf(1, NaN, 1)).toBeNaN();
    expect(cauchyLogSf(NaN, 0, 1)).toBeNaN();
    expect(cauchyLogPartialMean(1, 0, -1).log).toBeNaN();
    expect(cauchyQuantile(0.5, 0, Infinity)).toBeNaN();
  });
});

describe('cauchy: properties and object', () => {
  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true })])(
    'quantile(cdf(x)) = x, cdf + sf = 1, and the reflection logSf(t) = logCdf(2·loc − t)',
    (loc, scale, u) => {
      const d = cauchy({ loc, scale });
      const x = d.quantile(u);
      const label = `(u=${u}; loc=${loc}, scale=${scale}, x=${x})`;
      const cond = 1 + Math.abs(x - loc) / scale + scale / Math.max(Math.abs(x - loc), 1e-300);
      expect(Math.abs(d.quantile(d.cdf(x)) - x) / scale, `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-12 * cond * (1 + Math.abs(loc) / scale));
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(1e-15);
      expect(logScaledError(d.logSf(x), cauchyLogCdf(loc - (x - loc), loc, scale)), `reflection${label}`).toBeLessThanOrEqual(1e-12);
    },
  );
  it('spec, support, tails', () => {
    const d = cauchy({ loc: 1, scale: 2 });
    expect(d.spec).toEqual({ family: 'cauchy', loc: 1, scale: 2 });
    expect(d.support).toEqual({ lower: -Infinity, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.powerIndex).toBe(1);
    expect(d.tails.left.powerIndex).toBe(1);
    expect(d.tailClass).toBe('heavy');
  });
  it.each([
    [{ loc: NaN, scale: 1 }, 'loc'],
    [{ loc: Infinity, scale: 1 }, 'loc'],
    [{ loc: 0, scale: 0 }, 'scale'],
    [{ loc: 0, scale: -1 }, 'scale'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => cauchy(params)).toThrow(DomainError);
    expect(() => cauchy(params)).toThrow(new RegExp(`'${name}'`));
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples are finite', (seed) => {
    const x = cauchy({ loc: 0, scale: 1 }).sample(seededRng(seed));
    expect(Number.isFinite(x), `sample(seed=${seed}) = ${x}`).toBe(true);
  });
});
