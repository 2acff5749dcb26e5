/**
 * ℓ(v) = log F̄_X(t − v) for the conditioning integrals E[V | X + V > t] (X ⊥ V), and its rounding at large t.
 *
 * Two roundings spoil ℓ at large t: t − v is rounded to ulp(|t| + |v|) (2 at t = 10¹⁶), and ℓ itself, of size
 * |log F̄_X(t)| (7·10¹⁵ for Weibull k = 0.99 at t = 10¹⁶), to ε·|ℓ|. Both turn ℓ into a staircase whose steps,
 * h_X·ulp(t) and ε·|ℓ| in log units, were of order 1 there, and the quadrature converged on the staircase:
 * E[V | U > 10²⁵] = 4e8 ± 0.6 for V ~ Exp(2), where it is 1/(2 − h_X(t)) ≈ 0.79.
 *
 * Offset mode (X continuous, ulp(t)·h_X(t) > 1e-10 or ε·|log F̄_X(t)| > 1e-12, ℓ smooth on the scale of t, and all
 * but < 1e-14 of the weight at |v| ≤ D = |t|/256): ℓ is returned relative to O = log F̄_X(t). On [−D, D], ℓ(t + x) − O
 * is interpolated (barycentric, Chebyshev–Lobatto, 13 nodes; the 7-node interpolant must agree) from values taken
 * a macroscopic distance apart: their rounding ε|O| enters at x only as ~|x|/D of it, and t − v is never formed
 * for the v that carry the weight. Beyond D it is log F̄_X(t − v) − O, where the weight is bounded (farShare), using
 * F̄_X(t − v) non-decreasing in v on a grid v_j (ratio 1.25 up to 1024·D, then 4):
 *   ∫_{v > D} ≤ Σ_j P(V > v_j)·F̄_X(t − v_{j+1}),   ∫_{v < −D} ≤ Σ_j P(V < −v_j)·F̄_X(t + v_j),
 * against the lower bound ∫ ≥ P(V > q)·F̄_X(t − q) at quantiles q of V; the first moment likewise with |v| ≤ v_{j+1}.
 * Otherwise (absolute mode, O = 0) ℓ = X.logSf(t − v) and `roundingAt(v)` = ulp(|t| + |v|)·h_X(t − v) + ε·|ℓ(v)|
 * (for X not continuous, h_X is the log step log F̄_X(s − 1) − log F̄_X(s)) is the log-unit error of the weight,
 * which the caller adds to its error estimate or, past 0.01, reports as not converged.
 */
import type { Distribution } from '../distributions/types.ts';
import { logAddExp } from '../numerics/logspace.ts';

const HAZARD_FROM = 1e-10;
/** Half-width of the interpolated window, relative to |t|. */
const SPAN = 2 ** -8;
/** Share of the weight (and of the first moment) allowed outside |v| ≤ δ in offset mode. */
const FAR_SHARE = 1e-14;
const EPS = Number.EPSILON;

export interface ShiftedLogSf {
  /** O: the values of ell are log F̄_X(t − v) − O */
  readonly offset: number;
  /** log F̄_X(t − v) − offset (−∞ for infinite v; NaN where the hazard form fails its check) */
  readonly ell: (v: number) => number;
  /** log-unit error of ell(v) from rounding (0 in offset mode) */
  readonly roundingAt: (v: number) => number;
}

const hazard = (X: Distribution, s: number): number => Math.exp(X.logPdf(s) - X.logSf(s));
const cache = new WeakMap<Distribution, WeakMap<Distribution, Map<number, ShiftedLogSf>>>();

/** ℓ(v) = log F̄_X(t − v) (relative to an offset at large t) for V's law `V` (see the file comment). */
export function shiftedLogSf(X: Distribution, V: Distribution, t: number): ShiftedLogSf {
  let byV = cache.get(X);
  if (!byV) cache.set(X, (byV = new WeakMap()));
  let byT = byV.get(V);
  if (!byT) byV.set(V, (byT = new Map()));
  let r = byT.get(t);
  if (!r) {
    if (byT.size > 256) byT.clear();
    byT.set(t, (r = make(X, V, t)));
  }
  return r;
}

function absolute(X: Distribution, t: number): ShiftedLogSf {
  const ell = (v: number): number => (Number.isFinite(v) ? X.logSf(t - v) : -Infinity);
  const continuous = X.support.kind === 'continuous';
  const roundingAt = (v: number): number => {
    if (!Number.isFinite(v)) return 0;
    const s = t - v;
    const l = X.logSf(s);
    if (l === -Infinity) return 0;
    const step = continuous ? hazard(X, s) : X.logSf(s - 1) - l;
    const r = (Math.abs(t) + Math.abs(v)) * EPS * (Number.isNaN(step) ? Infinity : step) + EPS * Math.abs(l);
    return Number.isNaN(r) ? Infinity : r;
  };
  return { offset: 0, ell, roundingAt };
}

/** Chebyshev–Lobatto nodes cos(πj/12), j = 0…12, on [−1, 1] (j = 6 is 0); every other one for the check. */
const N = 12;
const NODES = Array.from({ length: N + 1 }, (_, j) => (j === N / 2 ? 0 : Math.cos((Math.PI * j) / N)));

/** Barycentric interpolation (Berrut & Trefethen 2004, §5) through (x_j, y_j) at Chebyshev–Lobatto nodes, stride 1 or 2. */
function barycentric(xs: readonly number[], ys: readonly number[], stride: number, x: number): number {
  let num = 0, den = 0;
  const last = xs.length - 1;
  for (let j = 0, k = 0; j <= last; j += stride, k++) {
    const dx = x - xs[j];
    if (dx === 0) return ys[j];
    const w = (k % 2 === 0 ? 1 : -1) * (j === 0 || j === last ? 0.5 : 1) / dx;
    num += w * ys[j];
    den += w;
  }
  return num / den;
}

function make(X: Distribution, V: Distribution, t: number): ShiftedLogSf {
  const abs = absolute(X, t);
  if (X.support.kind !== 'continuous' || !Number.isFinite(t)) return abs;
  const O = X.logSf(t);
  if (!Number.isFinite(O)) return abs;
  const crude = hazard(X, t);
  if (!(EPS * Math.abs(O) > 1e-12 || Math.abs(t) * EPS * crude > HAZARD_FROM)) return abs;
  // ℓ(t + x) − O interpolated on [−D, D] from 13 values: each value's rounding ε|O| enters at x as ~|x|/D of it
  const D = SPAN * Math.abs(t);
  const xs = NODES.map((c) => D * c);
  const ys = xs.map((x) => (x === 0 ? 0 : X.logSf(t + x) - O));
  if (!ys.every(Number.isFinite)) return abs;
  const noise = 4 * EPS * Math.abs(O);
  // the degree-12 and degree-6 interpolants must agree (ℓ smooth on the scale of t): else absolute mode
  for (const c of [-2 / 3, -1 / 3, -0.05, 0.05, 1 / 3, 2 / 3]) {
    const a = barycentric(xs, ys, 1, c * D), b = barycentric(xs, ys, 2, c * D);
    if (!(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) + noise * Math.abs(c))) return abs;
  }
  // below D·2⁻⁴⁰ the interpolant is linear to ~2⁻⁴⁰ relative (and 1/(x − 0) would overflow at subnormal x)
  const tiny = D * 2 ** -40;
  const slope = (barycentric(xs, ys, 1, tiny) - barycentric(xs, ys, 1, -tiny)) / (2 * tiny);
  const ell = (v: number): number => {
    if (!Number.isFinite(v)) return -Infinity;
    if (Math.abs(v) > D) return Math.min(X.logSf(t - v), 0) - O;
    return Math.abs(v) <= tiny ? -slope * v : barycentric(xs, ys, 1, -v);
  };
  const roundingAt = (v: number): number => (Math.abs(v) > D ? 2 * EPS * Math.abs(O) : noise * (Math.abs(v) / D));
  return farShare(V, ell, D, 2 * EPS * Math.abs(O)) ? { offset: O, ell, roundingAt } : abs;
}

/** Is the weight (and first moment) at |v| > d below FAR_SHARE of a lower bound of the whole? `slack`: error of ell there. */
function farShare(V: Distribution, ell: (v: number) => number, d: number, slack: number): boolean {
  let lb = -Infinity;
  let size = 1;
  for (const p of [1e-3, 0.25, 0.5, 0.75, 1 - 1e-3]) {
    const q = V.quantile(p);
    if (!(Math.abs(q) <= d)) continue;
    size = Math.max(size, Math.abs(q));
    lb = Math.max(lb, V.logSf(q) + ell(q));
  }
  if (!(lb > -Infinity) || Number.isNaN(lb)) return false;
  const add = logAddExp;
  let den = -Infinity;
  let mom = -Infinity;
  // ratio 1.25 up to 1024·d (≈ 4|t|: a tilt e^{hv} is bounded while V's tail decays faster than e^{−1.25hv}), then 4
  for (let v = d; v < Number.MAX_VALUE; v *= v < 1024 * d ? 1.25 : 4) {
    const next = Math.min(v < 1024 * d ? 1.25 * v : 4 * v, Number.MAX_VALUE);
    const above = V.logSf(v);
    const below = V.logCdf(-v);
    if (above === -Infinity && below === -Infinity) break;
    // v ∈ (v_j, v_{j+1}]: weight ≤ F̄_X(t − v_{j+1}); v ∈ [−v_{j+1}, −v_j): weight ≤ F̄_X(t + v_j)
    const hi = above + ell(next);
    const lo = below + ell(-v);
    den = add(den, add(hi, lo));
    mom = add(mom, add(hi, lo) + Math.log(next));
  }
  const ok = (x: number, limit: number): boolean => x === -Infinity || (Number.isFinite(x) && x + slack - lb < Math.log(limit));
  return ok(den, FAR_SHARE) && ok(mom, FAR_SHARE * size);
}
