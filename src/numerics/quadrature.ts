/**
 * Globally adaptive Gauss–Kronrod quadrature (G7–K15) in the manner of QUADPACK `qags`/`qagi`
 * (Piessens, de Doncker-Kapenga, Überhuber & Kahaner, QUADPACK, Springer 1983):
 * the subinterval with the largest error estimate is bisected until the summed estimate meets the tolerance.
 *
 * Infinite ends are mapped onto (0, 1] as in `qagi`, after splitting off a finite piece so that a
 * singularity at a finite end keeps full resolution: [a, ∞) = [a, c] ∪ [c, ∞) with c = a + max(1, |a|), and
 *   [c, ∞):  x = c + s(1 − u)/u,  dx = s/u² du,  s = max(1, |c|);   (−∞, c] likewise with x = c − s(1 − u)/u.
 * The scale keeps ∫_t^∞ at t = 1e6 from hiding its mass in u < 1e-6, which is how unscaled `qagi`
 * (scipy `quad`) goes silently wrong in far tails (claims.md §4, numerics.md "speed anchors").
 * (−∞, ∞) is split at 0 (and at every breakpoint).
 *
 * Total: never throws. Non-finite integrand values give {value: NaN, converged: false, reason}.
 * Not in the error estimate: rounding of the abscissae themselves (ulp(x)·|f'/f|, e.g. 1e-10 relative for
 * a unit-width peak at x = 1e6); integrate in a centred variable where that matters.
 */
import { tanhSinh } from './tanhSinh.ts';

export interface QuadratureResult {
  value: number;
  /** estimated absolute error (QUADPACK's dqk15 estimate summed over subintervals) */
  error: number;
  converged: boolean;
  evaluations: number;
  reason?: string;
}

export interface QuadratureOptions {
  /** relative tolerance; default 1e-12 (raised to 50·ε, as QUADPACK does) */
  relTol?: number;
  /** absolute tolerance; default 0 */
  absTol?: number;
  /** integrand evaluation budget; default 200_000 */
  maxEvaluations?: number;
  /** points in (a, b) where the integrand jumps or peaks; each becomes a subinterval end */
  breakpoints?: number[];
}

/** K15 abscissae (descending, last = centre), K15 weights and G7 weights (at XGK[1], XGK[3], XGK[5], XGK[7]); QUADPACK dqk15. */
export const GAUSS_KRONROD_15 = {
  xgk: [
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
    0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0,
  ],
  wgk: [
    0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
    0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
  ],
  wg: [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327],
} as const;

const EPS = Number.EPSILON;
const { xgk: XGK, wgk: WGK, wg: WG } = GAUSS_KRONROD_15;

/** Resolve defaults; relTol is raised to 50ε, below which the dqk15 error floor makes convergence impossible. */
export function resolveOptions(opts: QuadratureOptions | undefined): Required<QuadratureOptions> {
  return {
    relTol: Math.max(opts?.relTol ?? 1e-12, 50 * EPS),
    absTol: Math.max(opts?.absTol ?? 0, 0),
    maxEvaluations: opts?.maxEvaluations ?? 200_000,
    breakpoints: opts?.breakpoints ?? [],
  };
}

/** A piece of [a, b] as an integrand g on a finite [lo, hi] (after the tail map where an end is infinite). */
export interface Segment {
  lo: number;
  hi: number;
  g: (u: number) => number;
}

/** Split [a, b] (a < b) at the breakpoints inside it and map infinite pieces onto (0, 1]; see the file comment. */
export function segmentsOf(f: (x: number) => number, a: number, b: number, breakpoints: readonly number[]): Segment[] {
  const inner = [...new Set(breakpoints.filter((x) => x > a && x < b && Number.isFinite(x)))].sort((x, y) => x - y);
  if (a === -Infinity && b === Infinity && inner.length === 0) inner.push(0);
  const ends = [a, ...inner, b];
  const segs: Segment[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const lo = ends[i];
    const hi = ends[i + 1];
    if (hi === Infinity) {
      const end = lo + Math.max(1, Math.abs(lo));
      const s = Math.max(1, Math.abs(end));
      if (lo !== -Infinity) segs.push({ lo, hi: end, g: f });
      segs.push({ lo: 0, hi: 1, g: (u) => tailTerm(f, end + (s * (1 - u)) / u, s, u) });
    } else if (lo === -Infinity) {
      const end = hi - Math.max(1, Math.abs(hi));
      const s = Math.max(1, Math.abs(end));
      segs.push({ lo: 0, hi: 1, g: (u) => tailTerm(f, end - (s * (1 - u)) / u, s, u) });
      segs.push({ lo: end, hi, g: f });
    } else segs.push({ lo, hi, g: f });
  }
  return segs;
}

/**
 * f(x)·s/u², multiplied in an order that does not overflow while f(x)·s/u² itself is finite. Where x itself
 * overflows (u < ~1e-308·s) refinement has chased mass past the double range (a divergent or too slowly
 * decaying tail): NaN, so the integral is reported as failed instead of silently dropping that mass.
 */
function tailTerm(f: (x: number) => number, x: number, s: number, u: number): number {
  if (!Number.isFinite(x)) return NaN;
  const fx = f(x);
  return fx === 0 ? 0 : ((fx * s) / u) / u;
}

interface Piece {
  seg: number;
  lo: number;
  hi: number;
  value: number;
  error: number;
}

/** One G7–K15 rule on [lo, hi] with QUADPACK's error estimate; `bad` holds the point where g was not finite. */
function kronrod15(g: (u: number) => number, lo: number, hi: number): { value: number; error: number; bad?: number } {
  const c = 0.5 * (lo + hi);
  const h = 0.5 * (hi - lo);
  const fv: number[] = new Array(15);
  const xs: number[] = new Array(15);
  for (let j = 0; j < 7; j++) {
    xs[2 * j] = c - h * XGK[j];
    xs[2 * j + 1] = c + h * XGK[j];
  }
  xs[14] = c;
  for (let i = 0; i < 15; i++) {
    fv[i] = g(xs[i]);
    if (!Number.isFinite(fv[i])) return { value: NaN, error: NaN, bad: xs[i] };
  }
  let resk = WGK[7] * fv[14];
  let resg = WG[3] * fv[14];
  let resabs = Math.abs(resk);
  for (let j = 0; j < 7; j++) {
    const s = fv[2 * j] + fv[2 * j + 1];
    resk += WGK[j] * s;
    resabs += WGK[j] * (Math.abs(fv[2 * j]) + Math.abs(fv[2 * j + 1]));
    if (j % 2 === 1) resg += WG[(j - 1) / 2] * s;
  }
  const mean = 0.5 * resk;
  let resasc = WGK[7] * Math.abs(fv[14] - mean);
  for (let j = 0; j < 7; j++) resasc += WGK[j] * (Math.abs(fv[2 * j] - mean) + Math.abs(fv[2 * j + 1] - mean));
  const ah = Math.abs(h);
  resabs *= ah;
  resasc *= ah;
  let error = Math.abs((resk - resg) * h);
  if (resasc !== 0 && error !== 0) error = resasc * Math.min(1, Math.pow((200 * error) / resasc, 1.5));
  if (resabs > Number.MIN_VALUE / (50 * EPS)) error = Math.max(50 * EPS * resabs, error);
  return { value: resk * h, error };
}

/** Max-heap of pieces by error. */
function heapPush(heap: Piece[], p: Piece): void {
  heap.push(p);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent].error >= heap[i].error) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}
function heapPop(heap: Piece[]): Piece {
  const top = heap[0];
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].error > heap[m].error) m = l;
      if (r < heap.length && heap[r].error > heap[m].error) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
  return top;
}

/** Neumaier-compensated sums of value and error over pieces. */
function totals(pieces: readonly Piece[][]): { value: number; error: number } {
  let s = 0;
  let comp = 0;
  let e = 0;
  for (const list of pieces)
    for (const p of list) {
      const t = s + p.value;
      comp += Math.abs(s) >= Math.abs(p.value) ? s - t + p.value : p.value - t + s;
      s = t;
      e += p.error;
    }
  return { value: s + comp, error: e };
}

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
  const segs = segmentsOf(f, a, b, o.breakpoints);
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

export interface BothResult {
  value: number;
  error: number;
  converged: boolean;
  /** |gk − ts| ≤ 2·max(absTol, relTol·max(|gk|, |ts|)) */
  agree: boolean;
  gk: QuadratureResult;
  ts: QuadratureResult;
}

/**
 * Gauss–Kronrod and tanh-sinh on the same integral: "two methods where one can be fooled" (claims.md §4).
 * error = max(both estimates, |gk − ts|); converged only when both converged and agree.
 */
export function integrateBoth(f: (x: number) => number, a: number, b: number, opts?: QuadratureOptions): BothResult {
  const o = resolveOptions(opts);
  const gk = integrate(f, a, b, opts);
  const ts = tanhSinh(f, a, b, opts);
  const diff = Math.abs(gk.value - ts.value);
  const scale = Math.max(Math.abs(gk.value), Math.abs(ts.value));
  // 2^-1052: in the subnormal range, where doubles carry no relative precision, any two values agree
  const agree = Number.isFinite(diff) && diff <= 2 * Math.max(o.absTol, o.relTol * scale, 2 ** -1052);
  const value = ts.converged && (!gk.converged || ts.error < gk.error) ? ts.value : gk.value;
  const error = Math.max(gk.error, ts.error, diff);
  return { value, error: Number.isNaN(error) ? NaN : error, converged: gk.converged && ts.converged && agree, agree, gk, ts };
}

export interface LogPeak {
  /** max of the samples (refined): M ≈ sup log f */
  max: number;
  argmax: number;
  /** argmax, a geometric ladder out to where log f has fallen by 40 on each side, and sampled local maxima within 40 of M */
  breakpoints: number[];
  evaluations: number;
}

/** Sample points covering [a, b] on every scale: a uniform grid and geometric ladders toward each end (or out to ±1e308). */
function samplePoints(a: number, b: number): number[] {
  const xs: number[] = [];
  if (Number.isFinite(a) && Number.isFinite(b)) {
    const w = b - a;
    for (let k = 1; k < 64; k++) xs.push(a + (w * k) / 64);
    for (let j = 7; j <= 1074; j += j < 60 ? 1 : 8) xs.push(a + w * 2 ** -j, b - w * 2 ** -j);
  } else {
    const origin = Number.isFinite(a) ? a : Number.isFinite(b) ? b : 0;
    const s = Math.max(1, Math.abs(origin));
    if (!Number.isFinite(a) && !Number.isFinite(b)) xs.push(0);
    for (let j = -60; j <= 1024; j++) {
      const d = s * 2 ** j;
      if (b === Infinity) xs.push(origin + d);
      if (a === -Infinity) xs.push(origin - d);
    }
  }
  return xs.filter((x) => x > a && x < b && Number.isFinite(x)).sort((x, y) => x - y);
}

/**
 * Locate the maximum of log f on (a, b) roughly: sample on every scale (samplePoints), then golden-section
 * search between the best sample's neighbours. Used to shift log f before exponentiating (logIntegrate)
 * and to place breakpoints at the peak, so a narrow peak far from 0 is not missed by the first rule.
 */
export function locateLogPeak(logf: (x: number) => number, a: number, b: number): LogPeak {
  const xs = samplePoints(a, b);
  const ls = xs.map((x) => logf(x));
  let evaluations = xs.length;
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (ls[i] > ls[best] || Number.isNaN(ls[best])) best = i;
  if (xs.length === 0 || !(ls[best] > -Infinity)) return { max: xs.length === 0 ? NaN : ls[best], argmax: NaN, breakpoints: [], evaluations };
  let lo = best > 0 ? xs[best - 1] : a;
  let hi = best + 1 < xs.length ? xs[best + 1] : b;
  if (!Number.isFinite(lo)) lo = xs[best] - 2 * Math.max(1, Math.abs(xs[best]));
  if (!Number.isFinite(hi)) hi = xs[best] + 2 * Math.max(1, Math.abs(xs[best]));
  let argmax = xs[best];
  let max = ls[best];
  const r = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - r * (hi - lo);
  let x2 = lo + r * (hi - lo);
  let f1 = logf(x1);
  let f2 = logf(x2);
  evaluations += 2;
  for (let it = 0; it < 200 && hi - lo > 1e-15 * Math.max(Math.abs(lo), Math.abs(hi)) + 1e-300; it++) {
    if (f1 >= f2 || Number.isNaN(f2)) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - r * (hi - lo);
      f1 = logf(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + r * (hi - lo);
      f2 = logf(x2);
    }
    evaluations++;
    if (f1 > max) [max, argmax] = [f1, x1];
    if (f2 > max) [max, argmax] = [f2, x2];
  }
  // A geometric ladder of breakpoints on each side: from where log f has fallen by ½ (the peak's width w)
  // at w·8^k out to where it has fallen by 40, so every first rule sees the peak at its own scale.
  const breakpoints = [argmax];
  for (const dir of [-1, 1]) {
    let step = 1e-8 * Math.max(1, Math.abs(argmax));
    let sinceLast = -1;
    for (let k = 0; k < 1100; k++, step *= 2) {
      const x = argmax + dir * step;
      if (!(x > a && x < b)) break;
      evaluations++;
      const l = logf(x);
      if (sinceLast < 0 && l > max - 0.5) continue;
      if (!(l > max - 40)) {
        breakpoints.push(x);
        break;
      }
      if (sinceLast < 0 || sinceLast >= 3) {
        breakpoints.push(x);
        sinceLast = 0;
      }
      sinceLast++;
    }
  }
  for (let i = 1; i + 1 < xs.length && breakpoints.length < 80; i++)
    if (ls[i] > ls[i - 1] && ls[i] > ls[i + 1] && ls[i] > max - 40 && i !== best) breakpoints.push(xs[i]);
  return { max, argmax, breakpoints, evaluations };
}

export interface LogIntegral {
  /** log ∫ e^{logf} */
  log: number;
  /** relative error of the integral (= absolute error of `log`, to first order) */
  relError: number;
  converged: boolean;
  evaluations: number;
  reason?: string;
}

/**
 * log ∫_a^b e^{logf(x)} dx for integrands that under- or overflow: M = max log f is located (locateLogPeak),
 * ∫ e^{logf − M} is integrated with breakpoints at the peak, and M is added back.
 * @example logIntegrate((x) => -x - 1e4, 0, Infinity).log // -10000
 */
export function logIntegrate(logf: (x: number) => number, a: number, b: number, opts?: QuadratureOptions): LogIntegral {
  if (Number.isNaN(a) || Number.isNaN(b) || a > b) return { log: NaN, relError: NaN, converged: false, evaluations: 0, reason: 'invalid limits (need a ≤ b)' };
  if (a === b) return { log: -Infinity, relError: 0, converged: true, evaluations: 0 };
  const peak = locateLogPeak(logf, a, b);
  const base = { evaluations: peak.evaluations };
  if (Number.isNaN(peak.max)) return { ...base, log: NaN, relError: NaN, converged: false, reason: 'log-integrand is NaN' };
  if (peak.max === Infinity) return { ...base, log: Infinity, relError: NaN, converged: false, reason: 'log-integrand is +Infinity' };
  if (peak.max === -Infinity) return { ...base, log: -Infinity, relError: 0, converged: true };
  const M = peak.max;
  const bps = [...(opts?.breakpoints ?? []), ...peak.breakpoints];
  const r = integrate((x) => Math.exp(logf(x) - M), a, b, { ...opts, breakpoints: bps });
  const evaluations = peak.evaluations + r.evaluations;
  const log = r.value > 0 ? M + Math.log(r.value) : r.value === 0 ? -Infinity : NaN;
  const out: LogIntegral = { log, relError: r.error / Math.abs(r.value), converged: r.converged && r.value > 0, evaluations };
  if (r.reason !== undefined) out.reason = r.reason;
  else if (!(r.value > 0)) out.reason = `integral of e^(logf − ${M}) is ${r.value}`;
  return out;
}
