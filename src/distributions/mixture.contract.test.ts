/**
 * Contracts of mixture.ts: the DomainError for each malformed argument, the tail-profile and support rules
 * (claims.md §1), the conventions for undefined and divergent moments, the generalised inverse by
 * bisection on doubles at its edges, and sampling by cumulative weight.
 */
import { describe, it, expect } from 'vitest';
import { DomainError } from '../errors.ts';
import { relativeError } from '../numerics/tolerance.ts';
import { cauchy } from './cauchy.ts';
import { categorical } from './categorical.ts';
import { exponential } from './exponential.ts';
import { lomax } from './lomax.ts';
import { mixture, mixtureSupport, mixtureTail, quantileByBisection, WEIGHT_SUM_TOLERANCE } from './mixture.ts';
import { pointMass } from './pointMass.ts';
import { boundedTail, exponentialTail, powerTail, subexponentialTail, superExponentialTail } from './tails.ts';
import { uniform } from './uniform.ts';
import { thrownDomainError } from '../testing/domainError.ts';

const exp1 = exponential({ rate: 1 });
const exp2 = exponential({ rate: 2 });

describe('mixture: validation', () => {
  it('names components / weights with the allowed range', () => {
    expect(thrownDomainError(() => mixture({ components: 'x' as never, weights: [1] })).parameter).toBe('components');
    expect(thrownDomainError(() => mixture({ components: [], weights: [] })).allowed).toBe('a non-empty array of distributions');
    expect(thrownDomainError(() => mixture({ components: [exp1], weights: 1 as never })).allowed).toBe('an array of 1 weights');
    expect(thrownDomainError(() => mixture({ components: [exp1, exp2], weights: [1] })).allowed).toBe('an array of 2 weights');
    for (const weights of [[0.5, '0.5'], [1.5, -0.5], [Infinity, 0], [NaN, 1]] as never[])
      expect(thrownDomainError(() => mixture({ components: [exp1, exp2], weights })).allowed, JSON.stringify(weights)).toBe('finite numbers ≥ 0');
    expect(thrownDomainError(() => mixture({ components: [exp1, exp2], weights: [0.5, 0.5 + 2 * WEIGHT_SUM_TOLERANCE] })).allowed).toBe(`summing to 1 within ${WEIGHT_SUM_TOLERANCE}`);
    expect(thrownDomainError(() => mixture({ components: [exp1, exp2], weights: [0.5, 0.5 - 2 * WEIGHT_SUM_TOLERANCE] })).parameter).toBe('weights');
    expect(mixture({ components: [exp1, exp2], weights: [0.5, 0.5 - WEIGHT_SUM_TOLERANCE / 2] }).spec.family).toBe('mixture');
  });
});

describe('mixtureTail and mixtureSupport', () => {
  it('λ₊ is the minimum; the class follows; bounded and ratioLight need all', () => {
    const t = mixtureTail([exponentialTail(2), exponentialTail(0.5), superExponentialTail(true)]);
    expect(t).toMatchObject({ mgfSup: 0.5, tailClass: 'light', heavyPaper: false, longTailed: false, subexponential: false, ratioLight: false, bounded: false });
    expect(mixtureTail([boundedTail(), superExponentialTail(true)])).toMatchObject({ mgfSup: Infinity, tailClass: 'stronglyLight', ratioLight: true, bounded: false });
    expect(mixtureTail([boundedTail(), boundedTail()])).toMatchObject({ bounded: true, ratioLight: true });
  });
  it('the heaviest power tail dominates: powerIndex is the minimum; a light component does not spoil long-tailedness', () => {
    const t = mixtureTail([powerTail(3), powerTail(1.5), exponentialTail(1)]);
    expect(t).toMatchObject({ mgfSup: 0, tailClass: 'heavy', heavyPaper: true, longTailed: true, subexponential: true, powerIndex: 1.5 });
  });
  it('ties at the smallest heavy index: longTailed/subexponential only if all tied have them', () => {
    const odd = { ...subexponentialTail(), longTailed: false, subexponential: false };
    expect(mixtureTail([subexponentialTail(), odd])).toMatchObject({ heavyPaper: true, longTailed: false, subexponential: false, powerIndex: Infinity });
    expect(mixtureTail([subexponentialTail(), subexponentialTail()])).toMatchObject({ longTailed: true, subexponential: true });
    // a heavier power tail is the dominant one, and it is long-tailed even if the tied lighter heavy one is not
    expect(mixtureTail([powerTail(2), odd])).toMatchObject({ longTailed: true, subexponential: true, powerIndex: 2 });
  });
  it('support is the hull; kind is shared or mixed', () => {
    expect(mixtureSupport([{ lower: 0, upper: 1, kind: 'continuous' }, { lower: -2, upper: 0.5, kind: 'continuous' }])).toEqual({ lower: -2, upper: 1, kind: 'continuous' });
    expect(mixtureSupport([{ lower: 0, upper: 3, kind: 'discrete' }, { lower: 1, upper: 5, kind: 'discrete' }])).toEqual({ lower: 0, upper: 5, kind: 'discrete' });
    expect(mixtureSupport([{ lower: 0, upper: 3, kind: 'discrete' }, { lower: 1, upper: 2, kind: 'continuous' }])).toEqual({ lower: 0, upper: 3, kind: 'mixed' });
  });
});

describe('mixture: moments and MGF conventions', () => {
  it('mean Σ w μ; undefined (NaN) with a Cauchy component, +∞ with an infinite-mean component', () => {
    expect(relativeError(mixture({ components: [exp1, exp2], weights: [0.25, 0.75] }).mean(), 0.25 + 0.375)).toBeLessThanOrEqual(2e-16);
    expect(mixture({ components: [exp1, cauchy({ loc: 0, scale: 1 })], weights: [0.5, 0.5] }).mean()).toBeNaN();
    expect(mixture({ components: [exp1, lomax({ alpha: 1, scale: 1 })], weights: [0.5, 0.5] }).mean()).toBe(Infinity);
  });
  it('variance: law of total variance, NaN when the mean is undefined, +∞ when a variance or mean diverges', () => {
    const v = mixture({ components: [pointMass({ x: -1 }), pointMass({ x: 3 })], weights: [0.25, 0.75] }).variance();
    expect(relativeError(v, 0.25 * 0.75 * 16), `variance ${v}`).toBeLessThanOrEqual(4e-16);
    expect(mixture({ components: [exp1, cauchy({ loc: 0, scale: 1 })], weights: [0.5, 0.5] }).variance()).toBeNaN();
    expect(mixture({ components: [exp1, lomax({ alpha: 1.5, scale: 1 })], weights: [0.5, 0.5] }).variance()).toBe(Infinity);
    expect(mixture({ components: [exp1, lomax({ alpha: 1, scale: 1 })], weights: [0.5, 0.5] }).variance()).toBe(Infinity);
  });
  it('log MGF: 0 at λ = 0 even with a heavy component; log Σ w M(λ) otherwise', () => {
    const m = mixture({ components: [exp1, lomax({ alpha: 2, scale: 1 })], weights: [0.5, 0.5] });
    expect(m.logMgf(0)).toBe(0);
    expect(m.logMgf(0.1)).toBe(Infinity);
    const e = mixture({ components: [exp1, exp2], weights: [0.5, 0.5] });
    expect(relativeError(e.logMgf(-1), Math.log(0.5 * 0.5 + 0.5 * (2 / 3)))).toBeLessThanOrEqual(1e-15);
  });
  it('massAt sums the weighted atoms; logPdf of a mixed law is the continuous part only', () => {
    const m = mixture({ components: [pointMass({ x: 0.5 }), uniform({ a: 0, b: 1 })], weights: [0.25, 0.75] });
    expect(m.massAt(0.5)).toBe(0.25);
    expect(m.massAt(0.25)).toBe(0);
    expect(relativeError(m.logPdf(0.5), Math.log(0.75))).toBeLessThanOrEqual(2e-16);
    const d = mixture({ components: [pointMass({ x: 1 }), categorical({ values: [1, 2], probs: [0.5, 0.5] })], weights: [0.5, 0.5] });
    expect(relativeError(d.logPdf(1), Math.log(0.75)), 'all discrete: logPdf is the log pmf').toBeLessThanOrEqual(2e-16);
  });
});

describe('quantileByBisection and sampling', () => {
  const m = mixture({ components: [pointMass({ x: 0 }), pointMass({ x: 1 })], weights: [0.5, 0.5] });
  it('generalised inverse: the atoms exactly, support ends at p = 0 and 1, NaN outside [0, 1]', () => {
    expect(m.quantile(0)).toBe(0);
    expect(m.quantile(0.25)).toBe(0);
    expect(m.quantile(0.5)).toBe(0);
    expect(m.quantile(0.5000001)).toBe(1);
    expect(m.quantile(1)).toBe(1);
    for (const p of [-0.1, 1.1, NaN]) expect(m.quantile(p), `quantile(${p})`).toBeNaN();
  });
  it('continuous: within one double of the exact quantile in both halves', () => {
    const e = mixture({ components: [exp1], weights: [1] });
    for (const p of [1e-10, 0.3, 0.9, 1 - 1e-12]) {
      const x = quantileByBisection(p, (t) => e.logCdf(t), (t) => e.logSf(t), e.support);
      expect(relativeError(x, -Math.log1p(-p)), `p=${p}: ${x}`).toBeLessThanOrEqual(1e-14);
    }
    expect(quantileByBisection(1, (t) => e.logCdf(t), (t) => e.logSf(t), e.support)).toBe(Infinity);
  });
  it('sample picks component k when u falls in [Σ_{j<k} w_j, Σ_{j≤k} w_j), the last one at u ≥ the rounded total', () => {
    const three = mixture({ components: [pointMass({ x: 10 }), pointMass({ x: 20 }), pointMass({ x: 30 })], weights: [0.25, 0.25, 0.5] });
    const fixed = (u: number) => () => u;
    expect(three.sample(fixed(0))).toBe(10);
    expect(three.sample(fixed(0.2499))).toBe(10);
    expect(three.sample(fixed(0.25))).toBe(20);
    expect(three.sample(fixed(0.4999))).toBe(20);
    expect(three.sample(fixed(0.5))).toBe(30);
    expect(three.sample(fixed(0.99))).toBe(30);
    expect(three.sample(fixed(1))).toBe(30);
  });
});
