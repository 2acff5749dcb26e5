/**
 * A reusable quadrature rule for one density f: adaptive G7–K15 (QUADPACK dqk15 nodes, with the tail map of
 * quadrature.ts `segmentsOf`) run once on the envelope f(x)·(1 + e^{Lx}), keeping its final nodes and log
 * weights. For every λ between 0 and L, e^{λx} ≤ 1 + e^{Lx}, so the same nodes integrate e^{λx}f(x) and
 * x·e^{λx}f(x); each evaluation carries its own error estimate Σ_sub |K_sub − G_sub| (the Kronrod and the
 * embedded Gauss sum on each final sub-interval, unsmoothed — a conservative estimate).
 * Why: the families whose MGF has no closed form (Weibull, and the reflections of Pareto, Lomax, lognormal,
 * log-logistic, Fréchet) cost 3–16 ms per `logMgf` call by adaptive quadrature; the Donsker–Varadhan bound
 * needs tens of calls per case. A table costs about one call and every λ after it costs microseconds.
 * A `NodeMap` builds the rule in another variable t, x = toX(t), with logPdf the density of t (e.g. Weibull
 * k < 1 in t = (x/λ)^k, where f_T(t) = e^{−t} is smooth while f(x) ∝ x^{k−1} is singular at 0 and kept the
 * adaptive rule at its 200-interval budget without converging: t3NodeMaps.ts); the stored nodes are x_j = toX(t_j),
 * the weights those of t, and `xErr` bounds each node's rounding |x̃_j − toX(t_j)| (sums add its effect to their
 * estimate: the rule then integrates g(x̃(t)), and |g(x̃) − g(x)| ≤ |g′|·xErr to first order).
 */
import { GAUSS_KRONROD_15, locateLogPeak, segmentsOf } from '../numerics/quadrature.ts';
import { log1pExp } from '../numerics/logspace.ts';

export interface NodeTable {
  /** nodes, 15 per final sub-interval, contiguous */
  readonly x: Float64Array;
  /** log of (Kronrod weight × Jacobian × f(x)); −∞ where f vanishes */
  readonly logK: Float64Array;
  /** log of (Gauss weight × Jacobian × f(x)); −∞ at the 8 Kronrod-only nodes */
  readonly logG: Float64Array;
  /** e^{logK}, e^{logG} (0 where they underflow) */
  readonly K: Float64Array;
  readonly G: Float64Array;
  /** the envelope exponent the nodes were adapted to */
  readonly L: number;
  /** the envelope integral met the tolerance within the budget */
  readonly converged: boolean;
  /** with a NodeMap: a bound on the rounding of each node x_j (absent: x_j is the rule's own node) */
  readonly xErr?: Float64Array;
}

/**
 * The rule's variable t and the law's x = toX(t), monotone (a change of variables); relErr(t) bounds the relative
 * rounding of the computed toX(t) where it is not 0. Where it is 0 (underflow: Weibull k = 0.02, λ = 1e-300 puts 31%
 * of its mass on such nodes, λ = 1e200 nodes whose t^{1/k} underflowed while λ·t^{1/k} ~ 1e-124) the node's bound is
 * absolute, from monotonicity: such a node lies between the nonzero nodes nearest 0 on either side (or beyond the
 * one there is), so |toX(t)| ≤ max over those of |x̃| + xErr (buildNodeTable).
 */
export interface NodeMap {
  readonly toX: (t: number) => number;
  readonly relErr: (t: number) => number;
}

const { xgk: XGK, wgk: WGK, wg: WG } = GAUSS_KRONROD_15;
const MAX_SUBS = 200;
const REL_TOL = 1e-13;

/** A sub-interval's rule; its 15 nodes live in the pools below at [15·slot, 15·slot + 15). */
interface Sub { seg: number; lo: number; hi: number; k: number; err: number; slot: number }

/**
 * Node pools shared by all builds (a build is never re-entered: logPdf does not build tables), so that a
 * rule allocates no typed arrays (four per sub-interval were a tenth of the claims' time in the collector).
 */
let pool = { slots: 0, x: new Float64Array(0), lk: new Float64Array(0), lg: new Float64Array(0), xe: new Float64Array(0) };
function reserve(slots: number): void {
  if (slots <= pool.slots) return;
  const n = Math.max(slots, 2 * pool.slots, 256);
  const grow = (a: Float64Array) => { const b = new Float64Array(15 * n); b.set(a); return b; };
  pool = { slots: n, x: grow(pool.x), lk: grow(pool.lk), lg: grow(pool.lg), xe: grow(pool.xe) };
}

/** log of the Kronrod weights (node i of a rule, 0…14, is c ∓ h·XGK[i >> 1] for even/odd i, the centre for
 * i = 14; its weight index is j = i >> 1, 7 for the centre) */
const LOG_WGK = WGK.map((w) => Math.log(w));
/** Gauss weight of Kronrod index j (0 at the Kronrod-only nodes) and its log */
const GW = Array.from({ length: 8 }, (_, j) => (j === 7 ? WG[3] : j % 2 === 1 ? WG[(j - 1) / 2] : 0));
const LOG_GW = GW.map((w) => (w > 0 ? Math.log(w) : -Infinity));

/** `withBase` false: the envelope is e^{Lx}f alone (a table for λ = L only, resolving a tilt far from f's body). */
export function buildNodeTable(logPdf: (x: number) => number, lower: number, upper: number, L: number, withBase = true, map?: NodeMap): NodeTable {
  const tilt = (x: number) => (withBase ? log1pExp(L * x) : L * x);
  const toX = map ? map.toX : (t: number) => t;
  const logEnv = (t: number) => logPdf(t) + tilt(toX(t));
  const peak = locateLogPeak(logEnv, lower, upper);
  const M = Number.isFinite(peak.max) ? peak.max : 0;
  // Recorder: segmentsOf maps u to x and multiplies f(x) by the Jacobian; with f ≡ 1 it returns the Jacobian.
  let lastX = NaN;
  const segs = segmentsOf((x) => { lastX = x; return 1; }, lower, upper, peak.breakpoints);
  // one G7–K15 rule on [lo, hi] of segment `seg`: nodes, log weights × Jacobian × f, the envelope's K and G sums
  const free: number[] = [];
  let nextSlot = 0;
  const rule = (seg: number, lo: number, hi: number): Sub => {
    const c = 0.5 * (lo + hi);
    const h = 0.5 * (hi - lo);
    const g = segs[seg].g;
    const slot = free.length > 0 ? (free.pop() as number) : nextSlot++;
    reserve(slot + 1);
    const { x, lk, lg, xe } = pool;
    const o = 15 * slot;
    let kSum = 0, gSum = 0;
    for (let i = 0; i < 15; i++) {
      const j = i === 14 ? 7 : i >> 1;
      const u = i === 14 ? c : i % 2 === 0 ? c - h * XGK[j] : c + h * XGK[j];
      const jac = g(u);
      const ti = lastX;
      const xi = toX(ti);
      const finite = Number.isFinite(xi) && Number.isFinite(ti);
      // an integrable singularity at an end of the support (Beta α < 1 at 0): a node rounded onto it is dropped
      const lp = finite && jac > 0 ? logPdf(ti) : -Infinity;
      const lf = lp === Infinity ? -Infinity : lp + Math.log(jac * h);
      x[o + i] = finite ? xi : 0;
      if (map) xe[o + i] = finite && xi !== 0 ? Math.abs(xi) * map.relErr(ti) : 0;
      lk[o + i] = lf + LOG_WGK[j];
      lg[o + i] = GW[j] > 0 ? lf + LOG_GW[j] : -Infinity;
      const env = finite ? Math.exp(lf + tilt(xi) - M) : 0;
      kSum += WGK[j] * (env || 0);
      gSum += GW[j] * (env || 0);
    }
    return { seg, lo, hi, k: kSum, err: Math.abs(kSum - gSum), slot };
  };
  const subs: Sub[] = segs.map((s, i) => rule(i, s.lo, s.hi));
  let converged = false;
  let total = subs.reduce((a, s) => a + s.k, 0);
  let err = subs.reduce((a, s) => a + s.err, 0);
  for (;;) {
    if (err <= REL_TOL * total) { converged = true; break; }
    if (subs.length >= MAX_SUBS) break;
    let worst = 0;
    for (let i = 1; i < subs.length; i++) if (subs[i].err > subs[worst].err) worst = i;
    const s = subs[worst];
    const mid = 0.5 * (s.lo + s.hi);
    if (!(mid > s.lo && mid < s.hi)) { converged = err <= 1e-10 * total; break; }
    const a = rule(s.seg, s.lo, mid);
    const b = rule(s.seg, mid, s.hi);
    subs.splice(worst, 1, a, b);
    free.push(s.slot);
    total += a.k + b.k - s.k;
    err += a.err + b.err - s.err;
  }
  const n = subs.length * 15;
  const table = { x: new Float64Array(n), logK: new Float64Array(n), logG: new Float64Array(n), K: new Float64Array(n), G: new Float64Array(n), L, converged, xErr: map ? new Float64Array(n) : undefined };
  subs.forEach((s, i) => {
    const from = 15 * s.slot, to = from + 15;
    table.x.set(pool.x.subarray(from, to), 15 * i); table.logK.set(pool.lk.subarray(from, to), 15 * i); table.logG.set(pool.lg.subarray(from, to), 15 * i);
    table.xErr?.set(pool.xe.subarray(from, to), 15 * i);
  });
  for (let j = 0; j < n; j++) { table.K[j] = Math.exp(table.logK[j]); table.G[j] = Math.exp(table.logG[j]); }
  if (table.xErr) boundUnderflowedNodes(table.x, table.logK, table.xErr);
  return table;
}

/**
 * A mapped node whose computed x is 0 (toX underflowed) gets an absolute bound instead of |x|·relErr = 0, which
 * the sums' rounding estimate (t3NodeMaps.ts `roundingOfNodes`) would take as exact: the largest of the smallest
 * |x̃| + xErr among the positive and among the negative nodes (see NodeMap); Infinity when no node is nonzero.
 */
function boundUnderflowedNodes(x: Float64Array, logK: Float64Array, xErr: Float64Array): void {
  let pos = Infinity, neg = Infinity, zeros = false;
  for (let j = 0; j < x.length; j++) {
    if (x[j] > 0) pos = Math.min(pos, x[j] + xErr[j]);
    else if (x[j] < 0) neg = Math.min(neg, -x[j] + xErr[j]);
    else if (logK[j] > -Infinity) zeros = true;
  }
  if (!zeros) return;
  const bound = pos === Infinity && neg === Infinity ? Infinity : Math.max(pos === Infinity ? 0 : pos, neg === Infinity ? 0 : neg);
  for (let j = 0; j < x.length; j++) if (x[j] === 0 && logK[j] > -Infinity) xErr[j] = bound;
}
