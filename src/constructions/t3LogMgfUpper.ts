/**
 * A certified upper bound on B(d) = inf_λ (d + Λ(λ))/λ (claims.md §2 T3) for laws whose node tables cannot
 * resolve Λ at the tiny λ a small d needs — a mixture of a law spanning dozens of decades (1 − W, W Weibull
 * k ≈ 0.02) with an unbounded light piece (Exp(1)), where neither the tables nor Bennett's bound for the whole
 * law (it needs a finite top) apply. Built from upper bounds on the centred Λ(λ) = log E e^{λ(X − μ)}:
 *   - Bennett (t3DecayCertificate.ts): X − μ ≤ c, Var = σ²: Λ(λ) ≤ log1p((σ²/c²)·h(λc));
 *   - the top alone: Λ(λ) ≤ λc (e^{λ(X−μ)} ≤ e^{λc});
 *   - the law's own cumulants (t3Cumulants.ts): value + error estimate;
 *   - a mixture Σ w_k Q_k (δ_k = μ_k − μ, Σ w_k δ_k = 0): E e^{λ(X−μ)} = Σ w_k e^{y_k}, y_k = λδ_k + Λ_k, so
 *     Λ ≤ log1p(Σ w_k (Λ_k^U + h(y_k^U)) + λ·r), non-negative terms (no cancellation as λ → 0), where r covers
 *     the rounding of μ and the μ_k (Σ w_k δ_k is not exactly 0 in doubles): r = 1e-12·Σ w_k|μ_k|.
 * Every bound is increasing in Λ_k, so componentwise upper bounds give an upper bound; the least is kept.
 * The r-term puts a floor of 1e-12·Σ w_k|μ_k| under the bound on B: a mixture's B(d) is not resolved below the
 * error of its component means (~3e49 for a piece with mean −3e64 and weight 1e-3).
 * B(d) ≤ min over a golden-section search of log λ of (d + Λ^U(λ))/λ, inflated by a relative 1e-6.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { cumulantsOf } from './t3Cumulants.ts';
import { hOf } from './t3CumulantTypes.ts';
import { bennettRange } from './t3DecayCertificate.ts';
import { MIN_NORMAL } from '../numerics/logspace.ts';

const INFLATE = 1 + 1e-6;

/** An upper bound on the centred Λ(λ), λ > 0 (Infinity where none is available). */
export function logMgfUpper(q: Distribution, lambda: number): number {
  const mu = q.mean();
  if (!(lambda > 0) || !Number.isFinite(mu)) return NaN;
  let best = Infinity;
  const top = q.support.upper;
  let bennett = false;
  if (Number.isFinite(top)) {
    // c ≥ top − E[X] for the true mean: the computed mean's rounding counted (t3DecayCertificate.bennettRange)
    const c = bennettRange(q);
    if (c >= 0 && Number.isFinite(c)) best = Math.min(best, lambda * c * INFLATE);
    const v = q.variance();
    if (c > 0 && Number.isFinite(c) && v >= MIN_NORMAL && Number.isFinite(v)) {
      const b = Math.log1p(((v * INFLATE) / (c * c)) * hOf(lambda * c)) * INFLATE;
      if (b >= 0) { best = Math.min(best, b); bennett = true; }
    }
  }
  const spec = q.spec as DistributionSpec;
  if (spec.family === 'mixture') best = Math.min(best, mixtureUpper(spec, lambda));
  // the law's own cumulants (node tables for some families: ~1 ms each) only where Bennett did not apply
  if (!bennett && !(spec.family === 'mixture' && best < Infinity)) {
    const own = cumulantsOf(q).logMgf(lambda);
    if (Number.isFinite(own.value) && Number.isFinite(own.error) && own.value + own.error >= 0) best = Math.min(best, own.value + own.error);
  }
  return best;
}

/** the built components of a mixture spec, kept per spec object (the golden search calls this ~60 times per d) */
const built = new WeakMap<object, { w: number; d: Distribution }[]>();

function mixtureUpper(spec: Extract<DistributionSpec, { family: 'mixture' }>, lambda: number): number {
  let parts = built.get(spec);
  if (!parts) {
    const total = spec.weights.reduce((a, b) => a + b, 0);
    parts = spec.components.map((c, k) => ({ w: spec.weights[k] / total, d: build(c) })).filter((p) => p.w > 0);
    built.set(spec, parts);
  }
  const mu = parts.reduce((a, p) => a + p.w * p.d.mean(), 0);
  if (!Number.isFinite(mu)) return Infinity;
  let s = 0, absMeans = 0;
  for (const p of parts) {
    const m = p.d.mean();
    const L = logMgfUpper(p.d, lambda);
    if (!(L < Infinity)) return Infinity;
    const y = L + lambda * (m - mu);
    s += p.w * (L + hOf(y));
    absMeans += p.w * Math.abs(m);
  }
  const v = Math.log1p(s * (1 + 8 * Number.EPSILON) + lambda * 1e-12 * absMeans) * INFLATE;
  return Number.isFinite(v) ? v : Infinity;
}

/** U(d) ≥ B(d) from logMgfUpper, minimised over λ by golden section on log λ; NaN where no finite bound is found. */
export function dvUpperByParts(q: Distribution, d: number): number {
  if (!(d > 0) || !Number.isFinite(q.mean())) return NaN;
  const g = (u: number) => {
    const l = Math.exp(u);
    const v = (d + logMgfUpper(q, l)) / l;
    return Number.isFinite(v) ? v : Infinity;
  };
  const sd = Math.sqrt(q.variance());
  const u0 = Math.log(Math.sqrt(2 * d) / (sd > 0 && Number.isFinite(sd) ? sd : Math.max(1, Math.abs(q.mean()))));
  let lo = u0 - 30, hi = u0 + 30;
  const r = (Math.sqrt(5) - 1) / 2;
  let a = hi - r * (hi - lo), b = lo + r * (hi - lo);
  let ga = g(a), gb = g(b);
  for (let i = 0; i < 40; i++) {
    if (ga <= gb) { hi = b; b = a; gb = ga; a = hi - r * (hi - lo); ga = g(a); }
    else { lo = a; a = b; ga = gb; b = lo + r * (hi - lo); gb = g(b); }
  }
  const best = Math.min(ga, gb, g(u0));
  return Number.isFinite(best) ? best * INFLATE : NaN;
}
