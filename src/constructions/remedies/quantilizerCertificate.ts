/**
 * Verdicts of the quantilizer cost bound E_P[c] ≤ K·E_Q[c] (quantilizerCost.ts has the case and the sums).
 *
 * Certificate (the proof itself, term by term). On bin i of the discretisation, dP/dQ = r_i = w_i/N with
 * N = Σ_j w_j·Q_j > 0, and K = κ·w_max/N (κ = kOverMax, w_max the largest weight on a bin of positive
 * Q-probability). Then
 *   K·E_Q[c] − E_P[c] = Σ_i (K − r_i)·E_Q[c·1{bin i}] = (1/N)·Σ_i (κ·w_max − w_i)·E_Q[c·1{bin i}],
 * in [0, ∞] as soon as every term is ≥ 0: κ·w_max − w_i ≥ 0 and c ≥ 0 on the bin. Both are decided without
 * rounding: the normaliser N cancels (no cdf, quantile or partial mean enters the sign), κ·w_max − w_i is
 * compared in exact real arithmetic (productSign.ts: Dekker's two-product; a tie that cannot be decided leaves
 * the certificate unproven), and c = w·b + m with b ≥ 0 is ≥ 0 everywhere when w ≥ 0 and m ≥ 0 (no arithmetic).
 * Bins that carry no mass for certain (an empty interval, or one outside the support: x_i ≥ sup, x_{i+1} < inf)
 * are skipped; any other bin must be under the cap, even where its computed Q-probability is 0 (its true
 * probability may be positive: a gap between atoms cannot be told from a rounded-off sliver).
 * So `holds` rests on exact comparisons only; E_Q[c] = ∞ or sums that overflow do not matter.
 *
 * Without the certificate (c may be negative, the cap is broken, or the mutant's factor 1 instead of K), the two
 * sides are computed as sums with an error estimate: `holds` when the margin beats it, `fails` when the excess
 * beats it (a certified sum violation), `inconclusive` otherwise, with the reason the certificate did not apply.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Distribution } from '../../distributions/types.ts';
import { productMinusSign } from './productSign.ts';
import { costBins, costBound, type CostBins, type CostSpec, type RatioSpec } from './quantilizerCost.ts';

export type CapStatus = 'capped' | 'violated' | 'undecided';

export interface CapCheck {
  readonly status: CapStatus;
  /** bins: min over the bins not certainly massless of (κ·w_max − w_i)/w_max, as a double (its sign is decided exactly) */
  readonly slack: number;
  /** the first bin breaking (or not provably meeting) the cap, −1 if none */
  readonly bin: number;
  /** 'spread': the cheap certificate (slack = κ − w_max/w_min over the positive weights); 'bins': bin by bin */
  readonly by: 'spread' | 'bins';
  readonly why: string;
}

/** Every bin not certainly massless has w_i ≤ κ·w_max exactly (dP/dQ ≤ K there); 'violated' only on a bin of positive probability. */
export function capCheck(b: CostBins, kOverMax: number): CapCheck {
  let slack = Infinity;
  for (let i = 0; i < b.weights.length; i++) {
    const w = b.weights[i];
    if (b.massless[i] || w === 0) continue; // no mass, or ratio 0 ≤ K
    const sign = productMinusSign(kOverMax, b.wMax, w);
    slack = Math.min(slack, (kOverMax * b.wMax - w) / b.wMax);
    if (sign >= 0) continue;
    if (Number.isNaN(sign)) return { status: 'undecided', slack, bin: i, why: 'a tie P_i = K·Q_i beyond the exact two-product range', by: 'bins' };
    if (b.probs[i] > 0) return { status: 'violated', slack, bin: i, why: 'dP/dQ > K on a bin of positive Q-probability', by: 'bins' };
    return { status: 'undecided', slack, bin: i, why: 'a bin of computed Q-probability 0 inside the support (a gap between atoms, or a rounded-off sliver) has a weight above the cap', by: 'bins' };
  }
  return { status: 'capped', slack, bin: -1, why: '', by: 'bins' };
}

/**
 * The cheap certificate, before any quantile or cdf: when the positive weights satisfy w_max ≤ κ·w_min (exactly),
 * every bin is under the cap whichever bins carry mass — κ·w_max(S) ≥ κ·w_min ≥ w_i for any set S of bins with
 * mass and a positive weight; if no such bin exists P = Q by the case's definition and K = κ ≥ w_max/w_min ≥ 1.
 */
export function spreadCapped(r: RatioSpec, kOverMax: number): boolean {
  return spreadSlack(r, kOverMax) !== undefined;
}

/** κ − w_max/w_min (as a double) when κ·w_min ≥ w_max holds exactly, else undefined. */
function spreadSlack(r: RatioSpec, kOverMax: number): number | undefined {
  let lo = Infinity, hi = 0;
  for (const w of r.weights) if (w > 0) { lo = Math.min(lo, w); hi = Math.max(hi, w); }
  return hi > 0 && productMinusSign(kOverMax, lo, hi) >= 0 ? Math.max(0, kOverMax - hi / lo) : undefined;
}

/** The cap, by the cheap certificate first, else bin by bin. */
export function capOf(r: RatioSpec, kOverMax: number, bins: () => CostBins): CapCheck {
  const slack = spreadSlack(r, kOverMax);
  return slack !== undefined ? { status: 'capped', slack, bin: -1, why: '', by: 'spread' } : capCheck(bins(), kOverMax);
}

/**
 * E_P[c] ≤ factor·E_Q[c] with factor K = kOverMax·max dP/dQ (the claim) or 1 (dropK: the mutant "no factor K").
 * `bins` is called only where the certificate needs the discretisation (pass a per-case cache).
 */
export function costBoundVerdict(q: Distribution, c: CostSpec, r: RatioSpec, kOverMax: number, dropK = false, bins: () => CostBins = () => costBins(q, r)): Verdict {
  if (!(kOverMax > 0 && kOverMax < Infinity)) return inconclusive(`K/max dP/dQ = ${kOverMax}: not a finite positive cap`, { kOverMax });
  const costNonNegative = c.w >= 0 && c.m >= 0;
  const cap = dropK ? undefined : capOf(r, kOverMax, bins);
  if (costNonNegative && cap?.status === 'capped') {
    const how = cap.by === 'spread' ? `the weights' spread max w/min w ≤ K/max dP/dQ = ${fmt(kOverMax)}` : `min (K − dP/dQ)/max dP/dQ = ${fmt(cap.slack)} ≥ 0`;
    return holds(
      () => `term by term: every bin has P_i ≤ K·Q_i (${how}, compared exactly) and c = ${fmt(c.w)}·b + ${fmt(c.m)} ≥ 0, so E_P[c] ≤ K·E_Q[c] (K = ${fmt(kOverMax)}·max dP/dQ)`,
      { kOverMax, capSlack: cap.slack, bySpread: cap.by === 'spread' ? 1 : 0, m: c.m, w: c.w, certificate: 1 },
    );
  }
  const b = bins();
  const K = kOverMax * b.maxRatio;
  if (!(K > 0 && Number.isFinite(K))) return inconclusive(`K = ${K}: not a finite positive cap`, { K });
  // the mutant's factor 1: P = Q exactly when every bin that may carry mass has the same weight (then E_P[c] = E_Q[c])
  const equalWeights = b.weights.every((w, i) => b.massless[i] || w === b.wMax);
  if (dropK && equalWeights) return holds('P = Q (equal weights on every bin that may carry mass): E_P[c] = E_Q[c] exactly', { K, certificate: 1 });
  const notApplied = !costNonNegative ? 'c may be negative (m < 0)' : (cap?.why ?? 'factor 1 instead of K: dP/dQ ≤ 1 is not decided exactly');
  return sumVerdict(q, c, r, K, dropK, b, notApplied, cap?.bin ?? -1);
}

/** The two sides as sums of closed-form tails with an error estimate (quantilizerCost.ts). */
function sumVerdict(q: Distribution, c: CostSpec, r: RatioSpec, K: number, dropK: boolean, bins: CostBins, notApplied: string, bin: number): Verdict {
  const b = costBound(q, c, r, bins);
  const factor = dropK ? 1 : K;
  const numbers = { costP: b.costP, costQ: b.costQ, K, maxRatio: b.maxRatio, error: b.error, bin };
  const rhs = dropK ? 'E_Q[c]' : 'K·E_Q[c]';
  if (b.costQ === Infinity && c.w > 0) return holds(`E_Q[c] = ∞ (heavy-tailed cost): ${rhs} = ∞, the bound holds vacuously`, { costQ: Infinity, K, maxRatio: b.maxRatio });
  if (!Number.isFinite(b.costP) || !Number.isFinite(b.costQ)) return inconclusive(`E_P[c] = ${b.costP}, E_Q[c] = ${b.costQ}: not finite (no certificate: ${notApplied})`, numbers);
  const diff = b.costP - factor * b.costQ;
  const err = b.error * Math.max(1, K / b.maxRatio);
  if (!Number.isFinite(diff) || !Number.isFinite(err)) return inconclusive(`E_P[c] − ${rhs} = ${diff} ± ${err}: not finite (no certificate: ${notApplied})`, numbers);
  const what = () => `E_P[c] = ${fmt(b.costP)} vs ${rhs} = ${fmt(factor * b.costQ)} (K = ${fmt(K)}, max dP/dQ = ${fmt(b.maxRatio)})`;
  if (diff < -err) return holds(() => `${what()}: margin ${fmt(-diff)} > error ${fmt(err)}`, { ...numbers, diff });
  if (diff > err) return fails(() => `${what()}: E_P[c] exceeds it by ${fmt(diff)} > error ${fmt(err)} (exact closed-form sums; ${notApplied})`, { ...numbers, diff });
  return inconclusive(`E_P[c] − ${rhs} within its error estimate and no term-by-term certificate: ${notApplied}`, { ...numbers, diff });
}
