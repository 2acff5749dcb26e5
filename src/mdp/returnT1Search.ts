/**
 * The T1 search (highMeanWitness.ts, claims.md §2 T1) on the return law Q = G∘Tr(π₀) of an MDP, on the
 * component table of returnComponents.ts instead of the built mixture. Same witnesses, same formulas:
 *   P = (1 − p)·Q(· | G ≤ t) + p·Q(· | G > t),  D(P‖Q) = kl(p ‖ F̄_Q(t)),
 *   E_P[G] = (1 − p)·A + p·B,  A = (μ_Q − m_Q(t))/F_Q(t),  B = e^{log m_Q(t) − log F̄_Q(t)},
 * p the least tail mass with E_P[G] ≥ M + margin·max(1, |M|), accepted when D < ε/2 and E_P[G] > M, on the
 * grid t = 10^{k/8} (k ≤ 2400) above the median of Q. What is faster:
 * - one pass per t gives log F̄_Q(t) and m_Q(t) over merged components (no rebuilt mixture, no bisection
 *   for the median: t is above the median iff F̄_Q(t) < ½, read off the same pass);
 * - E_Q[G·1{G ≤ t}] = μ_Q − m_Q(t) and F_Q(t) = 1 − F̄_Q(t): above the median F_Q ≥ ½, so A has absolute
 *   error ~1e-16·(|μ_Q| + |m_Q(t)|) — the witness is rechecked at the state level anyway (t2Verdict.ts);
 * - the grid is scanned coarse to fine: every 8th k (powers of 10) until one is accepted, then the first
 *   accepted among the 7 points before it by bisection (the acceptance is monotone in t for the tails met
 *   here; if it is not, the point returned is still accepted: every returned witness meets every condition);
 *   with no coarse point accepted, every remaining grid point is tried, so no witness of the full scan is lost.
 * Requires a finite μ_Q (a left tail with finite mean: s = −∞ in highMeanWitness.ts); otherwise, and for
 * μ_Q > M, the caller uses findHighMeanWitness on the built law.
 */
import type { HighMeanWitness, WitnessSearch } from '../constructions/highMeanWitness.ts';
import { binaryKl } from '../numerics/kl.ts';
import { returnLogSf, returnPartialMean, type ReturnComponents } from './returnComponents.ts';

const LOG_HALF = Math.log(0.5);
const K_MIN = -24;
const K_MAX = 2400;

export function returnT1Search(c: ReturnComponents, M: number, eps: number, margin: number): WitnessSearch {
  const mu = c.mean;
  const target = M + margin * Math.max(1, Math.abs(M));
  let lastT = NaN;
  const tried = new Map<number, HighMeanWitness | null>();
  const attempt = (k: number): HighMeanWitness | null => {
    const seen = tried.get(k);
    if (seen !== undefined) return seen;
    const r = evaluate(k);
    tried.set(k, r);
    return r;
  };
  const evaluate = (k: number): HighMeanWitness | null => {
    const t = 10 ** (k / 8);
    if (!(t < c.upper)) return null;
    lastT = Math.max(Number.isNaN(lastT) ? t : lastT, t);
    const logTailQ = returnLogSf(c, t);
    if (!(logTailQ < LOG_HALF && logTailQ > -Infinity)) return null; // t at or below the median, or beyond the support
    const pm = returnPartialMean(c, t);
    const B = pm.sign * Math.exp(pm.log - logTailQ);
    if (!(B > target)) return null;
    const F = -Math.expm1(logTailQ);
    const A = (mu - pm.sign * Math.exp(pm.log)) / F;
    if (!Number.isFinite(A)) return null;
    const mass = A >= target ? Math.exp(logTailQ) : Math.min(1, (target - A) / (B - A));
    if (!(mass > 0 && mass < 1)) return null;
    const kl = binaryKl(mass, logTailQ);
    const mean = (1 - mass) * A + mass * B;
    if (!(kl < eps / 2 && mean > M)) return null;
    return { kind: 'band-reweighting', s: -Infinity, t, mass, kl, mean, logTailQ, logBandQ: Math.log(F) };
  };
  let prev = K_MIN - 1;
  for (let k = K_MIN; k <= K_MAX; k += 8) {
    if (attempt(k)) {
      // first accepted in (prev, k]: bisection, assuming acceptance is monotone on the bracket
      let lo = prev;
      let hi = k;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (attempt(mid)) hi = mid;
        else lo = mid;
      }
      return { witness: attempt(hi) as HighMeanWitness, lastT: 10 ** (hi / 8) };
    }
    prev = k;
  }
  for (let k = K_MIN; k <= K_MAX; k++) {
    const w = attempt(k);
    if (w) return { witness: w, lastT: 10 ** (k / 8) };
  }
  return { lastT, reason: `no band reweighting with KL < ε/2 and mean > M for t up to ${Number.isNaN(lastT) ? 'NaN' : lastT.toExponential(2)}` };
}
