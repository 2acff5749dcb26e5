/**
 * Tests aimed at the mutants of mixture.ts that the other suites left alive (Stryker report
 * .scratch/mutation/mixture.json): the lower-tail recipes, the quantile bisection's routing and its
 * ordinal helpers, the tail-profile combination, Neumaier-compensated means, and the factory's messages.
 * References are from mpmath at 40 digits (expressions in the comments).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { build } from './build.ts';
import { logLowerPartialMean, lowerTailMean, registerLowerTailMean } from './lowerPartialMean.ts';
import { mixture, mixtureTail, quantileByBisection } from './mixture.ts';
import { normal } from './normal.ts';
import { pointMass } from './pointMass.ts';
import { exponentialTail, subexponentialTail } from './tails.ts';
import { uniform } from './uniform.ts';
import type { Distribution, DistributionSpec } from './types.ts';
import { relativeError } from '../numerics/tolerance.ts';

const mk = (components: unknown[], weights: number[]): Distribution =>
  build({ family: 'mixture', components, weights } as unknown as DistributionSpec);
const N01 = { family: 'normal', mu: 0, sigma: 1 };
const EXP1 = { family: 'exponential', rate: 1 };

describe('mixture: lower partial mean and lower tail mean (Σ w_k L_k, Σ π_k E[X_k | X_k < u])', () => {
  const m = mk([N01, EXP1], [0.4, 0.6]);
  it('match mpmath for 0.4·N(0,1) + 0.6·Exp(1) at u = 0.5 and u = −1', () => {
    // mpmath: L(½) = 0.4·(−φ(½)) + 0.6·(1 − e^{−½}(1 + ½)) = −0.08670372444708987235329175813066946934185
    const L = logLowerPartialMean(m, 0.5);
    expect(L.sign, `sign L(0.5) = ${L.sign}`).toBe(-1);
    expect(relativeError(L.log, -2.445258438251061743853934789475461939042), `log|L(0.5)| = ${L.log}`).toBeLessThan(1e-14);
    // mpmath: L(½) / (0.4·Φ(½) + 0.6·(1 − e^{−½})) = −0.1691230252979617024484617210941482136816
    const t = lowerTailMean(m, 0.5);
    expect(relativeError(t, -0.1691230252979617024484617210941482136816), `E[X | X < 0.5] = ${t}`).toBeLessThan(1e-14);
    // only the normal has mass below −1: mpmath −φ(−1)/Φ(−1) = −1.525135276160981209089090536390578713307
    const t1 = lowerTailMean(m, -1);
    expect(relativeError(t1, -1.525135276160981209089090536390578713307), `E[X | X < −1] = ${t1}`).toBeLessThan(1e-14);
  });
  it('is NaN at and below the lower end of the support, and NaN at u = ∞ when the mean is undefined', () => {
    const e = mk([EXP1, { family: 'exponential', rate: 2 }], [0.5, 0.5]);
    expect(lowerTailMean(e, 0), 'E[X | X < 0], Exp mixture').toBeNaN();
    expect(lowerTailMean(e, -1), 'E[X | X < −1], Exp mixture').toBeNaN();
    const c = mk([EXP1, { family: 'cauchy', loc: 0, scale: 1 }], [0.5, 0.5]);
    expect(lowerTailMean(c, Infinity), 'E[X | X < ∞], Exp + Cauchy').toBeNaN();
    expect(lowerTailMean(e, Infinity), 'E[X | X < ∞] = E[X] = 0.75, Exp(1) + Exp(2)').toBeCloseTo(0.75, 14);
  });
  it('far left (u = −5e299: every log P(X_k < u) is −∞) falls back to the finite component tail means', () => {
    // N(0,1) has E[X | X < u] = u to rounding there; Exp(1) has no mass below u (NaN) and must be ignored.
    const ne = mk([N01, EXP1], [0.5, 0.5]);
    expect(lowerTailMean(ne, -5e299), 'E[X | X < −5e299], N(0,1) + Exp(1)').toBe(-5e299);
    const ng = mk([N01, { family: 'gumbel', mu: 0, beta: 1 }], [0.3, 0.7]);
    expect(lowerTailMean(ng, -5e299), 'E[X | X < −5e299], N(0,1) + Gumbel(0,1)').toBe(-5e299);
    // No component with a finite value: NaN.
    const ee = mk([EXP1, { family: 'exponential', rate: 3 }], [0.5, 0.5]);
    expect(lowerTailMean(ee, -5e299), 'E[X | X < −5e299], Exp + Exp').toBeNaN();
  });
  it('far left with distinct component values: the midpoint of their hull', () => {
    // N(0, 1e-160) has log P(X < −1000) = −∞ in doubles (z² overflows). Registered closed-form tail means u − 1
    // and u − 5 stand in for components whose values differ there: Σ π_k m_k is in [u − 5, u − 1], midpoint u − 3.
    const a = normal({ mu: 0, sigma: 1e-160 });
    const b = normal({ mu: 0, sigma: 1e-160 });
    registerLowerTailMean(a, (u) => u - 1);
    registerLowerTailMean(b, (u) => u - 5);
    expect(a.logCdf(-1000), 'log P(N(0, 1e-160) < −1000)').toBe(-Infinity);
    const ab = mixture({ components: [a, b], weights: [0.3, 0.7] });
    expect(lowerTailMean(ab, -1000), 'E[X | X < −1000], stubbed tail means u−1 and u−5').toBe(-1003);
    const ba = mixture({ components: [b, a], weights: [0.7, 0.3] });
    expect(lowerTailMean(ba, -1000), 'E[X | X < −1000], components swapped').toBe(-1003);
  });
});

describe('quantileByBisection: routing, starts and ordinal helpers', () => {
  const never = (): number => {
    throw new Error('the other tail function must not be called');
  };
  const u01 = uniform({ a: 0, b: 1 });
  it('p ≤ ½ uses only log F ≥ log p; p > ½ only log F̄ ≤ log(1 − p)', () => {
    expect(quantileByBisection(0.5, (x) => u01.logCdf(x), never, u01.support), 'q(0.5), cdf only').toBe(0.5);
    expect(quantileByBisection(0.25, (x) => u01.logCdf(x), never, u01.support), 'q(0.25), cdf only').toBe(0.25);
    expect(quantileByBisection(0.75, never, (x) => u01.logSf(x), u01.support), 'q(0.75), sf only').toBe(0.75);
  });
  it('p = 0 gives support.lower whatever the functions return there', () => {
    const nan = (): number => NaN;
    expect(quantileByBisection(0, nan, nan, { lower: -3, upper: 5, kind: 'continuous' }), 'q(0), NaN functions').toBe(-3);
  });
  it('the atom where F̄ equals 1 − p exactly (F(1) = 0.75 for atoms ½·δ0 + ¼·δ1 + ¼·δ2)', () => {
    const m = mixture({ components: [pointMass({ x: 0 }), pointMass({ x: 1 }), pointMass({ x: 2 })], weights: [0.5, 0.25, 0.25] });
    expect(m.quantile(0.75), 'q(0.75)').toBe(1);
    expect(m.quantile(0.5), 'q(0.5)').toBe(0);
    expect(m.quantile(0.7500001), 'q(0.7500001)').toBe(2);
  });
  it('brackets with negative ends and +0: exact answers, +0 not −0', () => {
    const sym = mixture({ components: [pointMass({ x: -1 }), pointMass({ x: 0 })], weights: [0.5, 0.5] });
    expect(sym.quantile(0.75), 'q(0.75) of ½δ−1 + ½δ0').toBe(0); // toBe uses Object.is: −0 fails
    expect(sym.quantile(0.25), 'q(0.25) of ½δ−1 + ½δ0').toBe(-1);
    const neg = mixture({ components: [uniform({ a: -1, b: 0 }), uniform({ a: -2, b: 0 })], weights: [0.5, 0.5] });
    // F(x) = ½(x + 1) + ¼(x + 2) on [−1, 0]: F = ½ at x = −2/3, F = 0.9 at x = −2/15; F = 0.1 at x = −1.6 (only U(−2,0) there)
    expect(relativeError(neg.quantile(0.5), -2 / 3), `q(0.5) = ${neg.quantile(0.5)}`).toBeLessThan(1e-15);
    expect(relativeError(neg.quantile(0.1), -1.6), `q(0.1) = ${neg.quantile(0.1)}`).toBeLessThan(1e-15);
    expect(relativeError(neg.quantile(0.9), -2 / 15), `q(0.9) = ${neg.quantile(0.9)}`).toBeLessThan(1e-14);
  });
});

describe('mixtureTail: heavy flags come from heavy components only', () => {
  it('a light component tied at powerIndex ∞ does not spoil a lognormal-type long tail (right and left)', () => {
    const t = mixtureTail([subexponentialTail(), exponentialTail(1)]);
    expect(t).toMatchObject({ mgfSup: 0, tailClass: 'heavy', longTailed: true, subexponential: true, powerIndex: Infinity });
    const m = mk([{ family: 'lognormal', mu: 0, sigma: 1 }, EXP1], [0.5, 0.5]);
    expect(m.tails.right).toMatchObject({ tailClass: 'heavy', longTailed: true, subexponential: true });
    // left: N(0,1) (λ₊ = ∞) with Laplace(b = 2) (λ₊ = ½): λ₊ = ½, light, not long-tailed
    const l = mk([N01, { family: 'laplace', mu: 0, b: 2 }], [0.5, 0.5]);
    expect(l.tails.left).toMatchObject({ mgfSup: 0.5, tailClass: 'light', longTailed: false });
  });
});

describe('mixture moments: compensated mean, infinite means', () => {
  it('Σ w_k μ_k keeps the small term that plain summation loses (either order)', () => {
    const nm = (mu: number) => ({ family: 'normal', mu, sigma: 1 });
    // exact: 0.5·1 + 0.25·1e20 − 0.25·1e20 = 0.5 (plain left-to-right summation gives 0)
    expect(mk([nm(1), nm(1e20), nm(-1e20)], [0.5, 0.25, 0.25]).mean(), 'mean, small first').toBe(0.5);
    expect(mk([nm(1e20), nm(1), nm(-1e20)], [0.25, 0.5, 0.25]).mean(), 'mean, small middle').toBe(0.5);
  });
  it('variance is +∞ when two components have infinite means (no ∞ − ∞)', () => {
    const pp = mk([{ family: 'pareto', xm: 1, alpha: 0.5 }, { family: 'pareto', xm: 2, alpha: 0.8 }], [0.5, 0.5]);
    expect(pp.variance(), 'variance of Pareto(1, 0.5) + Pareto(2, 0.8)').toBe(Infinity);
  });
});

describe('mixture: NaN propagates through the partial means', () => {
  it('logPartialMean(NaN) is NaN (a component NaN is not dropped as zero)', () => {
    const m = mk([N01, EXP1], [0.4, 0.6]);
    expect(m.logPartialMean(NaN).log, 'log m(NaN)').toBeNaN();
    expect(logLowerPartialMean(m, NaN).log, 'log L(NaN)').toBeNaN();
  });
});

describe('mixture factory messages state the allowed values', () => {
  const e = normal({ mu: 0, sigma: 1 });
  const allowed = (f: () => unknown): string => {
    try {
      f();
    } catch (err) {
      if (err instanceof DomainError) return `${err.family}: ${err.allowed}`;
    }
    return '(no DomainError)';
  };
  it('names the family and what was expected', () => {
    expect(allowed(() => mixture({ components: [], weights: [] }))).toBe('mixture: a non-empty array of distributions');
    expect(allowed(() => mixture({ components: [e], weights: [0.5, 0.5] }))).toBe('mixture: an array of 1 weights');
    expect(allowed(() => mixture({ components: [e, e], weights: [1.5, -0.5] }))).toBe('mixture: finite numbers ≥ 0');
    expect(allowed(() => mixture({ components: [e, e], weights: [0.5, 0.6] }))).toBe('mixture: summing to 1 within 1e-12');
  });
});
