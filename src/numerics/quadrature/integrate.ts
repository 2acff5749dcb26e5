/**
 * Globally adaptive Gauss–Kronrod quadrature (G7–K15) in the manner of QUADPACK `qags`/`qagi`
 * (Piessens, de Doncker-Kapenga, Überhuber & Kahaner, QUADPACK, Springer 1983):
 * the subinterval with the largest error estimate is bisected until the summed estimate meets the tolerance.
 *
 * Infinite ends are mapped onto (0, 1] (segments.ts); the G7–K15 rule is in gaussKronrod.ts.
 *
 * Total: never throws. Non-finite integrand values give {value: NaN, converged: false, reason}.
 * Not in the error estimate: rounding of the abscissae themselves (ulp(x)·|f'/f|, e.g. 1e-10 relative for
 * a unit-width peak at x = 1e6); integrate in a centred variable where that matters.
 */
import { kronrod15 } from './gaussKronrod.ts';
import { EPS, resolveOptions, type QuadratureOptions, type QuadratureResult } from './options.ts';
import { heapPop, heapPush, totals, type Piece } from './pieceHeap.ts';
import { segmentsOf } from './segments.ts';

/**
 * ∫_a^b f(x) dx by adaptive G7–K15. a > b gives −∫_b^a; NaN ends give NaN.
 * @example integrate((x) => Math.exp(-x * x), -Infinity, Infinity).value // 1.7724538509055159 (√π)
 */
export function integrate(f: (x: number) => number, a: number, b: number, opts?: QuadratureOptions): QuadratureResult {
  if (Number.isNaN(a) || Number.isNaN(b)) return { value: NaN, error: NaN, converged: false, evaluations: 0, reason: 'NaN integration limit' };
  if (a === b) return { value: 0, error: 0, converged: true, evaluations: 0 };
  if (a > b) {
    const r = integrate(f, b, a, opts);
    return { ...r, value: -r.value };
  }
  const o = resolveOptions(opts);
  const segs = segmentsOf(f, a, b, o.breakpoints, o.logIntegrand);
  const heap: Piece[] = [];
  const done: Piece[] = [];
  let evaluations = 0;
  const evaluate = (seg: number, lo: number, hi: number): Piece | string => {
    const r = kronrod15(segs[seg].g, lo, hi);
    evaluations += 15;
    if (r.bad !== undefined) return `integrand not finite near u = ${r.bad} (segment ${seg})`;
    return { seg, lo, hi, value: r.value, error: r.error };
  };
  const fail = (reason: string): QuadratureResult => ({ value: NaN, error: NaN, converged: false, evaluations, reason });
  const file = (p: Piece): void => {
    const w = p.hi - p.lo;
    const unrefinable = w <= 8 * EPS * Math.max(Math.abs(p.lo), Math.abs(p.hi), Number.MIN_VALUE / EPS) || p.error === 0;
    if (unrefinable) done.push(p);
    else heapPush(heap, p);
  };
  for (let i = 0; i < segs.length; i++) {
    const p = evaluate(i, segs[i].lo, segs[i].hi);
    if (typeof p === 'string') return fail(p);
    file(p);
  }
  let run = totals([heap, done]);
  for (let iter = 1; ; iter++) {
    if (iter % 64 === 0) run = totals([heap, done]);
    let tol = Math.max(o.absTol, o.relTol * Math.abs(run.value));
    if (run.error <= tol || heap.length === 0) {
      run = totals([heap, done]);
      tol = Math.max(o.absTol, o.relTol * Math.abs(run.value));
      if (run.error <= tol) return { value: run.value, error: run.error, converged: true, evaluations };
      if (heap.length === 0)
        return { value: run.value, error: run.error, converged: false, evaluations, reason: `error ${run.error} cannot be reduced below tolerance ${tol} (roundoff or non-integrable singularity)` };
    }
    if (evaluations + 30 > o.maxEvaluations)
      return { value: run.value, error: run.error, converged: false, evaluations, reason: `evaluation budget ${o.maxEvaluations} exhausted: error ${run.error} > tolerance ${tol}` };
    const p = heapPop(heap);
    const mid = 0.5 * (p.lo + p.hi);
    const left = evaluate(p.seg, p.lo, mid);
    if (typeof left === 'string') return fail(left);
    const right = evaluate(p.seg, mid, p.hi);
    if (typeof right === 'string') return fail(right);
    run = { value: run.value - p.value + left.value + right.value, error: run.error - p.error + left.error + right.error };
    file(left);
    file(right);
  }
}
