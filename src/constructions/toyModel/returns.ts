/**
 * Sentence (ii) of the toy model: "When E[U] is already large, decreasing quality has much better returns than
 * decreasing frequency." Freeing one unit of KL costs E[U] 1/θ through quality (∂KL/∂θ = θ, ∂E[U]/∂θ = 1) and
 * (H − L)/(logit p − logit q) through frequency (toyModel.ts); their ratio
 *   R(θ, p, s) = θ·(H − L)/(logit p − logit q)
 * says how many times cheaper quality is (R = +∞ when p ≤ q: lowering frequency then frees no KL).
 * Bounds used by the claims, for p ≤ ½ and q = F̄(s) < ½ (so 0 < logit p − logit q ≤ −logit q ≤ ℓ := −log q):
 *   lower:  R ≥ θ·ρ(s),  ρ(s) = (H − L)/(−logit q) ≥ (s − μ)/ℓ(s)   (H ≥ s, L ≤ μ),
 *           and on [a, b]: ρ ≥ (a − μ)/ℓ(b) (both monotone) — a certified bound between grid points;
 *   upper (light right tail, 0 < λ < λ₊, Λ(λ) = log E[e^{λX}]): Jensen on Q(· | X > s) gives H ≤ (Λ(λ) + ℓ)/λ, and
 *           L(s) ≥ L(m) for s ≥ m, −logit q ≥ ℓ − log 2, so ρ(s) ≤ [(Λ(λ) + ℓ)/λ − L(m)]/(ℓ − log 2) → 1/λ.
 */
import type { Distribution } from '../../distributions/types.ts';
import { conditionalMeans, logit, logitFromLog } from './toyModel.ts';

/** R at a point (Infinity when p ≤ q). */
export function returnRatio(x: Distribution, theta: number, p: number, s: number): number {
  const { H, L, logQ } = conditionalMeans(x, s);
  const gap = logit(p) - logitFromLog(logQ);
  return gap > 0 ? (theta * (H - L)) / gap : Infinity;
}

export interface RhoGrid {
  /** grid s_j (geometric beyond the median) with ρ_low on [s_j, s_{j+1}] */
  readonly s: number[];
  readonly rhoLow: number[];
  /** the last s reached and its log F̄ */
  readonly lastS: number;
  readonly lastLogTail: number;
}

/** Certified lower bounds of ρ on consecutive intervals (eighth decades) of s from the median of X up to 1e300 (or F̄ = 0). */
export function rhoLowerGrid(x: Distribution): RhoGrid {
  const mu = x.mean();
  const m = x.quantile(0.5);
  const w = Math.max(1, Math.abs(m));
  const s: number[] = [];
  const rhoLow: number[] = [];
  let a = m;
  let lastLogTail = x.logSf(m);
  for (let j = 0; j < 2500; j++) {
    const b = m + w * 10 ** (j / 8 - 2);
    if (!(b < 1e300) || !(b < x.support.upper)) break;
    const lb = x.logSf(b);
    if (!(lb > -Infinity)) break;
    s.push(a);
    rhoLow.push(-lb > Math.LN2 ? (a - mu) / -lb : 0);
    a = b;
    lastLogTail = lb;
  }
  return { s, rhoLow, lastS: a, lastLogTail };
}

/** The Chernoff-type upper bound on ρ(s) for s ≥ the median m, as ℓ = −log F̄(s) → ∞: its limit 1/λ and its value at ℓ. */
export function rhoUpperLight(x: Distribution, lambda: number, ell: number): number {
  const lam = x.logMgf(lambda);
  const m = x.quantile(0.5);
  const { L } = conditionalMeans(x, m);
  return ((lam + ell) / lambda - L) / (ell - Math.LN2);
}

export { logitFromLog };
