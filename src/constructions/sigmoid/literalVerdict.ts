/**
 * The sigmoid sentence exactly as printed: maximise J(P) = σ(E_P[U]) + D(P‖Q). The KL enters with a plus sign,
 * so J is unbounded above whenever D(·‖Q) is (sup J = +∞) and "near-optimal" can only mean J(P) > L for a level L.
 * Claim at (L, η): every P with J(P) > L has |E_P[V] − E_Q[V]| < η.
 *   holds: V's support lies within η of E_Q[V] on both sides (then every P ≪ Q qualifies);
 *   fails: P = Q(· | V > v) (or V < v) with D(P‖Q) = −log Q(V > v) > L − inf σ, so J(P) ≥ inf σ + D > L
 *          (E_P[U] exists, in (−∞, ∞], when E_Q[U] does: E_P[U^±] ≤ E_Q[U^±]/Q(V > v)), and |E_P[V] − E_Q[V]| > |v − E_Q[V]| ≥ η
 *          (conditioning.ts: E_Q[V | V > v] > v, so the shift is certified without computing E_P[V]);
 *   inconclusive: an atom at an extreme of V is too heavy for any event of V alone to be that rare.
 */
import { fmt, fails, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Verdict } from '../../claims/types.ts';
import type { Distribution } from '../../distributions/types.ts';
import { conditioningWitness } from './conditioning.ts';
import type { MeanClass } from './pairMeans.ts';
import type { Squash } from './squash.ts';

/** `meanU`: the class of E_Q[U] (pairMeans.ts); only 'undefined' matters here. */
export function sigmoidLiteralVerdict(v: Distribution, sigma: Squash, L: number, eta: number, meanU: MeanClass): Verdict {
  if (meanU === 'undefined') return inconclusive('E_Q[U] undefined (both tails without a mean): σ(E_P[U]) may be undefined', { meanU: NaN });
  const mu = v.mean();
  if (!Number.isFinite(mu)) return inconclusive('E_Q[V] not finite', { mu });
  if (v.support.upper - mu < eta && mu - v.support.lower < eta) {
    return holds(`V ∈ [${fmt(v.support.lower)}, ${fmt(v.support.upper)}] lies within η=${fmt(eta)} of E_Q[V]=${fmt(mu)}: every P ≪ Q qualifies`, { mu, eta });
  }
  const k = L - sigma.lower;
  const w = conditioningWitness(v, k, eta);
  if (!w) return inconclusive('an atom at an extreme of V carries more than e^{−(L − inf σ)}: no event of V alone is rare enough', { L, eta });
  const numbers = { v: w.v, kl: w.kl, shiftLow: w.shiftLow, L, eta, infSigma: sigma.lower };
  return fails(
    () => `P = Q(· | V ${w.side === 'upper' ? '>' : '<'} ${fmt(w.v)}): D(P‖Q) = ${fmt(w.kl)} > L − inf σ = ${fmt(k)}, so J(P) > L=${fmt(L)}, yet |E_P[V] − E_Q[V]| > |v − E_Q[V]| = ${fmt(w.shiftLow)} ≥ η=${fmt(eta)}`,
    numbers,
    { ...w },
  );
}
