/**
 * The detectability sentence of the headline section, executable (claims.md "Headline corollary"): for n
 * observed samples and δ > 0, a band reweighting P of the pair by U with E_P[U] > M, D(P‖Q) < ε and
 *   TV(Pⁿ, Qⁿ) ≤ n·TV(P, Q) ≤ n·√(D(P‖Q)/2) < δ   (subadditivity of TV over products; Pinsker),
 * so that no test on n samples tells P from Q with advantage above δ. For the band reweighting TV(P, Q) =
 * |p − q| exactly, and TV(Pⁿ, Qⁿ) is the TV of two binomials (headlineDetect.ts); both are reported and the
 * chain is checked link by link, with q at each end of its certified bracket [e^{lo}, e^{hi}]:
 *   Pinsker:       p − q ≤ √(kl(p ‖ q)/2) at both ends (two instances of the inequality, as a consistency check);
 *   product:       TV(Bin(n, p), Bin(n, q)) ≤ n·(p − e^{lo}) at both ends;
 *   end of chain:  n·√(kl(p ‖ e^{lo})/2) < δ, and kl(p ‖ e^{lo}) ≥ D(P‖Q).
 * With a lower cut s (μ_U not finite) the law of the counts is trinomial: only the end of the chain, which rests
 * on Pinsker and subadditivity, is checked.
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import { binaryKl } from '../numerics/kl.ts';
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
  const chain = c.n * Math.sqrt(w.klUpper / 2);
  const band = w.s === -Infinity;
  const tvNLo = band ? binomialTv(c.n, w.p, w.logSfHi) : NaN;
  const tvNHi = band ? binomialTv(c.n, w.p, w.logSfLo) : NaN;
  const numbers: Record<string, number> = { ...witnessNumbers(w), n: c.n, delta: c.delta, chain };
  if (band) {
    Object.assign(numbers, { tvNLo, tvNHi });
    for (const l of [w.logSfLo, w.logSfHi]) {
      const tv = w.p - Math.exp(l);
      const pinsker = Math.sqrt(binaryKl(w.p, l) / 2);
      // p − q is formed by subtraction: its rounding error is ~ε·p, absolute, whatever the size of TV
      if (!(tv <= pinsker * (1 + 1e-12) + 8 * Number.EPSILON * w.p)) return fails(`Pinsker violated at q=${fmt(Math.exp(l))}: TV = ${fmt(tv)} > √(kl/2) = ${fmt(pinsker)}`, numbers);
    }
    // both sides are differences of probabilities near p: a violation must beat their rounding, ~ε·n·p
    if (!(Math.max(tvNLo, tvNHi) <= c.n * w.tvUpper * (1 + 1e-12) + 8 * Number.EPSILON * c.n * w.p)) return fails(`TV(Pⁿ, Qⁿ) = ${fmt(Math.max(tvNLo, tvNHi))} > n·TV = ${fmt(c.n * w.tvUpper)}`, numbers);
  }
  if (!(chain < c.delta && w.meanULower > c.M)) return inconclusive('chain not below δ (numerics)', numbers);
  return holds(
    `witness ${describeWitness(w)}: E_P[U] ≥ ${fmt(w.meanULower)} > M; TV(Pⁿ,Qⁿ) ${band ? `= ${fmt(tvNHi)}` : '(trinomial)'} ≤ n·TV ≤ ${fmt(c.n * w.tvUpper)} ≤ n·√(KL/2) ≤ ${fmt(chain)} < δ=${fmt(c.delta)} (n=${c.n})`,
    numbers,
    { ...w },
  );
}
