/**
 * Cheap two-sided bounds on B_V(d) = inf_{λ>0} (d + Λ(λ))/λ, Λ(λ) = log E[e^{λ(V − μ_V)}] (claims.md §1
 * Donsker–Varadhan; dvBound.ts computes it exactly but at 1–100 ms a call for laws without closed-form
 * cumulants, and a witness search asks for it dozens of times).
 * - upper(d): min over the grid λ_j = 10^{j/2}, j = −30…12, of (d + Λ(λ_j))/λ_j — every λ gives an upper bound.
 *   g is unimodal in log λ, so a downhill walk from the previous minimiser (memoised Λ_j) needs a few
 *   log-MGF calls per new d.
 *   On the grid the bound is at most ~17% above B_V(d) (quadratic Λ, grid ratio √10).
 * - lower(d): B_V(d) is a supremum of E_P[V] − μ_V over D(P‖Q) ≤ d, so any explicit P gives a lower bound:
 *   the band reweightings of V itself, P(V > v) = p with kl(p ‖ F̄_V(v)) = d, whose shift is
 *   (p − q)/(1 − q)·(E[V | V > v] − μ_V) (q = F̄_V(v)), maximised over v at up to twenty-two quantiles (both tails, so
 *   that a discrete V whose upper quantiles sit on its maximum still has cuts; computed lazily, stopping once the
 *   bound reaches what the caller needs). For a normal V
 *   and small d the best is ≈ 0.8·B_V(d).
 * Both round d outward to 8 points per decade (B_V is non-decreasing); the upper side is memoised there. A degenerate V
 * (variance 0, or a one-point support) has B_V ≡ 0.
 */
import type { Distribution } from '../distributions/types.ts';
import { binaryKl } from '../numerics/kl.ts';

export interface DvMemo {
  /** ≥ B_V(d) (0 for d ≤ 0) */
  upper(d: number): number;
  /**
   * ≥ E[V | A] − μ_V for every event A with −log Q(A) ≤ L. Such A has E[V | A] ≤ CVaR_q(V), q = e^{−L}, and by
   * Rockafellar–Uryasev CVaR_q(V) = min_v {v + E[(V − v)⁺]/q} ≤ v + e^{L + log F̄_V(v)}·(E[V | V > v] − v) for
   * every v; v is taken where log F̄_V(v) ≈ −L (bisection on the closed-form log-survival). Capped by
   * ess sup V − μ_V; falls back to upper(L) (Donsker–Varadhan) where the tail mean is not finite.
   */
  conditionalShift(L: number): number;
  /** ≤ B_V(d) (0 for d ≤ 0); stops refining once it reaches `need` */
  lower(d: number, need?: number): number;
}

const PER_DECADE = 8;
const J_MIN = -30;
const J_MAX = 12;
const LEVELS = [0.5, 0.2, 0.1, 0.03, 1e-2, 1e-3, 1e-4, 1e-6, 1e-9, 1e-12, 1e-15];

/**
 * δ = p − q ≥ 0 with kl(q + δ ‖ q) ≤ d, as large as bisection on log δ finds (δ = 1 − q when −log q ≤ d).
 * Where δ < 1e-6·min(q, 1 − q), q + δ is not formed: kl(q + δ ‖ q) = δ²/(2q(1 − q))·(1 + O(δ/min(q, 1 − q))),
 * bounded by δ²/(2q(1 − q))·(1 + 10δ/min(q, 1 − q)).
 */
function excessAtKl(d: number, logQ: number): number {
  const q = Math.exp(logQ);
  if (-logQ <= d) return 1 - q;
  const small = Math.min(q, -Math.expm1(logQ));
  const klOf = (delta: number) => (delta < 1e-6 * small ? ((delta * delta) / (2 * q * (1 - q))) * (1 + (10 * delta) / small) : binaryKl(q + delta, logQ));
  let lo = Math.log(small) - 400;
  let hi = Math.log1p(-q);
  if (klOf(Math.exp(lo)) > d) return 0;
  for (let i = 0; i < 100; i++) {
    const mid = 0.5 * (lo + hi);
    if (klOf(Math.exp(mid)) > d) hi = mid;
    else lo = mid;
  }
  return Math.exp(lo);
}

/** A point x with log F̄_V(x) close to (and not above) level, by doubling then bisection from the median. */
function levelPoint(v: Distribution, level: number): number {
  let lo = v.quantile(0.5);
  if (!(v.logSf(lo) > level)) return lo;
  let step = Math.max(1, Math.abs(lo));
  let hi = lo + step;
  while (v.logSf(hi) > level && Number.isFinite(hi)) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  for (let i = 0; i < 100 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); i++) {
    const mid = 0.5 * (lo + hi);
    if (v.logSf(mid) > level) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The quantiles at which V is cut: the median first (usually enough), then further into both tails. */
function cutPoints(v: Distribution): number[] {
  return LEVELS.flatMap((l) => [v.quantile(1 - l), v.quantile(l)]);
}

/** log F̄_V(x) and E[V | V > x] − μ_V, or undefined where the cut is trivial or lowers the mean. */
function cutAt(v: Distribution, mu: number, x: number): [number, number] | undefined {
  const logQ = v.logSf(x);
  if (!(logQ > -Infinity && logQ < 0)) return undefined;
  const shift = v.tailMean(x) - mu;
  return shift > 0 ? [logQ, shift] : undefined;
}

function cutValue([logQ, shift]: [number, number], d: number): number {
  return (excessAtKl(d, logQ) / -Math.expm1(logQ)) * shift;
}

export function memoDv(v: Distribution): DvMemo {
  // degenerate: variance 0, or a one-point support (an affine map of a one-value law has variance ~1e-30 by rounding)
  if (v.variance() === 0 || (v.support.lower === v.support.upper && Number.isFinite(v.support.lower))) return { upper: (d) => (d >= 0 ? 0 : NaN), conditionalShift: (d) => (d >= 0 ? 0 : NaN), lower: (d) => (d >= 0 ? 0 : NaN) };
  const mu = v.mean();
  const heavy = v.tailClass === 'heavy' || !Number.isFinite(mu);
  const lam = new Map<number, number>();
  const cumulant = (j: number): number => {
    let c = lam.get(j);
    if (c === undefined) {
      const l = 10 ** (j / 2);
      c = v.logMgf(l) - l * mu;
      lam.set(j, c);
    }
    return c;
  };
  const g = (j: number, d: number): number => {
    const r = (d + cumulant(j)) / 10 ** (j / 2);
    return Number.isNaN(r) ? Infinity : r;
  };
  // g(·, d) is unimodal in j: walk downhill from the last minimiser (successive d are close)
  let warm = Number.isFinite(Math.sqrt(v.variance())) ? Math.round(2 * Math.log10(Math.SQRT2 / Math.sqrt(v.variance()))) : 0;
  const upperAt = (d: number): number => {
    let j = Math.min(J_MAX, Math.max(J_MIN, warm));
    let best = g(j, d);
    for (const step of [-1, 1]) {
      while (j + step >= J_MIN && j + step <= J_MAX) {
        const next = g(j + step, d);
        if (!(next < best)) break;
        best = next;
        j += step;
      }
    }
    if (best === Infinity) {
      for (let k = J_MIN; k <= J_MAX; k++) best = Math.min(best, g(k, d));
    }
    warm = j;
    return best;
  };
  const ups = new Map<number, number>();
  let points: number[] | undefined;
  const cuts: ([number, number] | undefined)[] = [];
  const grid = (k: number, memo: Map<number, number>, f: (d: number) => number): number => {
    let r = memo.get(k);
    if (r === undefined) {
      r = f(10 ** (k / PER_DECADE));
      memo.set(k, r);
    }
    return r;
  };
  const index = (d: number) => PER_DECADE * Math.log10(d);
  const sup = v.support.upper;
  const shifts = new Map<number, number>();
  return {
    conditionalShift(L) {
      if (!(L > 0)) return L === 0 ? 0 : NaN;
      if (Number.isFinite(sup) && Number.isFinite(mu)) return sup - mu;
      if (heavy) return Infinity;
      const k = Math.ceil(index(L) + 1e-12);
      let r = shifts.get(k);
      if (r === undefined) {
        const Lk = 10 ** (k / PER_DECADE);
        const x = levelPoint(v, -Lk);
        const excess = v.tailMean(x) - x;
        const cvar = x + Math.exp(Lk + v.logSf(x)) * excess - mu;
        r = Number.isFinite(cvar) && excess >= 0 ? cvar : this.upper(Lk);
        shifts.set(k, r);
      }
      return r;
    },
    upper(d) {
      if (Number.isNaN(d) || Number.isNaN(mu)) return NaN;
      if (d <= 0) return 0;
      if (heavy) return Infinity;
      if (d === Infinity) return v.support.upper - mu;
      return grid(Math.ceil(index(d) + 1e-12), ups, upperAt);
    },
    lower(d, need = Infinity) {
      if (Number.isNaN(d) || Number.isNaN(mu)) return NaN;
      if (d <= 0) return 0;
      if (d === Infinity) return heavy ? Infinity : v.support.upper - mu;
      const dGrid = 10 ** (Math.floor(index(d) - 1e-12) / PER_DECADE);
      points ??= cutPoints(v);
      let best = 0;
      for (let i = 0; i < points.length && best < need; i++) {
        if (i === cuts.length) cuts.push(cutAt(v, mu, points[i]));
        const c = cuts[i];
        if (c) best = Math.max(best, cutValue(c, dGrid));
      }
      return best;
    },
  };
}
