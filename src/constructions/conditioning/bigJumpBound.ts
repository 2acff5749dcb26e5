/**
 * A lower bound on E[V | U > t] for X ⊥ V (one big jump of V): with a the median of X and any t > a,
 *   E[V·1{U > t}] ≥ P(X > a)·E[V·1{V > t − a}] − E[V⁻]·F̄_X(t)     (V > t − a and X > a give U > t; for V ≤ 0,
 *                                                                   P(X > t − V) ≤ F̄_X(t)),
 *   P(U > t) ≤ F̄_X(t/2) + F̄_V(t/2),
 * so E[V | U > t] ≥ LB(t) = [P(X > a)·m_V(t − a) − E[V⁻]F̄_X(t)] / [F̄_X(t/2) + F̄_V(t/2)], from closed-form tail
 * functions only (no quadrature). For regularly varying tails (indices α_X, α_V > 1) LB(t) ≍ t^{1 + α_X − α_V},
 * which → ∞ when α_V − α_X < 1: then lim E[V | U > t] = ∞, the certificate that T5's tail-ratio hypothesis
 * (α_V − α_X > 1) is needed.
 */
import type { Distribution } from '../../distributions/types.ts';
import { logAddExp } from '../../numerics/logspace.ts';

export function bigJumpLowerBound(x: Distribution, v: Distribution, t: number): number {
  const a = x.quantile(0.5);
  if (!(t > a) || !(t > 0)) return NaN;
  const pA = x.sf(a);
  const pm = v.logPartialMean(t - a);
  if (pm.sign <= 0) return NaN;
  const negPart = v.partialMean(0) - v.mean(); // E[V⁻] = E[V·1{V > 0}] − E[V]
  const logDen = logAddExp(x.logSf(t / 2), v.logSf(t / 2));
  const gain = Math.exp(Math.log(pA) + pm.log - logDen);
  const loss = negPart > 0 ? Math.exp(Math.log(negPart) + x.logSf(t) - logDen) : 0;
  return gain - loss;
}
