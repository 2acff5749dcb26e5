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
import type { Distribution } from '../distributions/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import { noWitnessCertificate } from './headlineVerdict.ts';
import { witnessShiftLower } from './headlineMutants.ts';
import { vMarginalOf } from './headlineSumLaw.ts';
import { findPairWitness, pairLaws } from './pairWitness.ts';
import { bennettUpperBound, conditionedLowerBound } from './t3DecayCertificate.ts';
import { dvUpperByParts } from './t3LogMgfUpper.ts';

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
    const search = findPairWitness(laws, { M: c.M, eps, dvCheck: !minusInfinity, logLog: true });
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
  let first = laws.dv.lower(EPS_GRID[0]);
  // two upper bounds on B_V(ε_last): the λ-grid of pairDvMemo.ts, and Bennett's (t3DecayCertificate.ts: V ≤ sup,
  // variance σ²), which stays finite where the grid's Λ is beyond the double range (V spanning dozens of decades)
  const bennett = bennettUpperBound(v, EPS_GRID[EPS_GRID.length - 1]);
  const last = Math.min(laws.dv.upper(EPS_GRID[EPS_GRID.length - 1]), Number.isNaN(bennett) ? Infinity : bennett);
  if (minusInfinity) return holds('E_Q[V] = −∞: every witness has E_P[V] = −∞ = E_Q[V] (extended reals)', { M: c.M, shiftLowerMax });
  if (v.variance() === 0 || (v.support.lower === v.support.upper && Number.isFinite(v.support.lower))) return holds('V is constant: E_P[V] = E_Q[V] for every P', { M: c.M, shiftLowerMax });
  if (!(last < first)) {
    // a second lower bound on B_V(ε_1): Q conditioned on the top of V (t3DecayCertificate.ts; a quadrature, so only
    // here), exact where V has an atom at its top of mass ≥ e^{−ε_1} (then B_V(ε_1) = sup V − μ_V)
    const conditioned = conditionedLowerBound(v, EPS_GRID[0]).bound;
    if (conditioned > first) first = conditioned;
  }
  const numbers = { M: c.M, shiftLowerMax, dvFirstLower: first, dvLastUpper: last, worstRatio, deltaLast: deltas[deltas.length - 1] };
  if (!(last < first)) {
    const lowerV = noWitnessCertificate(c.pair, c.M, EPS_GRID[EPS_GRID.length - 1], 0);
    if (lowerV) return lowerV;
    const below = bennettDecayBelowGrid(v, first);
    if (below) {
      return holds(`witnesses for ε = ${EPS_GRID.map(fmt).join(', ')}: each E_P[U] > M=${fmt(c.M)}, Δ_k ≤ B_V(KL_k); B_V flat to double precision on the grid (≤ ${fmt(last)} vs ≥ ${fmt(first)}); below it B_V(${fmt(below.d)}) ≤ ${fmt(below.upper)} ≤ 1e-2·B_V(${EPS_GRID[0]}) (Bennett)`, { ...numbers, dCertified: below.d, bennettU: below.upper });
    }
    return inconclusive(`B_V(ε) trend not shown: B_V(${EPS_GRID[EPS_GRID.length - 1]}) ≤ ${fmt(last)} vs B_V(${EPS_GRID[0]}) ≥ ${fmt(first)}`, numbers);
  }
  return holds(`witnesses for ε = ${EPS_GRID.map(fmt).join(', ')}: each E_P[U] > M=${fmt(c.M)}, Δ_k ≤ B_V(KL_k); Δ_last ≤ ${fmt(deltas[deltas.length - 1])}; B_V(ε) from ≥ ${fmt(first)} to ≤ ${fmt(last)}`, numbers);
}

/**
 * Where V's law spans dozens of decades (1 − W with W Weibull k ≈ 0.02: μ_V ≈ −3e64, σ_V ≈ 1e78), B_V is flat
 * to double precision over the whole grid (B_V(d) lies within ~1e-20 relative of sup V − μ_V for every d above
 * the tail mass ~1e-22 that carries the mean), so no grid comparison resolves the trend. The decay is then
 * certified further down: the first d = 10^{−2j} < ε_last (down to 1e-300) with an upper bound U(d) ≥ B_V(d)
 * at most 1e-2·(a lower bound on B_V(ε_1)) — a stronger statement than the grid's strict decrease. U is
 * Bennett's bound, or for a mixture with an unbounded or unresolved piece the bound assembled from its
 * components' (t3LogMgfUpper.ts).
 */
function bennettDecayBelowGrid(v: Distribution, firstLower: number): { d: number; upper: number } | undefined {
  if (!(firstLower > 0)) return undefined;
  const goal = 1e-2 * firstLower;
  // both bounds are non-decreasing in d: bisect on j for the largest d = 10^{−2j} (j ∈ [5, 150]) that meets the goal
  for (const bound of [(d: number) => bennettUpperBound(v, d), (d: number) => dvUpperByParts(v, d)]) {
    const ok = (j: number) => bound(10 ** (-2 * j)) <= goal;
    if (!ok(150)) continue;
    let lo = 4, hi = 150; // ok(hi); lo is below the range or fails
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (ok(mid)) hi = mid;
      else lo = mid;
    }
    const d = 10 ** (-2 * hi);
    return { d, upper: bound(d) };
  }
  return undefined;
}
