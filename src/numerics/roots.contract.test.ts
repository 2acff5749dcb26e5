/**
 * Contracts of the root finders (roots.ts): the fields of every early return, the options, and the
 * convergence guarantees that distinguish Brent from bisection (Brent 1973, ch. 4: superlinear on a smooth
 * simple root, never worse than bisection), bisection in log x, and Numerical Recipes' `zbrac` geometry.
 */
import { describe, it, expect } from 'vitest';
import { bisectLog, brent, expandBracket } from './roots.ts';

const SMOOTH: [string, (x: number) => number, number, number, number][] = [
  ['x² − 2 on [0, 2]', (x) => x * x - 2, 0, 2, Math.SQRT2],
  ['cos x − x on [0, 1]', (x) => Math.cos(x) - x, 0, 1, 0.7390851332151607],
  ['eˣ − 10 on [0, 5]', (x) => Math.exp(x) - 10, 0, 5, Math.log(10)],
  ['x³ − 2x − 5 on [2, 3] (Wallis)', (x) => x ** 3 - 2 * x - 5, 2, 3, 2.0945514815423265],
  ['atan(x − 0.3) on [−10, 10]', (x) => Math.atan(x - 0.3), -10, 10, 0.3],
];

describe('brent: early returns', () => {
  it('a zero at either end is returned at once, converged and bracketed, 0 iterations', () => {
    expect(brent((x) => x - 1, 1, 5)).toEqual({ root: 1, iterations: 0, converged: true, bracketed: true });
    expect(brent((x) => x - 5, 1, 5)).toEqual({ root: 5, iterations: 0, converged: true, bracketed: true });
  });
  it('NaN at an end or an end that is NaN: root NaN, not bracketed, a reason naming NaN', () => {
    const nanLeft = (x: number): number => (x < 0.5 ? NaN : x - 0.75);
    const nanRight = (x: number): number => (x > 0.5 ? NaN : x - 0.25);
    const nanArg = (x: number): number => (Number.isNaN(x) ? -1 : x - 0.5);
    for (const [label, r] of [
      ['f NaN at lo', brent(nanLeft, 0, 1)],
      ['f NaN at hi', brent(nanRight, 0, 1)],
      ['lo is NaN', brent(nanArg, NaN, 1)],
      ['hi is NaN', brent((x) => (Number.isNaN(x) ? 1 : x - 0.5), 0, NaN)],
    ] as const) {
      expect(r.root, label).toBeNaN();
      expect(r, label).toMatchObject({ iterations: 0, converged: false, bracketed: false });
      expect(r.reason, label).toMatch(/NaN/);
    }
  });
  it('no sign change: root NaN, not bracketed, a reason quoting both values', () => {
    const r = brent((x) => x * x + 1, -1, 2);
    expect(r).toMatchObject({ iterations: 0, converged: false, bracketed: false });
    expect(r.reason).toBe('no sign change: f(-1) = 2, f(2) = 5');
    const neg = brent((x) => -x * x - 1, -1, 2);
    expect(neg.bracketed, 'both negative').toBe(false);
  });
});

describe('brent: iteration', () => {
  for (const [label, f, lo, hi, root] of SMOOTH) {
    it(`${label}: within 2 ulps, in at most 12 iterations (bisection would need ~50), either orientation`, () => {
      for (const [a, b] of [[lo, hi], [hi, lo]]) {
        const r = brent(f, a, b);
        expect(r.converged && r.bracketed, `${label} [${a}, ${b}]`).toBe(true);
        expect(r.reason, `${label} [${a}, ${b}]`).toBeUndefined();
        expect(Math.abs(r.root - root), `${label} [${a}, ${b}]: root ${r.root}`).toBeLessThanOrEqual(2 * Number.EPSILON * Math.max(1, root));
        expect(r.iterations, `${label} [${a}, ${b}]`).toBeLessThanOrEqual(12);
      }
    });
  }
  it('a linear function is solved by the first secant step', () => {
    const r = brent((x) => 3 * x - 1, 0, 1);
    expect(r.root).toBe(1 / 3);
    expect(r.iterations).toBeLessThanOrEqual(2);
  });
  it('never worse than bisection: a step function is bracketed to the tolerance in ≤ 60 + 4 iterations', () => {
    const r = brent((x) => (x < 0.3 ? -1 : 1), 0, 1);
    expect(r.converged).toBe(true);
    expect(Math.abs(r.root - 0.3)).toBeLessThanOrEqual(8 * Number.EPSILON);
    expect(r.iterations).toBeLessThanOrEqual(64);
  });
  it('maxIterations: stops with converged false, bracketed true, a reason and the count', () => {
    const r = brent((x) => Math.exp(x) - 10, 0, 5, { maxIterations: 2 });
    expect(r).toMatchObject({ iterations: 2, converged: false, bracketed: true, reason: 'no convergence in 2 iterations' });
    expect(r.root > 0 && r.root < 5, `root ${r.root} stays in the bracket`).toBe(true);
  });
  it('xTol and rTol loosen the stopping rule: the root within the tolerance, in fewer iterations', () => {
    const f = (x: number): number => Math.exp(x) - 10;
    const strict = brent(f, 0, 5).iterations;
    const byX = brent(f, 0, 5, { xTol: 1e-3 });
    expect(byX.converged).toBe(true);
    expect(Math.abs(byX.root - Math.log(10))).toBeLessThanOrEqual(1e-3);
    expect(byX.iterations).toBeLessThan(strict);
    const byR = brent(f, 0, 5, { rTol: 1e-6 });
    expect(Math.abs(byR.root - Math.log(10))).toBeLessThanOrEqual(4e-6 * Math.log(10));
    expect(byR.iterations).toBeLessThan(strict);
  });
  it('f NaN inside the bracket: root NaN, bracketed true, a reason naming the point', () => {
    const r = brent((x) => (x > 0.1 && x < 1.9 ? NaN : x - 1), 0, 2);
    expect(r.root).toBeNaN();
    expect(r).toMatchObject({ converged: false, bracketed: true });
    expect(r.iterations).toBeGreaterThanOrEqual(1);
    expect(r.reason).toMatch(/^f\(.*\) is NaN$/);
  });
});

describe('bisectLog', () => {
  it('ends in either order; the result is inside [logLo, logHi] with logLo ≤ logHi', () => {
    const a = bisectLog((y) => y - 3.25, 0, 10);
    const b = bisectLog((y) => y - 3.25, 10, 0);
    expect(b).toEqual(a);
    expect(a.logLo <= a.logRoot && a.logRoot <= a.logHi).toBe(true);
    expect(a.converged).toBe(true);
    expect(a.reason).toBeUndefined();
    expect(Math.abs(a.logRoot - 3.25)).toBeLessThanOrEqual(4 * Number.EPSILON * 3.25);
  });
  it('decreasing g works as well as increasing g', () => {
    const r = bisectLog((y) => 3.25 - y, 0, 10);
    expect(Math.abs(r.logRoot - 3.25)).toBeLessThanOrEqual(4 * Number.EPSILON * 3.25);
  });
  it('an exact zero at an end or at a midpoint is returned exactly', () => {
    expect(bisectLog((y) => y - 2, 2, 9)).toEqual({ logLo: 2, logHi: 9, iterations: 0, logRoot: 2, converged: true, bracketed: true });
    expect(bisectLog((y) => y - 9, 2, 9)).toEqual({ logLo: 2, logHi: 9, iterations: 0, logRoot: 9, converged: true, bracketed: true });
    expect(bisectLog((y) => y - 5, 0, 10)).toEqual({ logRoot: 5, logLo: 5, logHi: 5, iterations: 1, converged: true, bracketed: true });
  });
  it('NaN at an end, NaN ends, no sign change: not bracketed, logRoot NaN, a reason', () => {
    const cases = [
      bisectLog(() => NaN, 0, 1),
      bisectLog((y) => (y > 0.5 ? NaN : y - 0.25), 0, 1),
      bisectLog((y) => (Number.isNaN(y) ? -1 : y - 0.5), NaN, 1),
      bisectLog((y) => (Number.isNaN(y) ? 1 : y - 0.5), 0, NaN),
    ];
    for (const r of cases) {
      expect(r.logRoot).toBeNaN();
      expect(r).toMatchObject({ converged: false, bracketed: false, iterations: 0 });
      expect(r.reason).toMatch(/NaN/);
    }
    const none = bisectLog((y) => y + 1, 0, 10);
    expect(none.logRoot).toBeNaN();
    expect(none.reason).toBe('no sign change: g(0) = 1, g(10) = 11');
    expect(bisectLog((y) => -y - 1, 0, 10).bracketed, 'both negative').toBe(false);
  });
  it('g NaN inside: bracketed, not converged, a reason naming the point', () => {
    const r = bisectLog((y) => (y > 1 && y < 9 ? NaN : y - 5.5), 0, 10);
    expect(r.logRoot).toBeNaN();
    expect(r).toMatchObject({ logLo: 0, logHi: 10, iterations: 1, converged: false, bracketed: true, reason: 'g(5) is NaN' });
  });
  it('too few steps: the interval halves per step; converged false with a reason', () => {
    const r = bisectLog((y) => y - 3, 0, 1000, 5);
    expect(r).toEqual({ logRoot: 15.625, logLo: 0, logHi: 31.25, iterations: 5, converged: false, bracketed: true, reason: 'log-interval [0, 31.25] still wide after 5 steps' });
  });
  it('stops when the midpoint equals an end: iterations < steps, interval of adjacent doubles', () => {
    const r = bisectLog((y) => y - Math.PI, 3, 4);
    expect(r.iterations).toBeLessThan(200);
    expect(r.logHi - r.logLo).toBeLessThanOrEqual(2 * Number.EPSILON * 4);
    expect(r.converged).toBe(true);
  });
});

describe('expandBracket (Numerical Recipes §9.1 zbrac)', () => {
  it('the initial bracket is [x0, x0 + 0.1·max(1, |x0|)]', () => {
    expect(expandBracket((x) => x - 0.05, 0)).toMatchObject({ lo: 0, hi: 0.1, bracketed: true, steps: 0 });
    expect(expandBracket((x) => x - 21, 20)).toMatchObject({ lo: 20, hi: 22, bracketed: true, steps: 0 });
    expect(expandBracket((x) => x + 21, -20, { maxSteps: 0 })).toMatchObject({ lo: -20, hi: -18, bracketed: false });
    expect(expandBracket((x) => x - 1.25, 1, { step: 0.5 })).toMatchObject({ lo: 1, hi: 1.5, bracketed: true, steps: 0 });
  });
  it('moves the end with the smaller |f| outward by factor × width', () => {
    // [1, 1.1], |f(1.1)| < |f(1)|: hi → 1.1 + 2·0.1
    const up = expandBracket((x) => x - 1e10, 1, { maxSteps: 1 });
    expect(up).toMatchObject({ lo: 1, bracketed: false, steps: 1, reason: 'no sign change after 1 expansions' });
    expect(up.hi).toBeCloseTo(1.3, 14);
    expect(up.fHi).toBe(up.hi - 1e10);
    // [0, 0.1], |f(0)| < |f(0.1)|: lo → 0 − 2·0.1
    const down = expandBracket((x) => x + 10, 0, { maxSteps: 1 });
    expect(down).toMatchObject({ lo: -0.2, hi: 0.1, fLo: 9.8, steps: 1 });
    const f3 = expandBracket((x) => x + 10, 0, { maxSteps: 1, factor: 3 });
    expect(f3.lo).toBeCloseTo(-0.3, 15);
  });
  it('a zero of f at an end counts as bracketed, even when f is 0 at both ends', () => {
    expect(expandBracket(() => 0, 3)).toMatchObject({ bracketed: true, steps: 0 });
    expect(expandBracket((x) => x - 3, 3)).toMatchObject({ bracketed: true, steps: 0, fLo: 0 });
    expect(expandBracket((x) => Math.max(0, x - 3.1), 3, { step: 0.1 })).toMatchObject({ bracketed: true, steps: 0 });
  });
  it('approaches a finite upper bound geometrically: hi → upper − (upper − hi)/factor', () => {
    const first = expandBracket((x) => x - 0.7, 0, { upper: 1, step: 0.9, maxSteps: 0 });
    expect(first).toMatchObject({ lo: 0, hi: 0.5, bracketed: false, steps: 0 });
    expect(expandBracket((x) => x - 0.7, 0, { upper: 1, step: 0.9 })).toMatchObject({ lo: 0, hi: 0.75, bracketed: true, steps: 1 });
    const r = expandBracket((x) => x - (1 - 1e-9), 0, { upper: 1 });
    expect(r.bracketed).toBe(true);
    expect(r.hi).toBeLessThan(1);
  });
  it('approaches a finite lower bound geometrically: lo → lower + (lo − lower)/factor', () => {
    const r = expandBracket((x) => x + 0.7, 0, { lower: -1, step: 0.9 });
    expect(r).toMatchObject({ lo: -0.75, hi: 0.9, bracketed: true, steps: 2 });
    expect(r.lo).toBeGreaterThan(-1);
  });
  it('NaN values or an empty bracket: not bracketed, with a reason', () => {
    const nan = expandBracket(() => NaN, 0);
    expect(nan).toMatchObject({ bracketed: false, steps: 0 });
    expect(nan.reason).toMatch(/NaN or the bracket is empty/);
    expect(expandBracket((x) => (x > 0.05 ? NaN : 1), 0)).toMatchObject({ bracketed: false, steps: 0 });
    expect(expandBracket((x) => x, 1, { step: -1 })).toMatchObject({ bracketed: false, steps: 0 });
    expect(expandBracket((x) => x, 1, { step: 0 })).toMatchObject({ bracketed: false, steps: 0 });
  });
  it('leaving the double range ends the search with a reason', () => {
    const r = expandBracket(() => 1, 0, { maxSteps: 5000 });
    expect(r.bracketed).toBe(false);
    expect(r.steps).toBeGreaterThan(200);
    expect(r.steps).toBeLessThan(5000);
    expect(r.reason).toMatch(/double range/);
    expect(r.hi, 'hi after the overflowing step').toBe(Infinity);
    expect(r.fHi, 'f(hi) evaluated at the new end').toBe(1);
    const down = expandBracket((x) => (x > 0 ? 2 : 1), 0, { maxSteps: 5000 }); // |f(lo)| < |f(hi)|: expands downward
    expect(down.reason).toMatch(/double range/);
    expect(down.lo, 'lo after the overflowing step').toBe(-Infinity);
  });
});
