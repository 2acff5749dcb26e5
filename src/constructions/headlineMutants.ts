/**
 * Lower bounds on the V-shift of a witness, for the headline claims' mutants ("E_P[V] ≤ E_Q[V] exactly").
 * For a comonotone pair with V continuous, U = F_X⁻¹(W) + F_V⁻¹(W) is non-decreasing in W, so {U > t} =
 * {W > 1 − q} (q = F̄_U(t)) and E[V | U > t] = E[V | V > v_q], v_q the (1 − q)-quantile of V, which decreases
 * as q grows. Hence for q ≤ e^{logSfHi} = b,
 *   E_P[V] − E_Q[V] = (p − q)/(1 − q)·(E[V | U > t] − μ_V) ≥ (p − b)/(1 − b)·(E[V | V > v_b] − μ_V) > 0.
 */
import type { Distribution } from '../distributions/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import type { BandWitness } from './pairBandWitness.ts';

/** x with log P(V > x) = level, by bisection on the real line (the law is continuous). */
function inverseSurvival(v: Distribution, level: number): number {
  let lo = v.quantile(0.5);
  if (!(v.logSf(lo) > level)) return NaN;
  let step = Math.max(1, Math.abs(lo));
  let hi = lo + step;
  while (v.logSf(hi) > level) {
    lo = hi;
    step *= 2;
    hi = lo + step;
    if (!Number.isFinite(hi)) return NaN;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(hi)); i++) {
    const mid = 0.5 * (lo + hi);
    if (v.logSf(mid) > level) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** A certified lower bound on E_P[V] − E_Q[V] for the witness, where the pair's structure gives one; else NaN. */
export function witnessShiftLower(pair: PairSpec, v: Distribution, w: BandWitness): number {
  if (pair.kind !== 'comonotone' || w.kind !== 'band' || w.s > -Infinity || v.support.kind !== 'continuous') return NaN;
  const b = Math.exp(w.logSfHi);
  const x = inverseSurvival(v, w.logSfHi);
  if (!Number.isFinite(x)) return NaN;
  return ((w.p - b) / (1 - b)) * (v.tailMean(x) - v.mean());
}
