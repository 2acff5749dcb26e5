/**
 * Edge properties of the geometric law found by mutation testing (issue 2): totality of every kernel on
 * invalid p and NaN arguments, exact values at and below the first atom, the point mass p = 1, the quantile
 * at u = 0, 1 and its one-step rounding corrections (checked against mpmath), the MGF next to its pole.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  geometric,
  geometricLogCdf,
  geometricLogMgf,
  geometricLogPartialMean,
  geometricLogPmf,
  geometricLogSf,
  geometricQuantile,
  geometricTailMean,
} from './geometric.ts';

const KERNELS = { geometricLogPmf, geometricLogSf, geometricLogCdf, geometricTailMean, geometricLogMgf, geometricQuantile };

describe('geometric: total kernels and DomainError', () => {
  it('NaN for p ∉ (0, 1] and for a NaN argument; DomainError from the factory', () => {
    for (const p of [0, -0, -0.5, 1 + 2 ** -52, 1.5, Infinity, -Infinity, NaN]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(0.5, p), `${name}(0.5; p=${p})`).toBeNaN();
      expect(geometricLogPartialMean(0.5, p), `logPartialMean(0.5; p=${p})`).toEqual({ log: NaN, sign: 0 });
      expect(() => geometric({ p }), `geometric(p=${p})`).toThrow(DomainError);
      expect(() => geometric({ p }), `geometric(p=${p}) names p`).toThrow(/^geometric: parameter 'p' must be .*in \(0, 1\]/);
    }
    for (const p of [0.3, 1]) {
      for (const [name, k] of Object.entries(KERNELS)) expect(k(NaN, p), `${name}(NaN; p=${p})`).toBeNaN();
      expect(geometricLogPartialMean(NaN, p), `logPartialMean(NaN; p=${p})`).toEqual({ log: NaN, sign: 0 });
      expect(geometric({ p }).cdf(NaN), `cdf(NaN; p=${p})`).toBeNaN();
      expect(geometric({ p }).massAt(NaN), `massAt(NaN; p=${p})`).toBeNaN();
    }
    expect(geometric({ p: 1 }).spec, 'spec of p=1').toEqual({ family: 'geometric', p: 1 });
  });
});

describe('geometric: support edges', () => {
  it('below, at and just above the first atom', () => {
    const p = 0.3;
    for (const t of [-1, -0.5, 0, 0.999]) {
      expect(geometricLogPmf(t, p), `logPmf(${t}; p=${p})`).toBe(-Infinity);
      expect(geometricLogCdf(t, p), `logCdf(${t}; p=${p})`).toBe(-Infinity);
      expect(geometric({ p }).cdf(t), `cdf(${t}; p=${p})`).toBe(0);
      expect(Object.is(geometricLogSf(t, p), 0), `logSf(${t}; p=${p}) = +0`).toBe(true);
      // E[X·1{X > t}] = E[X] = 1/p below the support
      expect(relativeError(Math.exp(geometricLogPartialMean(t, p).log), 1 / p), `partialMean(${t}; p=${p})`).toBeLessThan(1e-15);
    }
    expect(relativeError(geometricLogPmf(1, p), Math.log(p)), `logPmf(1; p=${p})`).toBeLessThan(1e-15);
    expect(relativeError(geometricLogCdf(1, p), Math.log(p)), `logCdf(1; p=${p})`).toBeLessThan(1e-15);
    expect(relativeError(geometric({ p }).cdf(1), p), `cdf(1; p=${p})`).toBeLessThan(1e-15);
    expect(relativeError(geometric({ p }).massAt(2), p * (1 - p)), `massAt(2; p=${p})`).toBeLessThan(1e-15);
    expect(geometricLogPmf(2.5, p), `logPmf(2.5; p=${p})`).toBe(-Infinity);
    expect(geometricLogSf(Infinity, p), `logSf(∞; p=${p})`).toBe(-Infinity);
    expect(relativeError(geometric({ p }).logCdf(2), Math.log(p * (2 - p))), `law logCdf(2; p=${p})`).toBeLessThan(1e-15);
    expect(geometricLogCdf(Infinity, p) === 0, `logCdf(∞; p=${p}) = ±0`).toBe(true);
    expect(geometricLogPartialMean(Infinity, p), `logPartialMean(∞; p=${p})`).toEqual(SIGNED_ZERO);
    expect(geometricTailMean(Infinity, p), `tailMean(∞; p=${p})`).toBeNaN();
    expect(geometricTailMean(-5, p), `tailMean(−5; p=${p})`).toBe(1 / p);
    // E[X·1{X > 3}] for p = ½ is (1/8)(3 + 2)
    expect(relativeError(geometric({ p: 0.5 }).partialMean(3), 0.625), 'partialMean(3; p=0.5)').toBeLessThan(1e-15);
  });

  it('p = 1: support {1}, bounded right tail, point-mass kernels', () => {
    const d = geometric({ p: 1 });
    expect(d.support, 'support of p=1').toEqual({ lower: 1, upper: 1, kind: 'discrete' });
    expect(geometric({ p: 0.5 }).support, 'support of p=0.5').toEqual({ lower: 1, upper: Infinity, kind: 'discrete' });
    expect(d.tails.left.bounded && d.tails.right.bounded, 'tails of p=1 bounded').toBe(true);
    expect(geometric({ p: 0.5 }).tails.left.bounded, 'left tail of p=0.5 bounded').toBe(true);
    expect(geometric({ p: 0.5 }).tails.right.tailClass, 'right tail of p=0.5').toBe('light');
    expect(geometricLogPmf(2, 1), 'logPmf(2; p=1)').toBe(-Infinity);
    expect(geometricLogCdf(1, 1) === 0, 'logCdf(1; p=1) = ±0').toBe(true);
    expect(geometricLogPartialMean(1, 1), 'logPartialMean(1; p=1)').toEqual(SIGNED_ZERO);
    expect(geometricLogPartialMean(0.5, 1), 'logPartialMean(0.5; p=1)').toEqual({ log: 0, sign: 1 });
    for (const t of [1, 1.5, 7]) expect(geometricTailMean(t, 1), `tailMean(${t}; p=1)`).toBeNaN();
    expect(geometricTailMean(0.5, 1), 'tailMean(0.5; p=1)').toBe(1);
    expect(geometricLogMgf(Infinity, 1), 'logMgf(∞; p=1)').toBe(Infinity);
    expect(geometricLogMgf(-Infinity, 1), 'logMgf(−∞; p=1)').toBe(-Infinity);
    for (const u of [0, 0.5, 1]) expect(geometricQuantile(u, 1), `quantile(${u}; p=1)`).toBe(1);
  });
});

describe('geometric: quantile', () => {
  it('u = 0 gives 1, u = 1 gives ∞, u outside [0, 1] gives NaN', () => {
    for (const p of [0.3, 1e-9]) {
      expect(geometricQuantile(0, p), `quantile(0; p=${p})`).toBe(1);
      expect(geometricQuantile(1, p), `quantile(1; p=${p})`).toBe(Infinity);
      for (const u of [-1e-300, -1, 1 + 2 ** -52, 2]) expect(geometricQuantile(u, p), `quantile(${u}; p=${p})`).toBeNaN();
    }
  });

  /**
   * [u, p, n]: n = inf{k : 1 − (1−p)^k ≥ u}, checked in mpmath (50 digits) with the doubles u, p. The first
   * three need the upward step (⌈log(1−u)/log(1−p)⌉ is one short), the last the downward step.
   */
  const CORRECTED: [number, number, number][] = [
    [0.41368481554884806, 0.0038062931787460285, 141],
    [0.09096683721476549, 0.005594509925976924, 18],
    [0.372686013079439, 0.027057104356672735, 18],
    [2.40349722970385e-7, 4.0737245994038126e-9, 59],
  ];

  it('u ≤ p gives 1: P(X ≤ 1) = p exactly (0.25 gave 2 before: −expm1(log1p(−0.25)) rounds below 0.25)', () => {
    for (const p of [0.25, 0.42666482526769856, 0.2254288068319723, 0.75, 0.5, 1e-9]) {
      expect(geometricQuantile(p, p), `quantile(${p}; p=${p})`).toBe(1);
      expect(geometricQuantile(p * (1 + 2 ** -52), p), `quantile(${p}·(1 + 2^-52); p=${p})`).toBe(2);
    }
  });

  it('u = F(n) exactly (p = ½, u = 1 − 2^-n) gives n: the sf comparison includes equality', () => {
    for (const n of [2, 3, 4, 8, 16]) expect(geometricQuantile(1 - 2 ** -n, 0.5), `quantile(1 − 2^-${n}; p=0.5)`).toBe(n);
  });

  it('the one-step corrections against rounding give the mpmath answer', () => {
    for (const [u, p, n] of CORRECTED) expect(geometricQuantile(u, p), `quantile(${u}; p=${p})`).toBe(n);
  });
});

describe('geometric: MGF', () => {
  it('near the pole λ₊ = log 2 (p = ½) and far left (mpmath, 40 digits)', () => {
    // [λ, log(p e^λ / (1 − (1−p) e^λ))] for p = ½, λ = the doubles log(2) − 1e-3, log(2) − 0.25
    for (const [lambda, ref] of [[0.6921471805599453, 6.907255237315446641921636], [0.4431471805599453, 1.258691549446032029262738]]) {
      expect(relativeError(geometricLogMgf(lambda, 0.5), ref), `logMgf(${lambda}; p=0.5)`).toBeLessThan(1e-14);
    }
    expect(relativeError(geometricLogMgf(-20, 0.01), -24.60517018394754925892322), 'logMgf(−20; p=0.01)').toBeLessThan(1e-14);
    expect(geometricLogMgf(-Infinity, 0.01), 'logMgf(−∞; p=0.01)').toBe(-Infinity);
    expect(geometricLogMgf(Infinity, 0.01), 'logMgf(∞; p=0.01)').toBe(Infinity);
    expect(geometricLogMgf(Math.LN2, 0.5), 'logMgf(log 2; p=0.5)').toBe(Infinity);
    expect(geometricLogMgf(0, 0.3), 'logMgf(0; p=0.3)').toBe(0);
    expect(geometric({ p: 0.5 }).mgfSup, 'mgfSup(p=0.5)').toBe(Math.LN2);
  });
});
