/**
 * Contracts of the quadrature bookkeeping: the heap order and compensated totals, the segment map of
 * infinite ends, logIntegrate's edge cases and locateLogPeak's breakpoint ladder. Written from surviving
 * mutants (Stryker, bench/mutation-scores.json).
 */
import { describe, it, expect } from 'vitest';
import { fc } from '@fast-check/vitest';
import { heapPop, heapPush, totals, type Piece } from './pieceHeap.ts';
import { segmentsOf, type Segment } from './segments.ts';
import { logIntegrate } from './logIntegrate.ts';
import { locateLogPeak } from './logPeak.ts';
import { integrate } from './integrate.ts';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('pieceHeap', () => {
  const piece = (error: number): Piece => ({ seg: 0, lo: 0, hi: 1, value: error, error });
  it('pops pieces in non-increasing error order (random pushes)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }), (errs) => {
        const heap: Piece[] = [];
        for (const e of errs) heapPush(heap, piece(e));
        const out: number[] = [];
        while (heap.length > 0) out.push(heapPop(heap).error);
        expect(out, `errors pushed ${errs.join(',')}`).toEqual([...errs].sort((a, b) => b - a));
      }),
    );
  });
  it('Neumaier totals keep the 1 in 1e16 + 1 − 1e16 and sum errors over lists', () => {
    const mk = (value: number, error: number): Piece => ({ seg: 0, lo: 0, hi: 1, value, error });
    expect(totals([[mk(1e16, 1)], [mk(1, 2), mk(-1e16, 3)]]), 'totals(1e16, 1, −1e16)').toEqual({ value: 1, error: 6 });
    expect(totals([[mk(1, 0), mk(1e16, 0), mk(-1e16, 0)]]), 'totals(1, 1e16, −1e16)').toEqual({ value: 1, error: 0 });
    expect(totals([[], []]), 'totals of nothing').toEqual({ value: 0, error: 0 });
  });
});

describe('segmentsOf', () => {
  const ends = (segs: readonly Segment[]): [number, number][] => segs.map((s) => [s.lo, s.hi]);
  it('finite [a, b]: split at the sorted, de-duplicated breakpoints strictly inside; g is f', () => {
    const f = (x: number): number => x;
    const segs = segmentsOf(f, 0, 4, [3, 1, 3, 0, 4, -1, 9, NaN, Infinity]);
    expect(ends(segs), 'segmentsOf(0, 4, [3,1,3,0,4,−1,9,NaN,∞])').toEqual([[0, 1], [1, 3], [3, 4]]);
    for (const s of segs) expect(s.g, `segment [${s.lo}, ${s.hi}]`).toBe(f);
  });
  it('[5, ∞) = [5, 10] ∪ tail with x = 10 + 10(1 − u)/u, g = f(x)·10/u²', () => {
    const f = (x: number): number => 1 / x;
    const segs = segmentsOf(f, 5, Infinity, []);
    expect(ends(segs), 'segmentsOf(5, ∞)').toEqual([[5, 10], [0, 1]]);
    // u = 0.5: x = 20, g = (1/20)·10/0.25 = 2; u = 0.25: x = 40, g = (1/40)·10/0.0625 = 4
    expect(segs[1].g(0.5), 'tail g(0.5)').toBeCloseTo(2, 14);
    expect(segs[1].g(0.25), 'tail g(0.25)').toBeCloseTo(4, 14);
  });
  it('[−0.5, ∞): the finite piece has width max(1, |a|) = 1 and scale s = max(1, |c|) = 1', () => {
    const segs = segmentsOf((x) => x, -0.5, Infinity, []);
    expect(ends(segs), 'segmentsOf(−0.5, ∞)').toEqual([[-0.5, 0.5], [0, 1]]);
    // u = 0.5: x = 0.5 + 1 = 1.5, g = 1.5·1/0.25 = 6
    expect(segs[1].g(0.5), 'tail g(0.5)').toBeCloseTo(6, 14);
  });
  it('(−∞, −3] = tail ∪ [−6, −3] with x = −6 − 6(1 − u)/u, g = f(x)·6/u²', () => {
    const segs = segmentsOf((x) => x, -Infinity, -3, []);
    expect(ends(segs), 'segmentsOf(−∞, −3)').toEqual([[0, 1], [-6, -3]]);
    // u = 0.5: x = −12, g = −12·6/0.25 = −288
    expect(segs[0].g(0.5), 'tail g(0.5)').toBeCloseTo(-288, 11);
  });
  it('(−∞, ∞) is split at 0 into two tails and [−1, 0], [0, 1]; with a breakpoint, at it instead', () => {
    expect(ends(segmentsOf((x) => x, -Infinity, Infinity, [])), 'segmentsOf(−∞, ∞)').toEqual([[0, 1], [-1, 0], [0, 1], [0, 1]]);
    expect(ends(segmentsOf((x) => x, -Infinity, Infinity, [4])), 'segmentsOf(−∞, ∞, [4])').toEqual([[0, 1], [0, 4], [4, 8], [0, 1]]);
  });
  it('tail term: 0 where f is 0 even if s/u² overflows; no overflow of f·s/u² when it is finite; NaN once x overflows', () => {
    expect(segmentsOf(() => 0, 0, Infinity, [])[1].g(1e-300), 'f = 0 at u = 1e-300').toBe(0);
    // u = 1e-200: x ≈ 1e200 finite, f·s/u² = 1e-300·1e400 = 1e100 (s/u² alone overflows)
    expect(rel(segmentsOf(() => 1e-300, 0, Infinity, [])[1].g(1e-200), 1e100), 'f = 1e-300 at u = 1e-200').toBeLessThan(1e-12);
    expect(segmentsOf(() => 1, 0, Infinity, [])[1].g(1e-320), 'x overflows at u = 1e-320').toBeNaN();
  });
});

describe('logIntegrate edge cases', () => {
  it('invalid limits (a > b, NaN) give NaN with a reason; a = b gives log 0 = −∞, converged', () => {
    for (const [a, b] of [[1, 0], [NaN, 1], [0, NaN]]) {
      const r = logIntegrate(() => 0, a, b);
      expect([r.log, r.converged, r.evaluations], `logIntegrate(0, ${a}, ${b})`).toEqual([NaN, false, 0]);
      expect(r.reason, `logIntegrate(0, ${a}, ${b}).reason`).toMatch(/invalid limits/);
    }
    expect(logIntegrate(() => 0, 2, 2), 'logIntegrate(0, 2, 2)').toEqual({ log: -Infinity, relError: 0, converged: true, evaluations: 0 });
  });
  it('a +∞ log-integrand: log = +∞, not converged; all −∞: log = −∞, converged, relError 0', () => {
    const inf = logIntegrate(() => Infinity, 0, 1);
    expect([inf.log, inf.converged], 'logIntegrate(+∞, 0, 1)').toEqual([Infinity, false]);
    expect(inf.reason, 'reason').toMatch(/\+Infinity/);
    const none = logIntegrate(() => -Infinity, 0, 1);
    expect([none.log, none.relError, none.converged, none.reason], 'logIntegrate(−∞, 0, 1)').toEqual([-Infinity, 0, true, undefined]);
    expect(none.evaluations, 'evaluations of the peak search').toBeGreaterThan(0);
    const nan = logIntegrate(() => NaN, 0, 1);
    expect([nan.log, nan.converged], 'logIntegrate(NaN, 0, 1)').toEqual([NaN, false]);
    expect(nan.reason, 'reason').toMatch(/NaN/);
  });
  it('mass only at a sampled point (the integral is 0): log = −∞, not converged, with a reason', () => {
    const r = logIntegrate((x) => (x === 0.5 ? 0 : -Infinity), 0, 1);
    expect([r.log, r.converged], 'logIntegrate(0 at x = ½ only, 0, 1)').toEqual([-Infinity, false]);
    expect(r.reason, 'reason').toMatch(/integral of e\^\(logf − 0\) is 0/);
  });
  it('log ∫_0^1 e^{3x} = log((e³ − 1)/3): relError = error/value, evaluations add up, caller breakpoints kept', () => {
    const exact = Math.log(Math.expm1(3) / 3);
    const r = logIntegrate((x) => 3 * x, 0, 1, { breakpoints: [0.25] });
    expect(r.converged, `reason ${r.reason}`).toBe(true);
    expect(r.reason, 'no reason when converged').toBeUndefined();
    expect(Math.abs(r.log - exact), `log ∫ e^{3x} = ${r.log} vs ${exact}`).toBeLessThan(1e-14);
    expect(r.relError, 'relError').toBeGreaterThan(0);
    expect(r.relError, 'relError').toBeLessThan(1e-12);
    const peak = locateLogPeak((x) => 3 * x, 0, 1);
    const direct = integrate((x) => Math.exp(3 * x - peak.max), 0, 1, { breakpoints: [0.25, ...peak.breakpoints] });
    expect(r.evaluations, 'evaluations = peak + quadrature').toBe(peak.evaluations + direct.evaluations);
    expect(r.relError, 'relError = error / value').toBe(direct.error / direct.value);
  });
  it('a quadrature failure carries its reason (divergent: log ∫_0^1 x^{-1})', () => {
    const r = logIntegrate((x) => -Math.log(x), 0, 1);
    expect(r.converged, `logIntegrate(−log x, 0, 1) = ${r.log}`).toBe(false);
    expect(r.log, 'a failed integral has log NaN (not −∞)').toBeNaN();
    expect(r.reason, 'reason').toMatch(/cannot be reduced|budget|not finite/);
  });
});

describe('locateLogPeak', () => {
  /** logf wrapped to count its calls, which `evaluations` must report. */
  const counted = (logf: (x: number) => number): { f: (x: number) => number; calls: () => number } => {
    let n = 0;
    return { f: (x) => (n++, logf(x)), calls: () => n };
  };
  it('a unit-width peak at 30 on [0, 100]: argmax to 1e-6, a ladder at ~1–2 and ~9–18 widths on each side', () => {
    const { f, calls } = counted((x) => -0.5 * (x - 30) ** 2);
    const p = locateLogPeak(f, 0, 100);
    expect(Math.abs(p.argmax - 30), `argmax ${p.argmax}`).toBeLessThan(1e-6);
    expect(Math.abs(p.max), `max ${p.max}`).toBeLessThan(1e-12);
    expect(p.evaluations, 'evaluations = calls of logf').toBe(calls());
    expect(p.breakpoints[0], 'first breakpoint is argmax').toBe(p.argmax);
    const d = p.breakpoints.slice(1).map((x) => x - 30).sort((a, b) => a - b);
    expect(d.length, `offsets ${d.join(', ')}`).toBe(4);
    // first rung: log f has fallen by ≥ ½ (|d| ≥ 1) at a doubling step (< 2); last: fallen by ≥ 40 (|d| ≥ √80)
    const [l2, l1, r1, r2] = d;
    for (const [name, v, lo, hi] of [['right inner', r1, 1, 2], ['left inner', -l1, 1, 2], ['right outer', r2, Math.sqrt(80), 2 * Math.sqrt(80)], ['left outer', -l2, Math.sqrt(80), 2 * Math.sqrt(80)]] as const) {
      expect(v, `${name} offset ${v}`).toBeGreaterThanOrEqual(lo);
      expect(v, `${name} offset ${v}`).toBeLessThan(hi);
    }
  });
  it('a second sampled local maximum within 40 of the top becomes a breakpoint (peaks at 1 and 5 on [0, 10])', () => {
    const logf = (x: number): number => Math.log(Math.exp(-100 * (x - 1) ** 2) + 0.5 * Math.exp(-100 * (x - 5) ** 2));
    const p = locateLogPeak(logf, 0, 10);
    expect(Math.abs(p.argmax - 1), `argmax ${p.argmax}`).toBeLessThan(1e-6);
    expect(p.breakpoints.some((x) => Math.abs(x - 5) <= 10 / 64), `breakpoints ${p.breakpoints.join(', ')}`).toBe(true);
    // a second peak 60 below the top is not marked
    const low = locateLogPeak((x: number): number => Math.log(Math.exp(-100 * (x - 1) ** 2) + 1e-26 * Math.exp(-100 * (x - 5) ** 2)), 0, 10);
    expect(low.breakpoints.some((x) => Math.abs(x - 5) <= 1), `breakpoints ${low.breakpoints.join(', ')}`).toBe(false);
  });
  it('NaN where x < ½ does not hide the peak at 0.7 on [0, 1]', () => {
    const { f, calls } = counted((x) => (x < 0.5 ? NaN : -((x - 0.7) ** 2)));
    const p = locateLogPeak(f, 0, 1);
    expect(Math.abs(p.argmax - 0.7), `argmax ${p.argmax}`).toBeLessThan(1e-6);
    expect(p.evaluations, 'evaluations = calls').toBe(calls());
  });
  it('a maximum at an infinite-range end: e^{−x} on (0, ∞) and e^{x} on (−∞, 0)', () => {
    for (const [name, logf, a, b, side] of [['−x on (0, ∞)', (x: number) => -x, 0, Infinity, 1], ['x on (−∞, 0)', (x: number) => x, -Infinity, 0, -1]] as const) {
      const { f, calls } = counted(logf);
      const p = locateLogPeak(f, a, b);
      expect(Math.abs(p.argmax), `${name}: argmax ${p.argmax}`).toBeLessThan(1e-12);
      expect(p.evaluations, `${name}: evaluations = calls`).toBe(calls());
      const rungs = p.breakpoints.slice(1).map((x) => side * x);
      // rungs at 2^k·1e-8 from the first below max − ½ (|x| ≥ ½) to the first below max − 40 (|x| ≥ 40)
      expect(rungs[0], `${name}: rungs ${rungs.join(', ')}`).toBeGreaterThanOrEqual(0.5);
      expect(rungs[0], `${name}: rungs ${rungs.join(', ')}`).toBeLessThan(1);
      expect(rungs[rungs.length - 1], `${name}: rungs ${rungs.join(', ')}`).toBeGreaterThanOrEqual(40);
      expect(rungs[rungs.length - 1], `${name}: rungs ${rungs.join(', ')}`).toBeLessThan(80);
    }
  });
  it('ladder rungs are 3 doublings apart (×8) from max − ½ down to the first point below max − 40: e^{−√x} on (0, ∞)', () => {
    const p = locateLogPeak((x) => -Math.sqrt(x), 0, Infinity);
    const rungs = p.breakpoints.slice(1);
    // −√x = −½ at x = ¼ and −40 at x = 1600: rungs at 2^k·1e-8 ≥ ¼, then ×8, the last the first doubling past 1600
    expect(rungs[0], `rungs ${rungs.join(', ')}`).toBeGreaterThanOrEqual(0.25);
    expect(rungs[0], `rungs ${rungs.join(', ')}`).toBeLessThan(0.5);
    for (let i = 1; i + 1 < rungs.length; i++) expect(rungs[i] / rungs[i - 1], `rung ${i} of ${rungs.join(', ')}`).toBeCloseTo(8, 12);
    const last = rungs[rungs.length - 1];
    expect(last, `last rung of ${rungs.join(', ')}`).toBeGreaterThanOrEqual(1600);
    expect(last, `last rung of ${rungs.join(', ')}`).toBeLessThan(3200);
    expect(rungs.length, `rungs ${rungs.join(', ')}`).toBe(6);
  });
  it('far peak on a half line: N(−1e6, 1) on (−∞, 5]', () => {
    const p = locateLogPeak((x) => -0.5 * (x + 1e6) ** 2, -Infinity, 5);
    expect(Math.abs(p.argmax + 1e6), `argmax ${p.argmax}`).toBeLessThan(1e-3);
    expect(p.breakpoints.some((x) => x > -1e6 + 1 && x < -1e6 + 2), `breakpoints ${p.breakpoints.join(', ')}`).toBe(true);
  });
  it('an empty interval gives max NaN with no evaluations; an all −∞ log f gives max −∞, argmax NaN, no breakpoints', () => {
    expect(locateLogPeak((x) => -x, 1, 1), 'locateLogPeak(−x, 1, 1)').toEqual({ max: NaN, argmax: NaN, breakpoints: [], evaluations: 0 });
    const { f, calls } = counted(() => -Infinity);
    const p = locateLogPeak(f, 0, 1);
    expect([p.max, p.argmax, p.breakpoints], 'locateLogPeak(−∞, 0, 1)').toEqual([-Infinity, NaN, []]);
    expect(p.evaluations, 'evaluations = calls').toBe(calls());
  });
});
