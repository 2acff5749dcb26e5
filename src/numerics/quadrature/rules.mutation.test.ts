/**
 * Contracts of the quadrature rules that the end-to-end tests in ../quadrature.test.ts cannot see (they check
 * values to 1e-12): the dqk15 error estimate itself, integrate's evaluation budget and bookkeeping, option
 * defaults, and which value/error integrateBoth reports. Written from surviving mutants (Stryker,
 * bench/mutation-scores.json).
 */
import { describe, it, expect } from 'vitest';
import { kronrod15 } from './gaussKronrod.ts';
import { resolveOptions } from './options.ts';
import { integrate } from './integrate.ts';
import { integrateBoth } from './integrateBoth.ts';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('kronrod15: value and QUADPACK dqk15 error estimate', () => {
  // References: dqk15 evaluated in mpmath (dps = 40) with the same nodes and weights:
  // value = resk·h; error = resasc·min(1, (200|resk − resg|·h/resasc)^1.5), floored at 50ε·resabs.
  const CASES: [string, (x: number) => number, number, number, number, number][] = [
    // power-law branch (200·err/resasc < 1)
    ['1/(1+x²) on [0, 10]', (x) => 1 / (1 + x * x), 0, 10, 1.4711206823668656695, 0.16801618478464123212],
    ['√x on [0, 1]', Math.sqrt, 0, 1, 0.666680125548417475, 0.022590647385244842876],
    // min(1, …) = 1: error = resasc
    ['step 1 | 3 at 1.1 on [0, 2]', (x) => (x < 1.1 ? 1 : 3), 0, 2, 3.790517858915272172, 1.9780586162832790927],
    // the 50ε·resabs floor (the power-law estimate is 1.07e-19·… below it)
    ['e^x on [0, 1]', Math.exp, 0, 1, 1.7182818284590452354, 50 * Number.EPSILON * 1.7182818284590452354],
  ];
  for (const [name, g, lo, hi, value, error] of CASES) {
    it(name, () => {
      const r = kronrod15(g, lo, hi);
      expect(rel(r.value, value), `kronrod15(${name}).value = ${r.value} vs ${value}`).toBeLessThanOrEqual(1e-14);
      expect(rel(r.error, error), `kronrod15(${name}).error = ${r.error} vs ${error}`).toBeLessThanOrEqual(1e-9);
      expect(r.bad, `kronrod15(${name}).bad`).toBeUndefined();
    });
  }
  it('a reversed interval negates value, keeps the error positive', () => {
    const r = kronrod15((x) => 1 / (1 + x * x), 10, 0);
    expect(rel(r.value, -1.4711206823668656695), `kronrod15(1/(1+x²), 10, 0) = ${r.value}`).toBeLessThanOrEqual(1e-14);
    expect(rel(r.error, 0.16801618478464123212), `error ${r.error}`).toBeLessThanOrEqual(1e-9);
  });
  it('an exactly integrated polynomial has error 50ε·∫|g| (x² on [0, 1]); a zero integrand has error 0', () => {
    const r = kronrod15((x) => x * x, 0, 1);
    expect(rel(r.error, (50 * Number.EPSILON) / 3), `kronrod15(x², 0, 1).error = ${r.error}`).toBeLessThanOrEqual(1e-12);
    const z = kronrod15(() => 0, 0, 1);
    expect([z.value, z.error], 'kronrod15(0, 0, 1)').toEqual([0, 0]);
  });
  it('reports the first node where g is not finite', () => {
    const r = kronrod15((x) => (x > 0.9 ? Infinity : x), 0, 1);
    expect(r.value, 'value').toBeNaN();
    expect(r.bad, 'bad node').toBeCloseTo(0.5 + 0.5 * 0.991455371120812639206854697526329, 15);
  });
});

describe('resolveOptions', () => {
  it('defaults relTol 1e-12, absTol 0, 200 000 evaluations, no breakpoints; clamps relTol ≥ 50ε, absTol ≥ 0', () => {
    expect(resolveOptions(undefined), 'defaults').toEqual({ relTol: 1e-12, absTol: 0, maxEvaluations: 200_000, breakpoints: [] });
    expect(resolveOptions({ relTol: 1e-20, absTol: -1, maxEvaluations: 7, breakpoints: [3] }), 'clamped').toEqual({
      relTol: 50 * Number.EPSILON,
      absTol: 0,
      maxEvaluations: 7,
      breakpoints: [3],
    });
    expect(resolveOptions({ relTol: 1e-3, absTol: 2 }), 'kept').toMatchObject({ relTol: 1e-3, absTol: 2 });
  });
});

describe('integrateBoth: which value, which error, when they agree', () => {
  it('both converged: the value with the smaller estimate (tanh-sinh for e^x on [0, 1]); error = the larger estimate', () => {
    const r = integrateBoth(Math.exp, 0, 1);
    expect(r.ts.error, 'ts.error < gk.error here').toBeLessThan(r.gk.error);
    expect([r.value, r.error, r.converged, r.agree], 'integrateBoth(e^x, 0, 1)').toEqual([r.ts.value, r.gk.error, true, true]);
  });
  it('only tanh-sinh converged (x^{−0.9} on [0, 1], 2000 evaluations): its value; disagreement → not converged', () => {
    const r = integrateBoth((x) => x ** -0.9, 0, 1, { maxEvaluations: 2000 });
    expect([r.gk.converged, r.ts.converged], 'gk, ts converged').toEqual([false, true]);
    expect([r.value, r.error, r.converged, r.agree], 'integrateBoth(x^−0.9, 0, 1)').toEqual([r.ts.value, Math.max(r.gk.error, Math.abs(r.gk.value - r.ts.value)), false, false]);
  });
  it('neither converged (sin(1/x) on [1e-6, 1], 3000 evaluations): the Gauss–Kronrod value; agree iff |gk − ts| ≤ 2·tolerance', () => {
    const f = (x: number): number => Math.sin(1 / x);
    const r = integrateBoth(f, 1e-6, 1, { maxEvaluations: 3000 });
    expect([r.gk.converged, r.ts.converged, r.value, r.agree], 'integrateBoth(sin(1/x))').toEqual([false, false, r.gk.value, false]);
    expect(r.error, 'error = max(estimates, |gk − ts|)').toBe(Math.max(r.gk.error, r.ts.error, Math.abs(r.gk.value - r.ts.value)));
    // |gk − ts| = 1.0157e-3: within 2·absTol for absTol = 7e-4 (and relTol·max = 1.4e-3·0.504), not for 4e-4
    expect(integrateBoth(f, 1e-6, 1, { maxEvaluations: 3000, absTol: 7e-4 }).agree, 'absTol 7e-4').toBe(true);
    expect(integrateBoth(f, 1e-6, 1, { maxEvaluations: 3000, absTol: 4e-4 }).agree, 'absTol 4e-4').toBe(false);
    expect(integrateBoth(f, 1e-6, 1, { maxEvaluations: 3000, relTol: 1.4e-3 }).agree, 'relTol 1.4e-3').toBe(true);
    expect(integrateBoth(f, 1e-6, 1, { maxEvaluations: 3000, relTol: 0.8e-3 }).agree, 'relTol 0.8e-3').toBe(false);
  });
  it('both converged but disagreeing (a spike at 0 that all 15 nodes miss): the value with the smaller estimate, Gauss–Kronrod’s 0', () => {
    const r = integrateBoth((x) => Math.exp(-((x / 1e-3) ** 2)), 0, 1000);
    expect([r.gk.converged, r.ts.converged, r.gk.error], 'gk, ts converged; gk error').toEqual([true, true, 0]);
    expect([r.value, r.agree, r.converged], 'integrateBoth(spike)').toEqual([0, false, false]);
  });
  it('agreeing is not enough: converged needs both rules converged (x^{−0.9} with absTol 0.03; sin(1/x) with absTol 7e-4)', () => {
    const one = integrateBoth((x) => x ** -0.9, 0, 1, { maxEvaluations: 2000, absTol: 0.03 });
    expect([one.gk.converged, one.ts.converged, one.agree, one.converged], 'x^−0.9: gk, ts, agree, converged').toEqual([false, true, true, false]);
    const none = integrateBoth((x) => Math.sin(1 / x), 1e-6, 1, { maxEvaluations: 3000, absTol: 7e-4 });
    expect([none.gk.converged, none.ts.converged, none.agree, none.converged], 'sin(1/x): gk, ts, agree, converged').toEqual([false, false, true, false]);
  });
  it('subnormal values agree whatever their relative difference (1e-315 | 3e-315 step: |gk − ts| ≈ 1e-319)', () => {
    const r = integrateBoth((x) => (x < 0.5 ? 1e-315 : 3e-315), 0, 1);
    expect(Math.abs(r.gk.value - r.ts.value), 'difference').toBeGreaterThan(0);
    expect(r.agree, `gk ${r.gk.value} ts ${r.ts.value}`).toBe(true);
  });
  it('a NaN integrand: NaN value and error, not converged, not agreeing', () => {
    const r = integrateBoth(() => NaN, 0, 1);
    expect([r.value, r.error, r.converged, r.agree], 'integrateBoth(NaN)').toEqual([NaN, NaN, false, false]);
  });
});

describe('integrate bookkeeping', () => {
  it('NaN limits and empty intervals cost no evaluations', () => {
    for (const [a, b] of [[NaN, 1], [0, NaN]]) {
      expect(integrate(Math.exp, a, b), `integrate(e^x, ${a}, ${b})`).toEqual({ value: NaN, error: NaN, converged: false, evaluations: 0, reason: 'NaN integration limit' });
    }
    expect(integrate(Math.exp, 2, 2), 'integrate(e^x, 2, 2)').toEqual({ value: 0, error: 0, converged: true, evaluations: 0 });
  });
  it('a zero integrand converges with error 0 after one rule per segment', () => {
    expect(integrate(() => 0, 0, 1), '∫_0^1 0').toEqual({ value: 0, error: 0, converged: true, evaluations: 15 });
    expect(integrate(() => 0, 0, Infinity), '∫_0^∞ 0').toEqual({ value: 0, error: 0, converged: true, evaluations: 30 });
  });
  it('a negative integrand has the same error estimate as its negation (∫_0^1 −e^x)', () => {
    const neg = integrate((x) => -Math.exp(x), 0, 1);
    const pos = integrate(Math.exp, 0, 1);
    expect([neg.value, neg.error, neg.converged], '∫_0^1 −e^x').toEqual([-pos.value, pos.error, true]);
  });
  it('spends the budget up to the last affordable bisection: budget − 30 < evaluations ≤ budget', () => {
    for (const maxEvaluations of [30, 45, 60, 100, 301, 1000]) {
      const r = integrate((x) => Math.sin(1 / x), 1e-6, 1, { maxEvaluations });
      expect(r.converged, `budget ${maxEvaluations}`).toBe(false);
      expect(r.evaluations, `budget ${maxEvaluations}`).toBeLessThanOrEqual(maxEvaluations);
      expect(r.evaluations, `budget ${maxEvaluations}`).toBeGreaterThan(maxEvaluations - 30);
      expect(r.reason, `budget ${maxEvaluations}`).toMatch(new RegExp(`^evaluation budget ${maxEvaluations} exhausted: error .* > tolerance`));
    }
  });
  it('absTol alone can be met: ∫_0^1 x^{−½} with absTol 1e-3 stops early with error ≤ 1e-3', () => {
    const r = integrate((x) => 1 / Math.sqrt(x), 0, 1, { absTol: 1e-3, relTol: 1e-20 });
    expect(r.converged, `${r.reason}`).toBe(true);
    expect(r.error, 'error').toBeLessThanOrEqual(1e-3);
    expect(Math.abs(r.value - 2), `value ${r.value}`).toBeLessThanOrEqual(r.error);
    expect(r.evaluations, 'evaluations').toBeLessThan(integrate((x) => 1 / Math.sqrt(x), 0, 1).evaluations);
  });
});

describe('integrate: refinement limits, reversed limits, failures in a bisection', () => {
  // Abscissae near 1e15 are rounded to ulp = 0.125, so pieces stop being refinable at width 8ε·1e15 ≈ 1.8:
  // the error of 2 + sin(10(x − 1e15)) on such pieces cannot be reduced (the roundoff case of the reason).
  const far = (x: number): number => 2 + Math.sin(10 * (x - 1e15));
  it('the error stops shrinking when every piece is at the rounding limit: reason "cannot be reduced", budget unspent', () => {
    const r = integrate(far, 1e15, 1e15 + 64);
    expect(r.converged, 'converged').toBe(false);
    expect(r.reason, 'reason').toMatch(/^error .* cannot be reduced below tolerance .* \(roundoff or non-integrable singularity\)$/);
    expect(r.evaluations, 'evaluations').toBeLessThan(20_000);
    expect(Math.abs(r.value - 128), `value ${r.value} within its error ${r.error}`).toBeLessThanOrEqual(r.error);
  });
  it('pieces with error 0 are done, never bisected: with f = 0 on [0, 1e15] the same limit is reported, not the budget', () => {
    const r = integrate((x) => (x < 1e15 ? 0 : far(x)), 0, 1e15 + 64, { breakpoints: [1e15] });
    expect([r.converged, Number.isFinite(r.value)], 'converged, finite').toEqual([false, true]);
    expect(r.reason, 'reason').toMatch(/cannot be reduced/);
    expect(r.evaluations, 'evaluations').toBeLessThan(20_000);
  });
  it('reversed limits that need refinement, and infinite reversed limits: −∫ with the same error', () => {
    const cases: [string, (x: number) => number, number, number][] = [
      ['1/(1+x²) on [10, 0]', (x) => 1 / (1 + x * x), 10, 0],
      ['e^{−x} on [∞, 0]', (x) => Math.exp(-x), Infinity, 0],
      ['e^{x} on [0, −∞]', Math.exp, 0, -Infinity],
    ];
    for (const [name, f, a, b] of cases) {
      const rev = integrate(f, a, b);
      const fwd = integrate(f, b, a);
      expect(fwd.converged, `forward ${name}`).toBe(true);
      expect([rev.value, rev.error, rev.converged, rev.evaluations], name).toEqual([-fwd.value, fwd.error, true, fwd.evaluations]);
    }
  });
  it('a NaN met in the right half of a bisection fails the integral (NaN past 0.9993 near a peak at 1.0001)', () => {
    const r = integrate((x) => (x > 0.9993 ? NaN : 1 / (1.0001 - x)), 0, 1);
    expect([r.value, r.error, r.converged], 'value, error, converged').toEqual([NaN, NaN, false]);
    expect(r.reason, 'reason').toMatch(/^integrand not finite near u = 0\.999\d* \(segment 0\)$/);
  });
});

describe('kronrod15 on a negative integrand', () => {
  it('−1/(1+x²) on [0, 10]: −value, same error (absolute values in resabs, resasc)', () => {
    const r = kronrod15((x) => -1 / (1 + x * x), 0, 10);
    expect(rel(r.value, -1.4711206823668656695), `value ${r.value}`).toBeLessThanOrEqual(1e-14);
    expect(rel(r.error, 0.16801618478464123212), `error ${r.error}`).toBeLessThanOrEqual(1e-9);
    const e = kronrod15((x) => -Math.exp(x), 0, 1);
    expect(rel(e.error, 50 * Number.EPSILON * 1.7182818284590452354), `−e^x error ${e.error}`).toBeLessThanOrEqual(1e-9);
  });
});
