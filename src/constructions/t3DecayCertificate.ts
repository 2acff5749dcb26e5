/**
 * A second way to certify the decay of the Donsker–Varadhan bound B(d) (t3LimitVerdicts.ts) where the node
 * tables cannot resolve Λ at tiny λ (laws spanning dozens of decades, e.g. a reflected Weibull with k < 0.1):
 * closed-form bounds that need only μ, σ² and the top of the support.
 *
 * Upper bound (Bennett 1962; Boucheron, Lugosi & Massart, "Concentration Inequalities", §2.7): if
 * X = V − μ ≤ c with E X = 0 and Var X = σ², then for λ ≥ 0, since h(y)/y² (h(y) = e^y − 1 − y) is
 * increasing in y, E e^{λX} = 1 + E h(λX) ≤ 1 + (σ²/c²)·h(λc), so
 *   B(d) ≤ U(d) := (d + log1p((σ²/c²)·h(λ₀c)))/λ₀ at any λ₀ > 0 (here λ₀ = √(2d)/σ: U ≈ σ√(2d)).
 * U increases with σ² and with c, so both are inflated by a relative 1e-6 (their computed values carry
 * far smaller errors) before use: U is then an upper bound with margin.
 * c must bound top − E[V] for the TRUE mean: the computed mean μ̃ may lie above it by its rounding δ =
 * dvBound.meanRoundingOf (as dvBound's errors count it), so c = (top − μ̃ + δ)·(1 + 1e-6) + 4ε(|top| + |μ̃|) — or
 * the range top − inf V, which bounds top − E[V] whatever the mean, where that is smaller. Without δ: V on
 * {−2e13, −2e13 + 2} with mass 0.01 on the top has μ̃ 0.08 above its mean (a 1e13-sized sum), c = 1.90 < 1.98 =
 * top − E[V], and U(5) = 1.975 < B(5) = 1.98 (P = δ_top has KL log 100 ≤ 5): not an upper bound. σ² needs no such
 * term: a categorical's variance Σ wᵢ(xᵢ − μ̃)² = Var + (E V − μ̃)² is only larger, a mixture's is the pairwise form
 * (no mean in it), the rest closed forms — relative errors far below the 1e-6 allowed.
 *
 * Lower bound: P = Q(· | V > s) has D(P‖Q) = −log Q(V > s); at s = the (1 − e^{−d}) quantile that KL is ≤ d
 * for a continuous law (checked from logSf), so B(d) ≥ E[V | V > s] − μ = tailMean(s) − μ (each credited with
 * 1e-9 relative error).
 */
import type { Distribution } from '../distributions/types.ts';
import { log1pExp, MIN_NORMAL } from '../numerics/logspace.ts';
import { meanRoundingOf } from './dvBound.ts';
import { hOf } from './t3CumulantTypes.ts';

const INFLATE = 1 + 1e-6;

/**
 * U(d) ≥ B(d) by Bennett's inequality; 0 for a law whose support is one point (σ² = 0, c = 0: every P ≪ Q is Q,
 * so B(d) = 0, Bennett's inf_λ d/λ); NaN where it does not apply (no finite top, variance infinite, 0 or subnormal,
 * or the computed mean not below the top of a law unbounded below).
 * c = bennettRange(q) (see there).
 */
export function bennettUpperBound(q: Distribution, d: number): number {
  const mu = q.mean();
  const { lower, upper: top } = q.support;
  // one point carrying all the mass (two atoms 1e-20 apart can round onto one support point: their B(d) > 0)
  if (d > 0 && lower === top && Number.isFinite(top) && q.massAt(top) === 1) return 0;
  const v = q.variance();
  // a subnormal variance (atoms 1e-162 apart) carries far more than the 1e-6 relative error allowed for below
  if (!(d > 0) || !Number.isFinite(mu) || !Number.isFinite(top) || !(v >= MIN_NORMAL) || !Number.isFinite(v)) return NaN;
  const c = bennettRange(q);
  const s2 = v * INFLATE;
  if (!(c > 0) || !Number.isFinite(c)) return NaN;
  const lambda = Math.sqrt(2 * d / s2);
  const ratio = s2 / (c * c);
  const y = lambda * c;
  // log1p((σ²/c²)·h(y)); past y ≈ 700 h(y) overflows (a law with σ ≪ c, e.g. Beta(1, 500)), so in log space:
  // log h(y) = y + log1p(−(1 + y)e^{−y})
  const logTerm = y > 700 ? log1pExp(Math.log(ratio) + y + Math.log1p(-(1 + y) * Math.exp(-y))) : Math.log1p(ratio * hOf(y));
  const u = (d + logTerm) / lambda;
  return Number.isFinite(u) && u > 0 ? u * INFLATE : NaN;
}

/**
 * Bennett's c ≥ top − E[V] (the true mean): (top − μ̃ + δ)·(1 + 1e-6) + 4ε(|top| + |μ̃|), δ = meanRoundingOf(q) the
 * rounding of the computed mean μ̃, or the range (top − inf V)·(1 + 1e-6) where finite and smaller (it bounds
 * top − E[V] whatever μ̃ is: a law within rounding of its top, e.g. affine(categorical[10, 10 + ulp], −10, 1), whose
 * computed mean 7.1e-15 lies above its top 1.8e-15). NaN-free: +∞ where neither is finite; ≤ 0 only for a one-point
 * law (callers treat that before).
 */
export function bennettRange(q: Distribution): number {
  const mu = q.mean();
  const { lower, upper: top } = q.support;
  const centred = (top - mu + meanRoundingOf(q)) * INFLATE + 4 * Number.EPSILON * (Math.abs(top) + Math.abs(mu));
  const range = (top - lower) * INFLATE;
  const byMean = centred > 0 && Number.isFinite(centred) ? centred : Infinity;
  return Math.min(byMean, Number.isFinite(range) ? range : Infinity);
}

/**
 * L(d) ≤ B(d): the shift of Q conditioned on V > s with −log Q(V > s) ≤ d; NaN where it cannot be certified.
 * s starts at the (1 − e^{−d(1 − 1e-6)}) quantile and steps down (by doubling gaps from one ulp) until the
 * computed KL is ≤ d — a law packed within an ulp of its top (a reflected Weibull with k ≈ 0.02) has every
 * quantile equal to the top itself, where Q(V > s) = 0.
 */
export function conditionedLowerBound(q: Distribution, d: number): { bound: number; s: number; kl: number } {
  const mu = q.mean();
  const s0 = q.quantile(-Math.expm1(-d * (1 - 1e-6)));
  let s = s0, kl = -q.logSf(s0);
  for (let j = 0, gap = ulpOf(s0); j < 64 && !(kl <= d) && Number.isFinite(s0); j++, gap *= 2) {
    s = s0 - gap;
    kl = -q.logSf(s);
  }
  const m = q.tailMean(s);
  if (!(kl <= d) || !Number.isFinite(m) || !Number.isFinite(mu)) return { bound: NaN, s, kl };
  // credited with 1e-9 relative error in each of the tail mean and the mean
  const bound = m - mu - 1e-9 * (Math.abs(m) + Math.abs(mu));
  return { bound, s, kl };
}

function ulpOf(x: number): number {
  const a = Math.abs(x);
  return a > 0 ? Math.max(a * Number.EPSILON, Number.MIN_VALUE) : Number.MIN_VALUE;
}
