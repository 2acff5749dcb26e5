/**
 * Edge properties of the categorical law found by mutation testing (issue 2): totality of the kernels,
 * agreement of the kernels' validity with the factory's, normalisation by the sum of the weights, merged and
 * dropped atoms, exact 0 for the full mass, the zero atom in the partial mean and the MGF, quantile ties.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { SIGNED_ZERO } from '../numerics/logspace.ts';
import { categorical, categoricalAtoms, categoricalLogCdf, categoricalLogMgf, categoricalLogPartialMean, categoricalLogSf } from './categorical.ts';

const KERNELS = { categoricalLogSf, categoricalLogCdf, categoricalLogMgf };

describe('categorical: total kernels agree with the factory on validity', () => {
  /** [values, probs] that the factory rejects; every kernel must return NaN for them. */
  const INVALID: [number[], number[]][] = [
    [[], []],
    [[1], [1, 0]], // more probabilities than values (the first alone sums to 1)
    [[1, 2], [1]],
    [[1, 2], [1 + 2 ** -50, 0]], // a probability above 1, the sum within 1e-12 of 1
    [[1, 2], [1.5, -0.5]],
    [[1, 2, 3], [-0.5, 0.75, 0.75]], // a negative probability, every one ≤ 1, the sum 1
    [[1, 2], [NaN, 1]],
    [[NaN, 2], [0.5, 0.5]],
    [[Infinity, 2], [0.5, 0.5]],
    [[1, -Infinity], [0.5, 0.5]],
    [[1, 2], [0.5, 0.49]],
    [[1, 2], [0.5, 0.51]],
  ];
  it.each(INVALID)('values=%j probs=%j: NaN from every kernel, DomainError from the factory', (values, probs) => {
    const tag = `values=${JSON.stringify(values)}, probs=${JSON.stringify(probs)}`;
    expect(categoricalAtoms(values, probs), `atoms(${tag})`).toBeNull();
    for (const [name, k] of Object.entries(KERNELS)) expect(k(0.5, values, probs), `${name}(0.5; ${tag})`).toBeNaN();
    expect(categoricalLogPartialMean(0.5, values, probs).log, `logPartialMean(0.5; ${tag})`).toBeNaN();
    expect(() => categorical({ values, probs }), `categorical(${tag})`).toThrow(DomainError);
  });

  it('NaN argument gives NaN for valid parameters; valid parameters give numbers', () => {
    const values = [1, 2];
    const probs = [0.5, 0.5];
    for (const [name, k] of Object.entries(KERNELS)) {
      expect(k(NaN, values, probs), `${name}(NaN; values=[1,2], probs=[.5,.5])`).toBeNaN();
      expect(Number.isNaN(k(1.5, values, probs)), `${name}(1.5; values=[1,2], probs=[.5,.5])`).toBe(false);
    }
    expect(categoricalLogPartialMean(NaN, values, probs).log, 'logPartialMean(NaN; values=[1,2])').toBeNaN();
    // at an atom, strict for the sf and inclusive for the cdf (probs [¼, ¾] so that sf and cdf differ)
    expect(categoricalLogSf(1, values, [0.25, 0.75]), 'logSf(1; values=[1,2], probs=[¼,¾])').toBe(Math.log(0.75));
    expect(categoricalLogCdf(1, values, [0.25, 0.75]), 'logCdf(1; values=[1,2], probs=[¼,¾])').toBe(Math.log(0.25));
    expect(categoricalLogSf(1.5, values, [0.25, 0.75]), 'logSf(1.5; probs=[¼,¾])').toBe(Math.log(0.75));
    expect(categoricalLogCdf(2, values, [0.25, 0.75]), 'logCdf(2; probs=[¼,¾])').toBe(0);
    expect(categoricalLogSf(2, values, [0.25, 0.75]), 'logSf(2; probs=[¼,¾])').toBe(-Infinity);
    expect(categoricalLogSf(1.5, values, probs), 'logSf(1.5; values=[1,2])').toBe(Math.log(0.5));
    expect(categoricalLogCdf(1.5, values, probs), 'logCdf(1.5; values=[1,2])').toBe(Math.log(0.5));
    expect(categoricalLogPartialMean(1.5, values, probs), 'logPartialMean(1.5; values=[1,2])').toEqual({ log: 0, sign: 1 });
    expect(categoricalLogMgf(Math.log(2), [0, 1], probs), 'logMgf(log 2; values=[0,1])').toBeCloseTo(Math.log(1.5), 15);
  });

  it('the factory names the parameter and the rule', () => {
    expect(() => categorical({ values: 3 as never, probs: [1] }), 'values=3').toThrow(/^categorical: parameter 'values' must be a non-empty array/);
    expect(() => categorical({ values: [1], probs: 1 as never }), 'probs=1').toThrow(/^categorical: parameter 'probs' must be an array of 1 probabilities \(one per value\)/);
    expect(() => categorical({ values: [1, 2], probs: [0.5] }), 'probs=[.5]').toThrow(/an array of 2 probabilities/);
    expect(() => categorical({ values: [1, 2], probs: [0.5, 0.49] }), 'probs=[.5,.49]').toThrow(/^categorical: parameter 'probs' must be summing to 1 within 1e-12/);
    expect(() => categorical({ values: [1, Infinity], probs: [0.5, 0.5] }), 'values[1]=Infinity').toThrow(/^categorical: parameter 'values\[1\]'/);
    expect(() => categorical({ values: [1, 2], probs: [0.5, NaN] }), 'probs[1]=NaN').toThrow(/^categorical: parameter 'probs\[1\]'/);
    expect(() => categorical({ values: [1, 2], probs: [1, 0] }), 'probs=[1,0] (closed ends)').not.toThrow();
  });
});

describe('categorical: atoms', () => {
  it('divides the weights by their sum (mpmath: log(p/(½ + p)), p = the double 0.4999999999995)', () => {
    const p = 0.5 - 5e-13;
    const law = categorical({ values: [0, 1], probs: [0.5, p] });
    // log(p/(0.5 + p)) = −0.6931471805604452983563724, log(0.5/(0.5 + p)) = −0.6931471805594453204780921
    expect(Math.abs(law.logSf(0) - -0.6931471805604452983563724), `logSf(0; probs=[.5, ${p}])`).toBeLessThan(1e-15);
    expect(Math.abs(law.logCdf(0) - -0.6931471805594453204780921), `logCdf(0; probs=[.5, ${p}])`).toBeLessThan(1e-15);
  });

  it('drops zero-mass values, merges −0 with 0, sorts', () => {
    const law = categorical({ values: [5, 1, -3], probs: [0, 1, 0] });
    expect(law.support, 'support(values=[5,1,-3], probs=[0,1,0])').toEqual({ lower: 1, upper: 1, kind: 'discrete' });
    expect(law.massAt(5), 'massAt(5)').toBe(0);
    expect(law.quantile(0), 'quantile(0)').toBe(1);
    const zero = categorical({ values: [-0, 0, 2], probs: [0.25, 0.25, 0.5] });
    expect(zero.massAt(0), 'massAt(0; values=[-0,0,2])').toBe(0.5);
    expect(Object.is(zero.support.lower, 0), 'support.lower is +0 (values=[-0,0,2])').toBe(true);
    const atoms = categoricalAtoms([3, -1, 2, -1], [0.25, 0.25, 0.25, 0.25])!;
    expect(atoms.values, 'atoms.values([3,-1,2,-1])').toEqual([-1, 2, 3]);
    expect(atoms.logWeights, 'atoms.logWeights([3,-1,2,-1])').toEqual([Math.log(0.5), Math.log(0.25), Math.log(0.25)]);
  });

  it('the full mass is exactly 1 (weights [.3,.3,.4] have log-sum-exp −1.1e-16, [.1,.2,.3,.4] +1.1e-16)', () => {
    const low = categorical({ values: [0, 1, 2], probs: [0.3, 0.3, 0.4] });
    expect(Object.is(low.logCdf(2), 0), `logCdf(2; probs=[.3,.3,.4]) = ${low.logCdf(2)}`).toBe(true);
    expect(Object.is(low.logSf(-1), 0), `logSf(-1; probs=[.3,.3,.4]) = ${low.logSf(-1)}`).toBe(true);
    expect(low.cdf(2), 'cdf(2; probs=[.3,.3,.4])').toBe(1);
    expect(categoricalLogCdf(5, [0, 1, 2], [0.3, 0.3, 0.4]), 'categoricalLogCdf(5; probs=[.3,.3,.4])').toBe(0);
    const high = categorical({ values: [0, 1, 2, 3], probs: [0.1, 0.2, 0.3, 0.4] });
    expect(high.logCdf(0), 'logCdf(0; probs=[.1,.2,.3,.4])').toBeCloseTo(Math.log(0.1), 15);
    expect(high.logSf(0), 'logSf(0; probs=[.1,.2,.3,.4])').toBeCloseTo(Math.log(0.9), 15);
    expect(high.logSf(0) < 0 && high.logCdf(2) < 0, 'proper subsets have log-mass < 0').toBe(true);
    expect(high.logSf(3), 'logSf(3) (nothing above)').toBe(-Infinity);
    expect(high.logMgf(0), 'logMgf(0; probs=[.1,.2,.3,.4])').toBe(0);
    expect(categoricalLogMgf(0, [0, 1, 2, 3], [0.1, 0.2, 0.3, 0.4]), 'categoricalLogMgf(0)').toBe(0);
  });
});

describe('categorical: partial mean, MGF and quantile at the edges', () => {
  it('an atom at 0 adds nothing to the partial mean', () => {
    const law = categorical({ values: [-1, 0], probs: [0.5, 0.5] });
    expect(law.logPartialMean(-0.5), 'logPartialMean(-0.5; values=[-1,0])').toEqual(SIGNED_ZERO);
    expect(categoricalLogPartialMean(-0.5, [-1, 0], [0.5, 0.5]), 'kernel (-0.5; values=[-1,0])').toEqual(SIGNED_ZERO);
    expect(law.logPartialMean(-2), 'logPartialMean(-2; values=[-1,0])').toEqual({ log: Math.log(0.5), sign: -1 });
    expect(law.mean(), 'mean(values=[-1,0])').toBe(-0.5);
    const pos = categorical({ values: [0, 2], probs: [0.5, 0.5] });
    expect(pos.logPartialMean(-1), 'logPartialMean(-1; values=[0,2])').toEqual({ log: 0, sign: 1 });
    expect(pos.logPartialMean(Math.log(0.5)).sign, 'sign of logPartialMean(log ½; values=[0,2])').toBe(1);
    expect(pos.logPartialMean(NaN).log, 'logPartialMean(NaN)').toBeNaN();
  });

  it('MGF at λ = ±∞ with an atom at 0 (0·∞ must not enter)', () => {
    const law = categorical({ values: [-1, 0], probs: [0.5, 0.5] });
    expect(law.logMgf(Infinity), 'logMgf(∞; values=[-1,0])').toBe(Math.log(0.5));
    expect(law.logMgf(-Infinity), 'logMgf(−∞; values=[-1,0])').toBe(Infinity);
    expect(categoricalLogMgf(-Infinity, [0, 1], [0.5, 0.5]), 'logMgf(−∞; values=[0,1])').toBe(Math.log(0.5));
    expect(law.logMgf(NaN), 'logMgf(NaN)').toBeNaN();
    expect(law.logMgf(1), 'logMgf(1; values=[-1,0])').toBeCloseTo(Math.log(0.5 + 0.5 / Math.E), 15);
  });

  it('quantile: ties go to the lower atom; p = 0, 1; outside [0, 1] is NaN', () => {
    const half = categorical({ values: [1, 2], probs: [0.5, 0.5] });
    expect(half.quantile(0.5), 'quantile(0.5; probs=[.5,.5])').toBe(1);
    expect(half.quantile(0), 'quantile(0)').toBe(1);
    expect(half.quantile(1), 'quantile(1)').toBe(2);
    for (const u of [NaN, -1e-300, 1 + 2 ** -52, -Infinity, Infinity]) expect(half.quantile(u), `quantile(${u})`).toBeNaN();
    // the weights [.3,.3,.4] sum to 0.9999999999999999 in exp: u = 1 falls through the loop
    const short = categorical({ values: [0, 1, 2], probs: [0.3, 0.3, 0.4] });
    expect(short.quantile(1), 'quantile(1; probs=[.3,.3,.4])').toBe(2);
    // F(1) = e^{logSumExp(log .3, log .3)} = 0.5999999999999999: the quantile follows the law's own cdf
    expect(short.quantile(short.cdf(1)), `quantile(cdf(1) = ${short.cdf(1)}; probs=[.3,.3,.4])`).toBe(1);
    expect(short.quantile(short.cdf(0)), `quantile(cdf(0) = ${short.cdf(0)}; probs=[.3,.3,.4])`).toBe(0);
    expect(short.quantile(0.6), 'quantile(0.6 > cdf(1); probs=[.3,.3,.4])').toBe(2);
  });

  /** integer weights k_i/Σk: sums of such ratios exercise the rounding of the cumulative sums. */
  const ratioLaw = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 7 }).map((k) => {
    const total = k.reduce((a, b) => a + b, 0);
    return { values: k.map((_, i) => i - 2), probs: k.map((x) => x / total) };
  }).filter(({ probs }) => Math.abs(probs.reduce((a, b) => a + b, 0) - 1) <= 1e-12);
  test.prop([ratioLaw])('quantile(cdf(x)) = x at every atom (the running sum of weights was off by ulps in 12% of cases)', ({ values, probs }) => {
    const law = categorical({ values, probs });
    for (const x of values) {
      const u = law.cdf(x);
      expect(law.quantile(u), `quantile(cdf(${x}) = ${u}; probs=${JSON.stringify(probs)})`).toBe(x);
      // just above F(x_i) the quantile is the next atom (the running sum of weights can exceed F there)
      const above = u + (u < 1 ? 2 ** -53 : 0);
      const next = x === values[values.length - 1] ? x : x + 1;
      expect(law.quantile(above), `quantile(cdf(${x}) + ulp = ${above}) = next atom; probs=${JSON.stringify(probs)}`).toBe(u < 1 && above > u ? next : x);
    }
  });

  it('massAt and logPdf: NaN for NaN, 0 / −∞ off the atoms; variance', () => {
    const law = categorical({ values: [1, 3], probs: [0.25, 0.75] });
    expect(law.massAt(NaN), 'massAt(NaN)').toBeNaN();
    expect(law.logPdf(NaN), 'logPdf(NaN)').toBeNaN();
    expect(law.logPdf(3), 'logPdf(3)').toBe(Math.log(0.75));
    expect(law.massAt(2), 'massAt(2)').toBe(0);
    expect(law.variance(), 'variance(values=[1,3], probs=[.25,.75])').toBeCloseTo(0.75, 15);
    expect(law.logCdf(NaN), 'logCdf(NaN)').toBeNaN();
    expect(law.logSf(NaN), 'logSf(NaN)').toBeNaN();
    expect(law.logCdf(1), 'logCdf(1)').toBe(Math.log(0.25));
    expect(law.logSf(1), 'logSf(1)').toBe(Math.log(0.75));
  });
});
