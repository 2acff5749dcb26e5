/**
 * Contracts of tanhSinh beyond the values checked in tanhSinh.test.ts: evaluation bookkeeping and the budget,
 * the minimum level, the 4ε·Σ|w·f| error floor, the exp-sinh maps with their scale s = max(1, |end|),
 * singular ends, breakpoint filtering and reversed limits. Written from surviving mutants (Stryker,
 * bench/mutation-scores.json).
 */
import { describe, it, expect } from 'vitest';
import { tanhSinh } from './tanhSinh.ts';
import type { QuadratureOptions } from './quadrature/options.ts';

/** f wrapped to count its calls, which `evaluations` must report. */
const counted = (f: (x: number) => number): { f: (x: number) => number; calls: () => number } => {
  let n = 0;
  return { f: (x) => (n++, f(x)), calls: () => n };
};
const step = (x: number): number => (x < 1.1 ? 1 : 3);

describe('tanhSinh contracts', () => {
  it('evaluations counts the calls of f (converged, budget-stopped, NaN)', () => {
    const cases: [string, (x: number) => number, number, number, QuadratureOptions][] = [
      ['e^x on [0, 1]', Math.exp, 0, 1, {}],
      ['e^{−x²} on ℝ', (x) => Math.exp(-x * x), -Infinity, Infinity, {}],
      ['step on [0, 2], 1000 evaluations', step, 0, 2, { maxEvaluations: 1000 }],
      ['NaN past ½ on [0, 1]', (x) => (x > 0.5 ? NaN : x), 0, 1, {}],
      ['0 on [0, 1]', () => 0, 0, 1, {}],
    ];
    for (const [name, f, a, b, o] of cases) {
      const c = counted(f);
      const r = tanhSinh(c.f, a, b, o);
      expect(r.evaluations, `tanhSinh(${name}).evaluations`).toBe(c.calls());
    }
  });

  it('never spends more than maxEvaluations; stops with a budget reason', () => {
    for (const maxEvaluations of [30, 100, 300, 1000, 3000, 10_000]) {
      const r = tanhSinh(step, 0, 2, { maxEvaluations });
      expect(r.converged, `budget ${maxEvaluations}`).toBe(false);
      expect(r.evaluations, `budget ${maxEvaluations}`).toBeLessThanOrEqual(maxEvaluations);
      expect(r.evaluations, `budget ${maxEvaluations}: spends more than half of it`).toBeGreaterThan(maxEvaluations / 4);
      expect(r.reason, `budget ${maxEvaluations}`).toMatch(new RegExp(`budget ${maxEvaluations} exhausted`));
    }
  });

  it('runs to level 4 (h = 1/16) before trusting the level difference, even for a constant', () => {
    // levels 0–3 hold 13 + 14 + 26 + 52 = 105 nodes; converging needs more
    for (const [name, f] of [['1', () => 1], ['0', () => 0], ['e^x', Math.exp]] as const) {
      const r = tanhSinh(f, 0, 1);
      expect(r.converged, `tanhSinh(${name}, 0, 1)`).toBe(true);
      expect(r.evaluations, `tanhSinh(${name}, 0, 1).evaluations`).toBeGreaterThan(105);
    }
  });

  it('error floor 4ε·Σ|w·f|: ∫_0^1 1 has error ≥ 4ε; ∫ 0 has error 0', () => {
    const one = tanhSinh(() => 1, 0, 1);
    expect(one.error, `error ${one.error}`).toBeGreaterThanOrEqual(4 * Number.EPSILON * (1 - 1e-12));
    expect(one.error, `error ${one.error}`).toBeLessThan(8 * Number.EPSILON);
    expect(Math.abs(one.value - 1), `value ${one.value}`).toBeLessThanOrEqual(one.error);
    expect(tanhSinh(() => 0, 0, 1), '∫_0^1 0').toMatchObject({ value: 0, error: 0, converged: true });
  });

  it('exp-sinh with an end away from 0 (scale s = |end|): ∫_{−2}^∞ e^{−(x+2)} = 1, ∫_{−∞}^{3} e^{x−3} = 1, ∫_{5}^∞ 5e^{−5(x−5)} = 1', () => {
    const cases: [string, (x: number) => number, number, number][] = [
      ['e^{−(x+2)} on [−2, ∞)', (x) => Math.exp(-(x + 2)), -2, Infinity],
      ['e^{x−3} on (−∞, 3]', (x) => Math.exp(x - 3), -Infinity, 3],
      ['5e^{−5(x−5)} on [5, ∞)', (x) => 5 * Math.exp(-5 * (x - 5)), 5, Infinity],
      ['e^{x+4} on (−∞, −4]', (x) => Math.exp(x + 4), -Infinity, -4],
    ];
    for (const [name, f, a, b] of cases) {
      const r = tanhSinh(f, a, b);
      expect(r.converged, `${name}: ${r.reason}`).toBe(true);
      expect(Math.abs(r.value - 1), `${name} = ${r.value}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('f is never evaluated at a singular end: ∫_{−∞}^0 e^{x}/√(−x) = √π, ∫_0^1 x^{−½} = ∫_{−1}^0 (−x)^{−½} = 2', () => {
    const left = tanhSinh((x) => Math.exp(x) / Math.sqrt(-x), -Infinity, 0);
    expect(left.converged, `left: ${left.reason}`).toBe(true);
    expect(Math.abs(left.value - Math.sqrt(Math.PI)), `left ${left.value}`).toBeLessThanOrEqual(1e-13);
    const fin = tanhSinh((x) => 1 / Math.sqrt(x), 0, 1);
    expect(fin.converged, `finite: ${fin.reason}`).toBe(true);
    expect(Math.abs(fin.value - 2), `finite ${fin.value}`).toBeLessThanOrEqual(1e-13);
    // singular upper end (at 0, where the abscissae resolve it: 1 − x near x = 1 would lose digits in any rule)
    const upper = tanhSinh((x) => 1 / Math.sqrt(-x), -1, 0);
    expect(upper.converged, `upper: ${upper.reason}`).toBe(true);
    expect(Math.abs(upper.value - 2), `(−x)^{−½} on [−1, 0] ${upper.value}`).toBeLessThanOrEqual(1e-13);
  });

  it('a singular end away from 0 is never evaluated either: ∫_1^∞ e^{1−x}/√(x − 1) stays finite, ≈ √π', () => {
    // x − 1 near x = 1 keeps only the digits of x, so ~1e-8 relative is all any rule taking x can reach here
    const r = tanhSinh((x) => Math.exp(1 - x) / Math.sqrt(x - 1), 1, Infinity, { maxEvaluations: 2000 });
    expect(Math.abs(r.value - Math.sqrt(Math.PI)) / Math.sqrt(Math.PI), `value ${r.value} (${r.reason})`).toBeLessThan(1e-7);
  });

  it('the half-line maps are mirror images (s = max(1, |end|) on both sides): same value and evaluations', () => {
    for (const c of [1e6, 4, 0.5]) {
      const right = tanhSinh((x) => (2 * c * c) / x ** 3, c, Infinity);
      const left = tanhSinh((x) => (2 * c * c) / Math.abs(x) ** 3, -Infinity, -c);
      expect(Math.abs(right.value - 1), `∫_${c}^∞ 2c²/x³ = ${right.value}`).toBeLessThanOrEqual(1e-13);
      expect([left.value, left.evaluations], `∫_{−∞}^{−${c}} mirrors ∫_${c}^∞`).toEqual([right.value, right.evaluations]);
    }
  });

  it('breakpoints outside (a, b), repeated, at the ends or not finite are ignored', () => {
    const f = (x: number): number => (x < 1 ? 1 : 3);
    const clean = tanhSinh(f, 0, 2, { breakpoints: [1] });
    const messy = tanhSinh(f, 0, 2, { breakpoints: [1, 5, 1, -1, NaN, 0, 2, Infinity] });
    expect(messy, 'messy breakpoints vs [1]').toEqual(clean);
    expect(clean.value, 'value').toBe(4);
  });

  it('reversed limits: −value, same error and evaluations', () => {
    const f = (x: number): number => 1 / (1 + x * x);
    const fwd = tanhSinh(f, 0, 3);
    const rev = tanhSinh(f, 3, 0);
    expect([rev.value, rev.error, rev.evaluations, rev.converged], 'tanhSinh(1/(1+x²), 3, 0)').toEqual([-fwd.value, fwd.error, fwd.evaluations, true]);
    expect(tanhSinh(f, 2, 2), 'empty').toEqual({ value: 0, error: 0, converged: true, evaluations: 0 });
    expect(tanhSinh(f, 0, NaN), 'NaN limit').toMatchObject({ value: NaN, converged: false, evaluations: 0 });
  });
});

/** A second round from the survivors of the first measured run (bench/mutation-scores.json, tanhSinh.ts). */
describe('tanhSinh contracts: budget projection, last level, tolerances, non-finite terms', () => {
  const gauss = (x: number): number => Math.exp(-x * x);

  it('runs to the finest level 2^-14 when the budget allows, and says so', () => {
    const r = tanhSinh(step, 0, 2, { maxEvaluations: 1e6 });
    expect(r.converged, 'step on [0, 2], budget 1e6').toBe(false);
    expect(r.reason, 'step on [0, 2], budget 1e6').toMatch(/^finest level 2\^-14 reached: error \S+ > tolerance \S+$/);
    // level 13 alone ends at 76469 evaluations here; level 14 doubles it
    expect(r.evaluations, 'step on [0, 2], budget 1e6').toBeGreaterThan(150_000);
    expect(Math.abs(r.value - 3.8), `step on [0, 2] = ${r.value}`).toBeLessThan(1e-3);
  });

  it('projects a level as 2·⌈T/h⌉ nodes per piece: never overspends, and stops only when the projection exceeds the budget', () => {
    // sinh-sinh: level 0 holds 13 nodes, level 1 holds 14 (all finite), so a budget of 26 must stop after level 0
    for (const maxEvaluations of [14, 20, 26, 30, 39, 40, 60, 100, 200]) {
      const r = tanhSinh(gauss, -Infinity, Infinity, { maxEvaluations });
      expect(r.evaluations, `e^{−x²} on ℝ, budget ${maxEvaluations}`).toBeLessThanOrEqual(maxEvaluations);
    }
    // a budget exactly equal to (spent + projected) still allows the level
    const spent0 = tanhSinh(step, 0, 2, { maxEvaluations: 14 }).evaluations;
    const r = tanhSinh(step, 0, 2, { maxEvaluations: spent0 + 26 });
    expect(r.evaluations, `step on [0, 2], budget ${spent0} + 26`).toBeGreaterThan(spent0);
  });

  it('breakpoints at the ends add no piece (the budget projection is unchanged)', () => {
    for (const maxEvaluations of [100, 300, 500]) {
      const plain = tanhSinh(step, 0, 2, { maxEvaluations });
      for (const breakpoints of [[0], [2]]) {
        const atEnd = tanhSinh(step, 0, 2, { maxEvaluations, breakpoints });
        expect(atEnd, `step on [0, 2] with breakpoints [${breakpoints}], budget ${maxEvaluations}`).toEqual(plain);
      }
    }
  });

  it('sorts the breakpoints', () => {
    const f = (x: number): number => (x < 0.5 ? 1 : x < 1 ? 2 : x < 1.5 ? 3 : 4);
    for (const breakpoints of [[1.5, 0.5, 1], [1, 1.5, 0.5], [1.5, 1, 0.5]]) {
      const r = tanhSinh(f, 0, 2, { breakpoints });
      expect(r.converged, `staircase, breakpoints [${breakpoints}]`).toBe(true);
      expect(Math.abs(r.value - 5), `staircase, breakpoints [${breakpoints}]: ${r.value}`).toBeLessThan(1e-13);
    }
  });

  it('absTol is honoured; relTol scales with |value|', () => {
    const loose = tanhSinh(step, 0, 2, { absTol: 1e-3 });
    expect(loose.converged, `step on [0, 2], absTol 1e-3: ${loose.reason}`).toBe(true);
    expect(loose.error, 'step on [0, 2], absTol 1e-3').toBeLessThanOrEqual(1e-3);
    for (const c of [1e6, 1e-6]) {
      const r = tanhSinh((x) => c * Math.exp(x), 0, 1);
      expect(r.converged, `${c}·e^x on [0, 1]: ${r.reason}`).toBe(true);
      expect(Math.abs(r.value / (c * Math.expm1(1)) - 1), `${c}·e^x on [0, 1] = ${r.value}`).toBeLessThan(1e-13);
      // the stopping rule is error ≤ relTol·|value|: an error far below that would mean it over-refined
      expect(r.error, `${c}·e^x on [0, 1]: error`).toBeGreaterThan(1e-20 * c);
    }
  });

  it('a non-finite f·w stops at once with NaN and a reason naming x and f; NaN limits are named too', () => {
    for (const bad of [Infinity, NaN]) {
      const c = counted((x) => (x > 0.5 ? bad : x));
      const r = tanhSinh(c.f, 0, 1);
      expect(r.reason, `f = ${bad} past ½`).toMatch(new RegExp(`^integrand × weight not finite at x = 0\\.\\d+ \\(f = ${bad}\\)$`));
      expect(r.value, `f = ${bad} past ½`).toBeNaN();
      expect(r.evaluations, `f = ${bad} past ½: stops within level 0`).toBeLessThanOrEqual(13);
    }
    expect(tanhSinh(Math.exp, NaN, 1).reason, 'tanhSinh(e^x, NaN, 1)').toBe('NaN integration limit');
  });

  it('drops nodes whose weight overflows although x is finite (end 1e300, s = 1e300): f is only seen at finite x', () => {
    // ∫_{1e300}^∞ 2e-300/(x/1e300)³ dx = 1; near x ≈ 1e307 the weight s·(π/2)cosh t·e^v overflows while f is a subnormal > 0
    const xs: number[] = [];
    const r = tanhSinh((x) => { xs.push(x); const u = x / 1e300; return 2e-300 / (u * u * u); }, 1e300, Infinity);
    expect(Math.abs(r.value - 1), `∫_{1e300}^∞ 2e-300/u³ = ${r.value} (${r.reason})`).toBeLessThan(1e-12);
    expect(xs.every((x) => Number.isFinite(x) && x > 1e300), 'every x finite and > 1e300').toBe(true);
  });

  it('the outermost sinh-sinh node is at t = T_MAX = 6.5 (x = sinh(π/2·sinh 6.5))', () => {
    const xs: number[] = [];
    tanhSinh((x) => (xs.push(x), gauss(x)), -Infinity, Infinity);
    const outer = Math.sinh((Math.PI / 2) * Math.sinh(6.5));
    expect(xs.includes(outer) && xs.includes(-outer), `largest |x| ${Math.max(...xs.map(Math.abs))} vs ${outer}`).toBe(true);
  });
});
