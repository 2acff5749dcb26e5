/**
 * The detectability sentence of the headline section, executable (claims.md "Headline corollary"): for n
 * observed samples and δ > 0, a band reweighting P of the pair by U with E_P[U] > M, D(P‖Q) < ε and
 *   TV(Pⁿ, Qⁿ) ≤ n·TV(P, Q) ≤ n·√(D(P‖Q)/2) < δ   (subadditivity of TV over products; Pinsker),
 * so that no test on n samples tells P from Q with advantage above δ. For the band reweighting TV(P, Q) =
 * |p − q| exactly, and TV(Pⁿ, Qⁿ) is the TV of two binomials (headlineDetect.ts); both are reported and the
 * chain is checked link by link on the certified brackets:
 *   Pinsker:       TV ≤ p − e^{lo} ≤ √(kl(p ‖ e^{hi})/2) ≤ √(D/2);
 *   end of chain:  n·√(kl(p ‖ e^{lo})/2) < δ;
 *   exact n-sample TV at both ends of the bracket ≤ n·(p − e^{lo}).
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import { binomialTv } from './headlineDetect.ts';
import { vMarginalOf } from './headlineSumLaw.ts';
import { describeWitness, noWitnessCertificate, witnessNumbers } from './headlineVerdict.ts';
import { findPairWitness, pairLaws, type BandWitness } from './pairWitness.ts';

export interface DetectCase { readonly pair: PairSpec; readonly M: number; readonly eps: number; readonly n: number; readonly delta: number }

/** The KL budget that makes n·√(KL/2) < δ, within ε. */
export const klBudget = (c: DetectCase): number => Math.min(c.eps, 2 * (c.delta / c.n) ** 2);

export function undetectableWitness(c: DetectCase): { witness?: BandWitness; reason?: string } {
  return findPairWitness(pairLaws(c.pair, vMarginalOf(c.pair)), { M: c.M, eps: klBudget(c), dvCheck: false });
}

export function undetectableVerdict(c: DetectCase): Verdict {
  const { witness: w, reason } = undetectableWitness(c);
  if (!w) return noWitnessCertificate(c.pair, c.M, klBudget(c)) ?? inconclusive(reason ?? 'no witness', { M: c.M, eps: c.eps, n: c.n, delta: c.delta });
  if (w.kind === 'reference') return holds('P = Q already has E[U] > M: TV = 0', { ...witnessNumbers(w), n: c.n, delta: c.delta });
  const pinsker = Math.sqrt(w.klLower / 2);
  const chain = c.n * Math.sqrt(w.klUpper / 2);
  const tvNLo = binomialTv(c.n, w.p, w.logSfHi);
  const tvNHi = binomialTv(c.n, w.p, w.logSfLo);
  const numbers = { ...witnessNumbers(w), n: c.n, delta: c.delta, pinsker, chain, tvNLo, tvNHi };
  if (!(w.tvUpper <= pinsker)) return fails(`Pinsker violated? TV ≤ ${fmt(w.tvUpper)} vs √(KL/2) ≥ ${fmt(pinsker)}`, numbers);
  if (!(Math.max(tvNLo, tvNHi) <= c.n * w.tvUpper * (1 + 1e-12))) return fails(`TV(Pⁿ, Qⁿ) = ${fmt(Math.max(tvNLo, tvNHi))} > n·TV = ${fmt(c.n * w.tvUpper)}`, numbers);
  if (!(chain < c.delta && w.meanULower > c.M)) return inconclusive('chain not below δ (numerics)', numbers);
  return holds(
    `witness ${describeWitness(w)}: E_P[U] ≥ ${fmt(w.meanULower)} > M; TV(Pⁿ,Qⁿ) = ${fmt(tvNHi)} ≤ n·TV ≤ ${fmt(c.n * w.tvUpper)} ≤ n·√(KL/2) ≤ ${fmt(chain)} < δ=${fmt(c.delta)} (n=${c.n})`,
    numbers,
    { ...w },
  );
}
