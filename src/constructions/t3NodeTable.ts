/**
 * A reusable quadrature rule for one density f: adaptive G7–K15 (QUADPACK dqk15 nodes, with the tail map of
 * quadrature.ts `segmentsOf`) run once on the envelope f(x)·(1 + e^{Lx}), keeping its final nodes and log
 * weights. For every λ between 0 and L, e^{λx} ≤ 1 + e^{Lx}, so the same nodes integrate e^{λx}f(x) and
 * x·e^{λx}f(x); each evaluation carries its own error estimate Σ_sub |K_sub − G_sub| (the Kronrod and the
 * embedded Gauss sum on each final sub-interval, unsmoothed — a conservative estimate).
 * Why: the families whose MGF has no closed form (Weibull, and the reflections of Pareto, Lomax, lognormal,
 * log-logistic, Fréchet) cost 3–16 ms per `logMgf` call by adaptive quadrature; the Donsker–Varadhan bound
 * needs tens of calls per case. A table costs about one call and every λ after it costs microseconds.
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
}

const { xgk: XGK, wgk: WGK, wg: WG } = GAUSS_KRONROD_15;
const MAX_SUBS = 200;
const REL_TOL = 1e-13;

interface Sub { seg: number; lo: number; hi: number; k: number; err: number; x: Float64Array; lk: Float64Array; lg: Float64Array }

/** log of the Kronrod weights (node i of a rule, 0…14, is c ∓ h·XGK[i >> 1] for even/odd i, the centre for
 * i = 14; its weight index is j = i >> 1, 7 for the centre) */
const LOG_WGK = WGK.map((w) => Math.log(w));
/** Gauss weight of Kronrod index j (0 at the Kronrod-only nodes) and its log */
const GW = Array.from({ length: 8 }, (_, j) => (j === 7 ? WG[3] : j % 2 === 1 ? WG[(j - 1) / 2] : 0));
const LOG_GW = GW.map((w) => (w > 0 ? Math.log(w) : -Infinity));

/** `withBase` false: the envelope is e^{Lx}f alone (a table for λ = L only, resolving a tilt far from f's body). */
export function buildNodeTable(logPdf: (x: number) => number, lower: number, upper: number, L: number, withBase = true): NodeTable {
  const tilt = (x: number) => (withBase ? log1pExp(L * x) : L * x);
  const logEnv = (x: number) => logPdf(x) + tilt(x);
  const peak = locateLogPeak(logEnv, lower, upper);
  const M = Number.isFinite(peak.max) ? peak.max : 0;
  // Recorder: segmentsOf maps u to x and multiplies f(x) by the Jacobian; with f ≡ 1 it returns the Jacobian.
  let lastX = NaN;
  const segs = segmentsOf((x) => { lastX = x; return 1; }, lower, upper, peak.breakpoints);
  // one G7–K15 rule on [lo, hi] of segment `seg`: nodes, log weights × Jacobian × f, the envelope's K and G sums
  const rule = (seg: number, lo: number, hi: number): Sub => {
    const c = 0.5 * (lo + hi);
    const h = 0.5 * (hi - lo);
    const g = segs[seg].g;
    const x = new Float64Array(15), lk = new Float64Array(15), lg = new Float64Array(15);
    let kSum = 0, gSum = 0;
    for (let i = 0; i < 15; i++) {
      const j = i === 14 ? 7 : i >> 1;
      const u = i === 14 ? c : i % 2 === 0 ? c - h * XGK[j] : c + h * XGK[j];
      const jac = g(u);
      const xi = lastX;
      const finite = Number.isFinite(xi);
      // an integrable singularity at an end of the support (Beta α < 1 at 0): a node rounded onto it is dropped
      const lp = finite && jac > 0 ? logPdf(xi) : -Infinity;
      const lf = lp === Infinity ? -Infinity : lp + Math.log(jac * h);
      x[i] = finite ? xi : 0;
      lk[i] = lf + LOG_WGK[j];
      lg[i] = GW[j] > 0 ? lf + LOG_GW[j] : -Infinity;
      const env = finite ? Math.exp(lf + tilt(xi) - M) : 0;
      kSum += WGK[j] * (env || 0);
      gSum += GW[j] * (env || 0);
    }
    return { seg, lo, hi, k: kSum, err: Math.abs(kSum - gSum), x, lk, lg };
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
    total += a.k + b.k - s.k;
    err += a.err + b.err - s.err;
  }
  const n = subs.length * 15;
  const table = { x: new Float64Array(n), logK: new Float64Array(n), logG: new Float64Array(n), K: new Float64Array(n), G: new Float64Array(n), L, converged };
  subs.forEach((s, i) => { table.x.set(s.x, 15 * i); table.logK.set(s.lk, 15 * i); table.logG.set(s.lg, 15 * i); });
  for (let j = 0; j < n; j++) { table.K[j] = Math.exp(table.logK[j]); table.G[j] = Math.exp(table.logG[j]); }
  return table;
}

/** Σ_j K_j·h(x_j)·e^{λx_j − shift} and its error Σ_sub |K − G| sums, for a real function h. */
export function tableSum(t: NodeTable, lambda: number, shift: number, h: (x: number) => number = () => 1): { value: number; error: number } {
  let value = 0, error = 0;
  for (let s = 0; s < t.x.length; s += 15) {
    let k = 0, g = 0;
    for (let j = s; j < s + 15; j++) {
      const e = lambda * t.x[j] - shift;
      const hv = h(t.x[j]);
      if (hv === 0) continue;
      k += hv * Math.exp(t.logK[j] + e);
      if (t.logG[j] > -Infinity) g += hv * Math.exp(t.logG[j] + e);
    }
    value += k;
    error += Math.abs(k - g);
  }
  return { value, error };
}
