/**
 * The limit form of the headline corollary on one case (pair, M): for each ε_k of a geometric grid, a band
 * reweighting P_k (pairWitness.ts) with E_{P_k}[U] > M, KL_k < ε_k and Δ_k = E_{P_k}[V] − E_Q[V] ≤ B_V(KL_k);
 * then the trend of the bound: B_V(ε_last) < B_V(ε_first) (upper side against lower side, so certified; the rate
 * is V's — √d for a finite variance, d^{1−1/β} for a left tail with Λ(λ) ~ λ^β — and B_V(d) → 0 itself is T3),
 * which with Δ_k ≤ B_V(KL_k) ≤ B_V(ε_k) gives limsup_k E_{P_k}[V] ≤ E_Q[V].
 * fails — with a certificate that for some ε_k no P at all has E_P[U] > M (Donsker–Varadhan on U), or that
 *   every P with KL < ε_last and E_P[U] > M has Δ ≥ L > 0 (then limsup Δ ≥ L for every such family).
 * With E_Q[V] = −∞ (V light on the right) every reweighting has E_P[V] = −∞ too: holds in the extended reals.
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import { noWitnessCertificate } from './headlineVerdict.ts';
import { witnessShiftLower } from './headlineMutants.ts';
import { vMarginalOf } from './headlineSumLaw.ts';
import { findPairWitness, pairLaws } from './pairWitness.ts';
import { bennettUpperBound } from './t3DecayCertificate.ts';

export interface LimitCase { readonly pair: PairSpec; readonly M: number }

/** ε_k: the geometric grid along which the family is followed. */
export const EPS_GRID = [1e-1, 1e-3, 1e-5, 1e-7, 1e-9];

export function limitVerdict(c: LimitCase, options: { exact?: boolean } = {}): Verdict {
  const v = vMarginalOf(c.pair);
  const laws = pairLaws(c.pair, v);
  const minusInfinity = v.mean() === -Infinity && v.tailClass !== 'heavy';
  let shiftLowerMax = -Infinity;
  let worstRatio = 0;
  const deltas: number[] = [];
  for (const eps of EPS_GRID) {
    const search = findPairWitness(laws, { M: c.M, eps, dvCheck: !minusInfinity });
    const w = search.witness;
    if (!w) {
      const cert = noWitnessCertificate(c.pair, c.M, eps) ?? noWitnessCertificate(c.pair, c.M, EPS_GRID[EPS_GRID.length - 1], 0);
      return cert ?? inconclusive(`no witness at ε=${fmt(eps)}: ${search.reason ?? ''}`, { M: c.M, eps });
    }
    if (options.exact) shiftLowerMax = Math.max(shiftLowerMax, witnessShiftLower(c.pair, v, w));
    deltas.push(w.deltaVUpper);
    const ratio = w.deltaVUpper / laws.dv.upper(eps);
    if (Number.isFinite(ratio)) worstRatio = Math.max(worstRatio, ratio);
  }
  const first = laws.dv.lower(EPS_GRID[0]);
  // two upper bounds on B_V(ε_last): the λ-grid of pairDvMemo.ts, and Bennett's (t3DecayCertificate.ts: V ≤ sup,
  // variance σ²), which stays finite where the grid's Λ is beyond the double range (V spanning dozens of decades)
  const bennett = bennettUpperBound(v, EPS_GRID[EPS_GRID.length - 1]);
  const last = Math.min(laws.dv.upper(EPS_GRID[EPS_GRID.length - 1]), Number.isNaN(bennett) ? Infinity : bennett);
  if (minusInfinity) return holds('E_Q[V] = −∞: every witness has E_P[V] = −∞ = E_Q[V] (extended reals)', { M: c.M, shiftLowerMax });
  if (v.variance() === 0) return holds('V is constant: E_P[V] = E_Q[V] for every P', { M: c.M, shiftLowerMax });
  const numbers = { M: c.M, shiftLowerMax, dvFirstLower: first, dvLastUpper: last, worstRatio, deltaLast: deltas[deltas.length - 1] };
  if (!(last < first)) {
    const lowerV = noWitnessCertificate(c.pair, c.M, EPS_GRID[EPS_GRID.length - 1], 0);
    return lowerV ?? inconclusive(`B_V(ε) trend not shown: B_V(${EPS_GRID[EPS_GRID.length - 1]}) ≤ ${fmt(last)} vs B_V(${EPS_GRID[0]}) ≥ ${fmt(first)}`, numbers);
  }
  return holds(`witnesses for ε = ${EPS_GRID.map(fmt).join(', ')}: each E_P[U] > M=${fmt(c.M)}, Δ_k ≤ B_V(KL_k); Δ_last ≤ ${fmt(deltas[deltas.length - 1])}; B_V(ε) from ≥ ${fmt(first)} to ≤ ${fmt(last)}`, numbers);
}
