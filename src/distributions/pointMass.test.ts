import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { relativeError } from '../numerics/tolerance.ts';
import {
  pointMass,
  pointMassLogCdf,
  pointMassLogMgf,
  pointMassLogPartialMean,
  pointMassLogPmf,
  pointMassLogSf,
  pointMassMassAt,
  pointMassQuantile,
  pointMassTailMean,
  pointMassTiltMean,
} from './pointMass.ts';

/** Finite doubles without subnormals (partialMean goes through e^{log|x|}, inexact there). */
const finite = fc.double({ min: -1e300, max: 1e300, noNaN: true }).map((v) => (Math.abs(v) < 1e-300 ? 0 : v));

describe('pointMass: the law of a constant', () => {
  it('spec, support, tails', () => {
    const d = pointMass({ x: -2.5 });
    expect(d.spec).toEqual({ family: 'pointMass', x: -2.5 });
    expect(d.support).toEqual({ lower: -2.5, upper: -2.5, kind: 'discrete' });
    expect(d.tails.right.bounded).toBe(true);
    expect(d.tails.left.bounded).toBe(true);
    expect(d.mgfSup).toBe(Infinity);
    expect(d.mean()).toBe(-2.5);
    expect(d.variance()).toBe(0);
  });
  it('pmf, mass, cdf and survival at, below and above x', () => {
    expect(pointMassLogPmf(3, 3)).toBe(0);
    expect(pointMassLogPmf(3.0000000000000004, 3)).toBe(-Infinity);
    expect(pointMassMassAt(3, 3)).toBe(1);
    expect(pointMassMassAt(2.9999999999999996, 3)).toBe(0);
    expect(pointMassLogSf(3, 3)).toBe(-Infinity);
    expect(pointMassLogSf(2.9999999999999996, 3)).toBe(0);
    expect(pointMassLogCdf(3, 3)).toBe(0);
    expect(pointMassLogCdf(2.9999999999999996, 3)).toBe(-Infinity);
    const d = pointMass({ x: 3 });
    expect(d.pdf(3)).toBe(1);
    expect(d.massAt(3)).toBe(1);
    expect(d.cdf(3)).toBe(1);
    expect(d.sf(3)).toBe(0);
  });
  it('partial mean and tail mean, signed', () => {
    expect(pointMassLogPartialMean(-5, -2)).toEqual({ log: Math.log(2), sign: -1 });
    expect(pointMassLogPartialMean(-2, -2).sign).toBe(0);
    expect(pointMassLogPartialMean(-5, 0).sign).toBe(0);
    expect(pointMassTailMean(-5, -2)).toBe(-2);
    expect(pointMassTailMean(-2, -2)).toBeNaN();
    expect(pointMass({ x: 4 }).partialMean(1)).toBe(4);
  });
  it('MGF and tilt', () => {
    expect(pointMassLogMgf(0.5, -4)).toBe(-2);
    expect(pointMassLogMgf(0, 1e300)).toBe(0);
    expect(pointMassLogMgf(Infinity, 0)).toBe(0);
    expect(pointMassLogMgf(1e10, 1e300)).toBe(Infinity);
    expect(pointMassTiltMean(123, 7)).toBe(7);
  });
  it('total kernels and DomainError', () => {
    expect(pointMassLogSf(NaN, 1)).toBeNaN();
    expect(pointMassLogSf(0, NaN)).toBeNaN();
    expect(pointMassQuantile(1.5, 1)).toBeNaN();
    expect(pointMassLogPartialMean(0, Infinity).log).toBeNaN();
    // every kernel is NaN for a NaN argument and for a non-finite atom, whatever the other argument
    const kernels = { pointMassLogPmf, pointMassMassAt, pointMassLogSf, pointMassLogCdf, pointMassTailMean, pointMassLogMgf, pointMassTiltMean };
    for (const [name, k] of Object.entries(kernels)) {
      expect(k(NaN, 1), `${name}(NaN; x=1)`).toBeNaN();
      for (const x of [NaN, Infinity, -Infinity]) expect(k(0, x), `${name}(0; x=${x})`).toBeNaN();
    }
    expect(pointMassLogPartialMean(NaN, 1).log).toBeNaN();
    expect(pointMassQuantile(-0.5, 1)).toBeNaN();
    expect(pointMassQuantile(0, 3)).toBe(3);
    expect(pointMassQuantile(1, 3), 'p = 1 is in the domain').toBe(3);
    expect(pointMassQuantile(0.5, Infinity)).toBeNaN();
    expect(pointMass({ x: 2 }).tailMean(1)).toBe(2);
    expect(pointMass({ x: 2 }).tailMean(2)).toBeNaN();
    for (const x of [NaN, Infinity, -Infinity]) {
      expect(() => pointMass({ x }), `pointMass(x=${x})`).toThrow(DomainError);
      expect(() => pointMass({ x }), `pointMass(x=${x})`).toThrow(/'x'/);
      expect(() => pointMass({ x }), `pointMass(x=${x}) names the family`).toThrow(/pointMass/);
    }
  });
  /** [x, t] with t = x in about a third of the cases, so the atom itself is probed. */
  const atAndAround = fc.tuple(finite, finite, fc.integer({ min: 0, max: 2 })).map(([x, t, k]) => [x, k === 0 ? x : t] as const);
  test.prop([atAndAround, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2 ** 31 - 1 })])(
    'quantile, sample, cdf + sf = 1 and mean = pm + lower',
    ([x, t], p, seed) => {
      const d = pointMass({ x });
      const label = `(p=${p}, t=${t}; x=${x})`;
      expect(d.quantile(p), `quantile${label}`).toBe(x);
      expect(d.sample(seededRng(seed)), `sample(seed=${seed})${label}`).toBe(x);
      expect(d.cdf(t) + d.sf(t), `cdf+sf${label}`).toBe(1);
      // partialMean = e^{log|x|}·sign: a few ulps × |log|x|| of rounding
      const pmPlusLower = d.partialMean(t) + (t >= x ? x : 0);
      expect(relativeError(pmPlusLower, x), `pm+lower${label}`).toBeLessThanOrEqual(1e-13);
    },
  );
});
