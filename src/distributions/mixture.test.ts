import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { build } from './build.ts';
import { seededRng } from '../numerics/rng.ts';
import { isClose, relativeError } from '../numerics/tolerance.ts';
import { boundedTail, exponentialTail, powerTail, subexponentialTail, superExponentialTail } from './tails.ts';
import { categorical } from './categorical.ts';
import { cauchy } from './cauchy.ts';
import { exponential } from './exponential.ts';
import { laplace } from './laplace.ts';
import { mixture, mixtureTail, quantileByBisection } from './mixture.ts';
import { pointMass } from './pointMass.ts';
import { uniform } from './uniform.ts';

const exp1 = exponential({ rate: 1 });
const exp05 = exponential({ rate: 0.5 });

describe('mixture: validation', () => {
  it('rejects empty components, mismatched lengths, negative weights and bad sums, naming the parameter', () => {
    expect(() => mixture({ components: [], weights: [] })).toThrow(/'components'/);
    expect(() => mixture({ components: [exp1], weights: [0.5, 0.5] })).toThrow(/'weights'/);
    expect(() => mixture({ components: [exp1, exp05], weights: [1.5, -0.5] })).toThrow(/'weights'/);
    expect(() => mixture({ components: [exp1, exp05], weights: [0.5, 0.5 + 1e-11] })).toThrow(DomainError);
    expect(() => mixture({ components: [exp1, exp05], weights: [0.5, NaN] })).toThrow(/'weights'/);
  });
  it('accepts sums within 1e-12 and keeps zero-weight components in the spec only', () => {
    const m = mixture({ components: [exp1, cauchy({ loc: 0, scale: 1 })], weights: [1 + 5e-13, 0] });
    expect(m.spec).toEqual({
      family: 'mixture', weights: [1 + 5e-13, 0],
      components: [{ family: 'exponential', rate: 1 }, { family: 'cauchy', loc: 0, scale: 1 }],
    });
    expect(m.tailClass).toBe('light');
    expect(m.mean()).toBeCloseTo(1, 14);
  });
});

describe('mixture: values against closed forms', () => {
  const m = mixture({ components: [exp1, exp05], weights: [0.99, 0.01] });
  it('far-tail logSf and log partial mean by log-sum-exp (no underflow)', () => {
    // mpmath: log(0.99 e^{-1e6} + 0.01 e^{-5e5}) = -500004.6051701859880913680359829093687284
    expect(relativeError(m.logSf(1e6), -500004.6051701859880913680359829093687284)).toBeLessThan(1e-15);
    // mpmath: log(0.99·1001·e^{-1000} + 0.01·1002·e^{-500}) = -497.6954169043432812599637547742432467767
    const pm = m.logPartialMean(1000);
    expect(pm.sign).toBe(1);
    expect(relativeError(pm.log, -497.6954169043432812599637547742432467767)).toBeLessThan(1e-15);
    expect(relativeError(m.tailMean(1000), 1002)).toBeLessThan(1e-12);
  });
  it('moments by the law of total variance, logMgf, tails', () => {
    expect(relativeError(m.mean(), 0.99 + 0.02)).toBeLessThan(1e-15);
    // Σw(σ²) + w1w2(μ1−μ2)² = 0.99 + 0.04 + 0.0099
    expect(relativeError(m.variance(), 0.99 + 0.04 + 0.0099)).toBeLessThan(1e-14);
    expect(relativeError(m.logMgf(0.25), Math.log(0.99 / 0.75 + 0.01 / 0.5))).toBeLessThan(1e-15);
    expect(m.logMgf(0.5)).toBe(Infinity);
    expect(m.mgfSup).toBe(0.5);
    expect(m.tailClass).toBe('light');
    expect(m.support).toEqual({ lower: 0, upper: Infinity, kind: 'continuous' });
  });
  it('mixed support: atoms and density together', () => {
    const mx = mixture({ components: [categorical({ values: [0, 1, 2], probs: [0.25, 0.5, 0.25] }), uniform({ a: 0, b: 1 })], weights: [0.5, 0.5] });
    expect(mx.support).toEqual({ lower: 0, upper: 2, kind: 'mixed' });
    expect(mx.massAt(1)).toBe(0.25);
    expect(mx.pdf(0.5)).toBeCloseTo(0.5, 15); // continuous part only
    expect(mx.quantile(0.125)).toBe(0);
    expect(mx.quantile(0.125 + 1e-12)).toBeCloseTo(2e-12, 15); // F = 0.125 + x/2 is resolved to ~1e-17 absolute
    expect(relativeError(mx.quantile(0.3), 0.35)).toBeLessThan(1e-14);
    expect(mx.quantile(0.625)).toBe(1);
    expect(mx.quantile(0.8751)).toBe(2);
    expect(mx.mean()).toBe(0.75);
    expect(relativeError(mx.variance(), 0.25 + 1 / 24 + 0.0625)).toBeLessThan(1e-15);
  });
  it('means: undefined anywhere, or +∞ with −∞, gives NaN', () => {
    const c = cauchy({ loc: 0, scale: 1 });
    expect(mixture({ components: [exp1, c], weights: [0.5, 0.5] }).mean()).toBeNaN();
    expect(mixture({ components: [exp1, c], weights: [0.5, 0.5] }).variance()).toBeNaN();
  });
  it('sample picks components by weight', () => {
    const mx = mixture({ components: [pointMass({ x: 0 }), pointMass({ x: 1 })], weights: [0.3, 0.7] });
    const rng = seededRng(7);
    let ones = 0;
    for (let i = 0; i < 20000; i++) ones += mx.sample(rng);
    // binomial sd = √(20000·0.21) ≈ 65; 5 sd
    expect(Math.abs(ones - 14000), `ones = ${ones}`).toBeLessThan(325);
  });
});

describe('mixtureTail', () => {
  it('takes λ₊ as the minimum and the heavy flags from the heaviest power', () => {
    const t = mixtureTail([exponentialTail(2), powerTail(3), powerTail(1.5), boundedTail()]);
    expect(t).toMatchObject({ mgfSup: 0, tailClass: 'heavy', powerIndex: 1.5, heavyPaper: true, longTailed: true, ratioLight: false, bounded: false });
    expect(mixtureTail([boundedTail(), superExponentialTail(true)])).toMatchObject({ tailClass: 'stronglyLight', ratioLight: true, bounded: false });
    expect(mixtureTail([exponentialTail(2), exponentialTail(0.5)])).toMatchObject({ mgfSup: 0.5, tailClass: 'light', longTailed: false, subexponential: false });
    const tie = mixtureTail([subexponentialTail(), { ...subexponentialTail(), subexponential: false }]);
    expect(tie.subexponential).toBe(false);
    expect(tie.heavyPaper).toBe(true);
  });
});

describe('quantileByBisection', () => {
  const lap = laplace({ mu: 1, b: 2 });
  test.prop([fc.double({ min: 1e-300, max: 1, noNaN: true })])('agrees with a closed-form quantile to 4 ulps (Laplace)', (p) => {
    const got = quantileByBisection(p, (x) => lap.logCdf(x), (x) => lap.logSf(x), lap.support);
    const want = lap.quantile(p);
    expect(isClose(got, want, { rel: 1e-15, abs: 1e-15 }), `p=${p}: ${got} vs ${want}`).toBe(true);
  });
  it('returns NaN outside [0, 1] and the support ends at 0 and 1', () => {
    const f = (x: number): number => exp1.logCdf(x);
    const g = (x: number): number => exp1.logSf(x);
    expect(quantileByBisection(-0.1, f, g, exp1.support)).toBeNaN();
    expect(quantileByBisection(NaN, f, g, exp1.support)).toBeNaN();
    expect(quantileByBisection(0, f, g, exp1.support)).toBe(0);
    expect(quantileByBisection(1, f, g, exp1.support)).toBe(Infinity);
  });
});

describe('mixture tail mean', () => {
  // References from mpmath at 40–50 digits: (Σ w_k m_k(t))/(Σ w_k F̄_k(t)) with the closed forms of claims.md §3,
  // and for Weibull E[X | X > t] = Γ(1 + 1/k, t^k)·e^{t^k} (λ = 1).
  it('is the weighted average of the components\' tail means (0.3·N(0,1) + 0.7·Exp(2) at t = 3)', () => {
    const m = build({ family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'exponential', rate: 2 }], weights: [0.3, 0.7] });
    expect(relativeError(m.tailMean(3), 3.458955854142163079844527), `tailMean(3) = ${m.tailMean(3)}`).toBeLessThan(1e-14);
  });
  it('stays exact where log F̄ is ~ −1e17 (Weibull k = 0.99 beside Exp(1) at t = 1.3335e17; the log ratio was 5000× off)', () => {
    const m = build({ family: 'mixture', components: [{ family: 'weibull', k: 0.99, lambda: 1 }, { family: 'exponential', rate: 1 }], weights: [0.5, 0.5] });
    expect(relativeError(m.tailMean(1.3335e17), 133350000000000001.498355), `tailMean = ${m.tailMean(1.3335e17)}`).toBeLessThan(1e-14);
  });
  it('is NaN above every component\'s support and +∞ when a component with mass above t has an infinite tail mean', () => {
    const m = build({ family: 'mixture', components: [{ family: 'uniform', a: 0, b: 1 }, { family: 'uniform', a: 0, b: 2 }], weights: [0.5, 0.5] });
    expect(m.tailMean(3)).toBeNaN();
    expect(relativeError(m.tailMean(1.5), 1.75)).toBeLessThan(1e-15);
    const heavy = build({ family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'pareto', xm: 1, alpha: 0.5 }], weights: [0.5, 0.5] });
    expect(heavy.tailMean(2)).toBe(Infinity);
  });
});
