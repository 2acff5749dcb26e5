/**
 * The T1 witness lifted to pairs (claims.md "Headline corollary"): P reweights the joint law of (X, V) by
 * a function of U = X + V only,
 *   dP/dQ = (1 − p)/F_U(t) on {U ≤ t},  p/F̄_U(t) on {U > t}   (q = F̄_U(t) < p),
 * so that, exactly,
 *   D(P‖Q) = kl(p ‖ q),   TV(P, Q) = p − q,
 *   E_P[U] = [(1 − p)μ_U + (p − q)·E[U | U > t]]/(1 − q) ≥ [(1 − p)μ_U + (p − q)·t]/(1 − q),
 *   E_P[V] − E_Q[V] = (p − q)/(1 − q)·(E[V | U > t] − μ_V) ≤ (p − q)/(1 − q)·B_V(−log q),
 * the last by Donsker–Varadhan applied to Q(· | U > t), whose KL from Q is −log q (B_V: dvBound of V's
 * marginal). Every right-hand side is monotone in q, so the bracket lo ≤ log q ≤ hi of headlineSfBracket.ts
 * turns them into certified bounds: KL ≤ kl(p‖e^lo), E_P[U] ≥ its bound at q = e^hi, and so on. p is the least
 * tail mass whose E_P[U] bound reaches M (plus a margin). When μ_U is not finite (a left tail without a mean) the
 * body is cut below at s with P(U ≤ s) ≤ ε/8 (pairBandWitness.ts). The search scans t = t₀·10^{k/4} up to 1e307 (T_MAX): a cheap
 * estimate of P(U > t) proposes thresholds whose KL, TV and V-shift look below 0.9 of their targets, and the
 * bracket certifies them; after a failed certification the next try is 2^i quarter-decades further (12 tries).
 */
import type { Distribution } from '../distributions/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import { logSfBracket, logSfEstimate } from './headlineSfBracket.ts';
import { sumLawOf, type SumLaw } from './headlineSumLaw.ts';
import { certifyBand, type BandWitness } from './pairBandWitness.ts';
import { memoDv, type DvMemo } from './pairDvMemo.ts';
import { binaryKl } from '../numerics/kl.ts';
import { findPairLogLogWitness } from './pairLogLogWitness.ts';

export type { BandWitness } from './pairBandWitness.ts';

/** The largest threshold tried: t + s must stay a finite double. */
export const T_MAX = 1e307;

export interface PairWitnessTargets {
  /** E_P[U] must exceed M */
  readonly M: number;
  /** D(P‖Q) must be below ε */
  readonly eps: number;
  /** E_P[V] − E_Q[V] must be below η (default +∞) */
  readonly eta?: number;
  /** also require E_P[V] − E_Q[V] ≤ B_V(D(P‖Q)) (default true) */
  readonly dvCheck?: boolean;
  /** also require TV(P, Q) < tv (default +∞) */
  readonly tv?: number;
  /**
   * before giving up, try the log-log certificate for t = e^σ beyond the double range (pairLogLogWitness.ts;
   * default false: its witness has t and p only as logs)
   */
  readonly logLog?: boolean;
}

export interface PairWitnessSearch {
  readonly witness?: BandWitness;
  /** the last threshold certified */
  readonly lastT: number;
  readonly reason?: string;
}

/** The V marginal and its Donsker–Varadhan bound, with the summand decomposition of U. */
export interface PairLaws {
  readonly law: SumLaw;
  readonly v: Distribution;
  readonly dv: DvMemo;
  /** the pair itself (for the log-log fallback) */
  readonly spec?: PairSpec;
}

export function pairLaws(spec: PairSpec, v: Distribution): PairLaws {
  return { law: sumLawOf(spec), v, dv: memoDv(v), spec };
}

/** the log-log fallback of findPairWitness, when asked for */
function logLogFallback(laws: PairLaws, g: PairWitnessTargets, search: PairWitnessSearch): PairWitnessSearch {
  if (!g.logLog || !laws.spec) return search;
  const w = findPairLogLogWitness(laws, laws.spec, g);
  return w && accepts(w, g) ? { witness: w, lastT: search.lastT } : search;
}

function accepts(w: BandWitness, g: PairWitnessTargets): boolean {
  const eta = g.eta ?? Infinity;
  const tv = g.tv ?? Infinity;
  return (
    w.klUpper < g.eps * (1 - 1e-9) &&
    w.meanULower > g.M &&
    (eta === Infinity || w.deltaVUpper < eta * (1 - 1e-9)) &&
    (g.dvCheck === false || w.deltaVUpper <= w.dvOfKlLower) &&
    (tv === Infinity || w.tvUpper < tv * (1 - 1e-9))
  );
}

/** Search t on a quarter-decade grid: a cheap estimate of P(U > t) proposes, the bracket certifies. */
export function findPairWitness(laws: PairLaws, g: PairWitnessTargets): PairWitnessSearch {
  const { law } = laws;
  const mu = law.mean;
  if (mu === Infinity || (Number.isFinite(mu) && mu > g.M)) {
    const w = certifyBand(laws, { kind: 'reference', t: NaN, p: NaN, s: -Infinity });
    return { witness: w, lastT: NaN };
  }
  const needsShift = (g.eta !== undefined && g.eta < Infinity) || g.dvCheck !== false;
  if (needsShift && laws.dv.conditionalShift(1) === Infinity) {
    return { lastT: NaN, reason: 'V has a heavy right tail (or no finite mean): no bound on E[V | U > t] to certify' };
  }
  // the E_P[U] bound cancels terms of size |μ_U|: keep a margin above their rounding
  const target = g.M + 1e-6 * Math.max(1, Math.abs(g.M)) + (Number.isFinite(mu) ? 1e-12 * Math.abs(mu) : 0);
  const start = Math.max(2 * Math.abs(target), Number.isFinite(mu) ? 2 * Math.abs(mu) : 0, 1);
  const cut = Number.isFinite(mu) ? -Infinity : lowerCut(laws, g.eps, g.eta ?? Infinity);
  if (Number.isNaN(cut)) return { lastT: NaN, reason: 'no lower cut s with P(U ≤ s) ≤ ε/8 found (left tail of U)' };
  const pOf = (t: number, logQ: number) => {
    const q = Math.exp(logQ);
    return cut === -Infinity ? (target * (1 - q) - mu + q * t) / (t - mu) : (target - cut) / (t - cut);
  };
  let lastT = NaN;
  let tries = 0;
  let k = 0;
  while (tries < 12) {
    const t = start * 10 ** (k / 4);
    if (t > T_MAX) break;
    const est = logSfEstimate(law.structure, t);
    const p = pOf(t, est);
    const promising =
      p > Math.exp(est) && p < 1 &&
      binaryKl(p, est) < 0.9 * g.eps &&
      (g.tv === undefined || p < 0.9 * g.tv) &&
      (g.eta === undefined || g.eta === Infinity || p * laws.dv.conditionalShift(-est) < 0.9 * g.eta);
    if (!promising) {
      k++;
      continue;
    }
    lastT = t;
    const w = certifyBand(laws, { kind: 'band', t, p: NaN, s: cut }, target);
    if (w && accepts(w, g)) return { witness: w, lastT };
    // the bracket is looser than the estimate: go further out, faster each time
    k += 2 ** tries;
    tries++;
  }
  if (tries === 0) {
    return logLogFallback(laws, g, { lastT, reason: `beyond double range: the estimated KL (or V-shift) of the band reweighting stays above its target for every t ≤ ${T_MAX.toExponential(0)} (claims.md §4)` });
  }
  return logLogFallback(laws, g, { lastT, reason: `no certified band reweighting for t up to ${lastT.toExponential(2)} (${tries} certified)` });
}

/**
 * A lower cut s = −2^k (k found by bisection) with P(U ≤ s) ≤ r, where r ≤ ε/8 and, when η is finite, B_V(2r) < η/4 (so the body's
 * share of the KL and of the V-shift stays small); NaN if none within the double range.
 */
function lowerCut(laws: PairLaws, eps: number, eta: number): number {
  let r = eps / 8;
  while (eta < Infinity && r > 1e-300 && !(laws.dv.upper(2 * r) < eta / 4)) r /= 10;
  const want = Math.log1p(-r);
  const ok = (k: number) => logSfBracket(laws.law.structure, -(2 ** k)).lo >= want;
  if (!ok(1020)) return NaN;
  // P(U > −2^k) increases with k: bisect for the least k that certifies
  let lo = -1;
  let hi = 1020;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return -(2 ** hi);
}
