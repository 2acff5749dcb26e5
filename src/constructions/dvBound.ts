/**
 * The Donsker–Varadhan (Gibbs) bound on the mean shift (claims.md §1, §2 T3): for every P ≪ Q with
 * D(P‖Q) ≤ d and every 0 < λ < λ₊,
 *   E_P[X] − μ_Q ≤ (d + Λ(λ))/λ,   Λ(λ) = log E_Q[e^{λ(X − μ_Q)}],
 * so B(d) = inf_λ (d + Λ(λ))/λ bounds the shift. g(λ) = (d + Λ(λ))/λ has derivative of the sign of
 * λΛ′(λ) − Λ(λ) − d, which increases in λ (Λ convex): g is unimodal, minimised by golden-section search on
 * log λ. Any λ gives a valid (sound) upper bound, so the certificate does not depend on finding the exact
 * minimum. Closed form for N(μ, σ²): B(d) = σ√(2d). Heavy right tail (λ₊ = 0): B = +∞.
 */
import type { Distribution } from '../distributions/types.ts';

export interface DvBound {
  /** B(d) (an upper bound on E_P[X] − μ_Q over D(P‖Q) ≤ d); Infinity when the right tail is heavy */
  readonly bound: number;
  /** the λ at which the bound was evaluated */
  readonly lambda: number;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** B(d) for d ≥ 0. NaN for d < 0 or an undefined/infinite mean. */
export function dvBound(dist: Distribution, d: number): DvBound {
  const mu = dist.mean();
  if (!(d >= 0) || !Number.isFinite(mu)) return { bound: NaN, lambda: NaN };
  if (dist.mgfSup === 0) return { bound: Infinity, lambda: 0 };
  const centred = (lambda: number) => dist.logMgf(lambda) - lambda * mu;
  const g = (logLambda: number) => {
    const lambda = Math.exp(logLambda);
    const v = (d + centred(lambda)) / lambda;
    return Number.isNaN(v) ? Infinity : v;
  };
  // Search log λ over (−60, log λ₊) (λ₊ finite) or (−60, 60); a bounded support makes Λ(λ)/λ → sup − μ.
  let lo = -60;
  let hi = Number.isFinite(dist.mgfSup) ? Math.log(dist.mgfSup) - 1e-12 : 60;
  if (d === 0) {
    // B(0) = lim_{λ→0} Λ(λ)/λ = 0 for a finite mean.
    return { bound: 0, lambda: 0 };
  }
  let a = hi - GOLDEN * (hi - lo);
  let b = lo + GOLDEN * (hi - lo);
  let ga = g(a);
  let gb = g(b);
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    if (ga <= gb) {
      hi = b; b = a; gb = ga; a = hi - GOLDEN * (hi - lo); ga = g(a);
    } else {
      lo = a; a = b; ga = gb; b = lo + GOLDEN * (hi - lo); gb = g(b);
    }
  }
  const best = ga <= gb ? a : b;
  return { bound: Math.min(ga, gb), lambda: Math.exp(best) };
}
