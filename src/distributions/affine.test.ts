import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { isClose, relativeError } from '../numerics/tolerance.ts';
import { build } from './build.ts';
import { affine } from './affine.ts';
import { categorical } from './categorical.ts';
import { exponential } from './exponential.ts';
import { laplace } from './laplace.ts';
import { pareto } from './pareto.ts';
import { pointMass } from './pointMass.ts';

const exp1 = exponential({ rate: 1 });

describe('affine: validation', () => {
  it.each([0, NaN, Infinity, -Infinity, '2'])('rejects scale %s naming scale', (scale) => {
    expect(() => affine({ base: exp1, loc: 0, scale: scale as number })).toThrow(DomainError);
    expect(() => affine({ base: exp1, loc: 0, scale: scale as number })).toThrow(/'scale'/);
  });
  it.each([NaN, Infinity])('rejects loc %s naming loc', (loc) => {
    expect(() => affine({ base: exp1, loc, scale: 1 })).toThrow(/'loc'/);
  });
  it('rejects a base that is not a built distribution', () => {
    expect(() => affine({ base: { family: 'exponential', rate: 1 } as never, loc: 0, scale: 1 })).toThrow(/'base'/);
  });
  it('records the spec with the base spec nested', () => {
    expect(affine({ base: exp1, loc: 2, scale: -3 }).spec).toEqual({
      family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 2, scale: -3,
    });
  });
});

describe('affine: Y = 2 + 3X, X ~ Exp(1)', () => {
  const y = affine({ base: exp1, loc: 2, scale: 3 });
  it('support, tails, moments', () => {
    expect(y.support).toEqual({ lower: 2, upper: Infinity, kind: 'continuous' });
    expect(y.mgfSup).toBe(1 / 3);
    expect(y.tails.left.bounded).toBe(true);
    expect(y.mean()).toBe(5);
    expect(y.variance()).toBe(9);
  });
  it('sf, partial mean and logMgf against closed forms', () => {
    expect(relativeError(y.sf(5), Math.exp(-1))).toBeLessThan(1e-15);
    // E[(2+3X)·1{X>1}] = 2e^{-1} + 3·2e^{-1} = 8/e; mpmath: 2.943035529371538572764190161291686939566
    expect(relativeError(y.partialMean(5), 2.943035529371538572764190161291686939566)).toBeLessThan(1e-15);
    // 0.2 + log(1/(1 − 0.3)); mpmath: 0.556674943938732378912638711241184477964
    expect(relativeError(y.logMgf(0.1), 0.556674943938732378912638711241184477964)).toBeLessThan(1e-15);
    expect(y.logMgf(1 / 3 + 1e-9)).toBe(Infinity);
    expect(y.logPdf(5)).toBeCloseTo(-1 - Math.log(3), 15);
  });
});

describe('affine: reflection Y = −X, X ~ Exp(1)', () => {
  const y = affine({ base: exp1, loc: 0, scale: -1 });
  it('swaps the tails and flips the support', () => {
    expect(y.support).toEqual({ lower: -Infinity, upper: 0, kind: 'continuous' });
    expect(y.tails.right.bounded).toBe(true);
    expect(y.tails.left.mgfSup).toBe(1);
    expect(y.tailClass).toBe('stronglyLight');
    expect(y.logMgf(-0.5)).toBeCloseTo(Math.log(2), 15);
    expect(y.logMgf(5)).toBeCloseTo(-Math.log(6), 15);
    expect(y.logMgf(-1)).toBe(Infinity);
  });
  it('sf(t) = P(X < −t) and quantiles in both halves', () => {
    expect(relativeError(y.sf(-1), -Math.expm1(-1))).toBeLessThan(1e-15);
    expect(relativeError(y.cdf(-1), Math.exp(-1))).toBeLessThan(1e-15);
    expect(relativeError(y.quantile(0.3), Math.log(0.3))).toBeLessThan(1e-15);
    expect(relativeError(y.quantile(1e-300), Math.log(1e-300))).toBeLessThan(1e-15);
    expect(y.quantile(1) === 0, `quantile(1) = ${y.quantile(1)}`).toBe(true);
  });
  it('partial mean: by difference in the body, by quadrature where the difference cancels', () => {
    // −E[X·1{X < 1}] = −(1 − 2/e)
    expect(relativeError(y.partialMean(-1), -(1 - 2 * Math.exp(-1)))).toBeLessThan(1e-14);
    // −E[X·1{X < 1e-3}] = −(1 − 1.001·e^{−0.001}); mpmath: -4.996667916333402765874751763693229505766e-7
    expect(relativeError(y.partialMean(-1e-3), -4.996667916333402765874751763693229505766e-7)).toBeLessThan(1e-12);
    // u = 1e-6: μ − m(u) would lose 6 digits; mpmath: -4.999996666667916666333333402737399232708e-13
    expect(relativeError(y.partialMean(-1e-6), -4.999996666667916666333333402737399232708e-13)).toBeLessThan(1e-12);
    // Exp(3): log m(u) ≈ log(1/3) carries an absolute error ~1e-16, so μ − m(u) would keep only ~5 digits;
    // mpmath: −(1 − (1 + 3e-6)e^{−3e-6})/3 = -1.499997000003374997300001687502724240743e-12
    const y3 = affine({ base: exponential({ rate: 3 }), loc: 0, scale: -1 });
    expect(relativeError(y3.partialMean(-1e-6), -1.499997000003374997300001687502724240743e-12)).toBeLessThan(1e-12);
    expect(y.partialMean(1)).toBe(0);
  });
  it('reflected Pareto with infinite mean: E[X·1{X < u}] = √u − 1 by quadrature', () => {
    const r = affine({ base: pareto({ xm: 1, alpha: 0.5 }), loc: 0, scale: -1 });
    expect(r.mean()).toBe(-Infinity);
    expect(r.tailClass).toBe('stronglyLight');
    expect(r.tails.left.powerIndex).toBe(0.5);
    expect(relativeError(r.partialMean(-4), -1)).toBeLessThan(1e-12);
    // mpmath: −(√1.000001 − 1) = -4.999998750000624999609375273437294856096e-7
    expect(relativeError(r.partialMean(-1.000001), -4.999998750000624999609375273437294856096e-7)).toBeLessThan(1e-9);
    expect(r.partialMean(-Infinity)).toBe(-Infinity);
  });
  test.prop([fc.double({ min: -50, max: -1e-6, noNaN: true })])('partialMean(t) = −(1 − (1 + u)e^{−u}) with u = −t', (t) => {
    const u = -t;
    const expected = -(-Math.expm1(-u) - u * Math.exp(-u));
    const got = y.partialMean(t);
    const ok = isClose(got, expected, { rel: 1e-9, abs: 1e-300 });
    expect(ok, `partialMean(${t}) = ${got}, expected ${expected}`).toBe(true);
  });
});

describe('affine: reflected discrete base', () => {
  const x = categorical({ values: [0, 1, 2], probs: [0.25, 0.5, 0.25] });
  const y = affine({ base: x, loc: 1, scale: -2 }); // atoms 1, −1, −3
  it('atoms, cdf with the atom included, sf without', () => {
    expect(y.support).toEqual({ lower: -3, upper: 1, kind: 'discrete' });
    expect(y.massAt(-1)).toBe(0.5);
    expect(y.logPdf(-1)).toBe(Math.log(0.5));
    expect(y.cdf(-1)).toBe(0.75);
    expect(y.sf(-1)).toBe(0.25);
    expect(y.sf(-3)).toBe(0.75);
  });
  it('quantile is the generalised inverse, landing exactly on atoms', () => {
    const ps = [0, 0.1, 0.25, 0.5, 0.75, 0.7500001, 1];
    expect(ps.map((p) => y.quantile(p))).toEqual([-3, -3, -3, -1, -1, 1, 1]);
  });
  it('partial mean and mean', () => {
    expect(y.mean()).toBe(-1);
    expect(relativeError(y.partialMean(-2), 0.25 - 0.5)).toBeLessThan(1e-15);
    expect(y.partialMean(-3.5)).toBeCloseTo(-1, 15);
  });
});

describe('affine: properties', () => {
  const base = laplace({ mu: 0.5, b: 2 });
  test.prop([
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ min: 0.1, max: 10, noNaN: true }),
    fc.boolean(),
    fc.double({ min: -30, max: 30, noNaN: true }),
  ])('sf + cdf = 1 and sf matches the base through u = (t − loc)/scale', (loc, a, neg, t) => {
    const scale = neg ? -a : a;
    const y = affine({ base, loc, scale });
    const u = (t - loc) / scale;
    const expectedSf = neg ? base.cdf(u) : base.sf(u);
    expect(isClose(y.sf(t) + y.cdf(t), 1, { abs: 1e-14 }), `sf+cdf at t=${t}; loc=${loc}, scale=${scale}`).toBe(true);
    expect(isClose(y.sf(t), expectedSf, { rel: 1e-14, abs: 1e-300 }), `sf(${t}); loc=${loc}, scale=${scale}`).toBe(true);
  });
  test.prop([fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })])(
    'a pointMass moves to loc + scale·x',
    (loc, x) => {
      const y = affine({ base: pointMass({ x: 3 }), loc, scale: -2 });
      const atom = loc - 6;
      expect(y.quantile(0.5), `quantile(0.5); loc=${loc}`).toBe(atom);
      expect(y.mean(), `mean; loc=${loc}`).toBe(atom);
      expect(y.sf(x), `sf(${x}); loc=${loc}`).toBe(atom > x ? 1 : 0);
    },
  );
});

describe('affine tail mean', () => {
  it('is loc + scale·E[X | X > (t − loc)/scale] from the base\'s own tail mean (5 + 2·Weibull(0.99) at t = 5 + 2e17; mpmath: 5 + 2·Γ(1 + 1/k, x^k)·e^{x^k})', () => {
    const y = build({ family: 'affine', base: { family: 'weibull', k: 0.99, lambda: 1 }, loc: 5, scale: 2 });
    expect(relativeError(y.tailMean(5 + 2e17), 200000000000000007.9880978), `tailMean = ${y.tailMean(5 + 2e17)}`).toBeLessThan(1e-14);
  });
});
