/**
 * Verdicts of the limit readings of T3 (claims.md §2 T3: "E_P[V] → 0 as d → 0"; paper: "μ_P − μ_Q → 0").
 * A limit is checked on a grid: d_k = 10^{−2k}, k = 0…6 (1 down to 1e-12).
 * - `vanishVerdict`: B(d_k) finite (error ≤ ¼·B + 1e-12·(|μ| + spread): a trend needs no more), non-increasing,
 *   attained by the tilt at λ*(d) for d = 1e-2, 1e-4 (so it is the sup of the shift, not only a bound), and
 *   B(1e-12) ≤ 1e-2·B(1) — or, for slowly decaying B (a left tail with infinite variance: B(d) ~ d^{(α−1)/α}),
 *   B(1e-12) < B(1) strictly ("slow decay"). A heavy right tail: no finite sup (T1 witness at
 *   d = 1e-12); μ_Q = −∞: the shift of Q(· | V > s) is +∞ at KL −log F̄(s) = 1e-12.
 * - `twoSidedLimitVerdict`: for a case (ε, M): some ε₀ ≤ ε has max(B₊(ε₀), B₋(ε₀)) ≤ M (B₋ from −V) —
 *   holds; a heavy side: a T1 witness at ε moves the mean by more than M that way, and T1 gives one at
 *   every ε₀ — fails (the closed-form tail mixture of t3MixtureWitness.ts first, the band reweighting of
 *   highMeanVerdict.ts where it finds none).
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { Distribution } from '../distributions/types.ts';
import { highMeanLowKlVerdict } from './highMeanVerdict.ts';
import { dvBound } from './dvBound.ts';
import { cumulantsOf } from './t3Cumulants.ts';
import { reflect, unboundedShiftVerdict } from './t3Verdicts.ts';
import { spreadOf } from './t3Tilt.ts';
import { bennettUpperBound, conditionedLowerBound } from './t3DecayCertificate.ts';
import { tailMixtureWitness } from './t3MixtureWitness.ts';

export const VANISH_GRID: readonly number[] = Array.from({ length: 7 }, (_, k) => 10 ** (-2 * k));

/** μ_Q = −∞ and a right tail that is light: Q(· | V > s) at KL eps has a finite mean, so an infinite shift. */
export function infiniteMeanVerdict(q: Distribution, eps: number): Verdict {
  const s = q.quantile(-Math.expm1(-eps));
  const m = q.tailMean(s);
  if (Number.isFinite(m)) return fails(`μ_Q = −∞ while Q(· | V > ${fmt(s)}) has KL ${fmt(-q.logSf(s))} and mean ${fmt(m)}: shift +∞`, { s, meanP: m, kl: -q.logSf(s) });
  return inconclusive(`μ_Q = ${q.mean()} and the conditioned mean is ${m}`, { s });
}

/** B(d) → 0 as d → 0, on VANISH_GRID (see the file comment); `rate` (a mutant) demands B(d) ≤ rate(d)·B(1). */
export function vanishVerdict(q: Distribution, rate?: (d: number) => number): Verdict {
  const mu = q.mean();
  if (!(q.mgfSup > 0)) return unboundedShiftVerdict(q, 1e-12, 1, 'sup of the shift at d = 1e-12 is not small');
  if (mu === -Infinity) return infiniteMeanVerdict(q, 1e-12);
  if (!Number.isFinite(mu)) return inconclusive(`μ_Q = ${mu}`);
  const c = cumulantsOf(q);
  const floor = 1e-12 * (Math.abs(mu) + spreadOf(q)); // absolute resolution of a mean difference
  const bs = VANISH_GRID.map((d) => ({ d, ...dvBound(q, d) }));
  const B1 = bs[0].bound;
  const last = bs[bs.length - 1];
  // the ratio only where it is defined (B(1) = 0 for a point mass: a NaN would block the verdict)
  const numbers: Record<string, number> = B1 > 0 ? { B1, B1e12: last.bound, ratio: last.bound / B1 } : { B1, B1e12: last.bound };
  for (let k = 0; k < bs.length; k++) {
    const b = bs[k];
    if (!(Number.isFinite(b.bound) && b.error <= 0.25 * b.bound + floor)) {
      const unresolved = `B(${fmt(b.d)}) = ${fmt(b.bound)} ± ${fmt(b.error)} not resolved`;
      return rate ? inconclusive(unresolved, numbers) : closedFormDecayVerdict(q, unresolved, numbers);
    }
    if (k > 0 && !(b.bound <= bs[k - 1].bound * (1 + 1e-6) + b.error + bs[k - 1].error + floor)) {
      return fails(`B is not monotone: B(${fmt(b.d)}) = ${fmt(b.bound)} > B(${fmt(bs[k - 1].d)}) = ${fmt(bs[k - 1].bound)}`, numbers);
    }
    if (rate && b.bound - b.error - floor > rate(b.d) * B1 * (1 + 1e-6)) {
      // the tilt at λ* attains B(d): a P with D = d and shift B(d) above the demanded rate
      return fails(`B(${fmt(b.d)}) = ${fmt(b.bound)} > rate·B(1) = ${fmt(rate(b.d) * B1)} (attained by the tilt at λ = ${fmt(b.lambda)})`, { ...numbers, d: b.d, bound: b.bound, lambda: b.lambda });
    }
    if ((b.d === 1e-2 || b.d === 1e-4) && b.lambda > 0 && Number.isFinite(b.lambda) && b.bound > 1e3 * floor) {
      const kl = c.tiltKl(b.lambda);
      const s = c.shift(b.lambda);
      const attained = Math.abs(kl.value - b.d) <= 1e-3 * b.d + kl.error && Math.abs(s.value - b.bound) <= 1e-3 * b.bound + s.error + b.error;
      if (!attained) return inconclusive(`the tilt at λ* = ${fmt(b.lambda)} does not attain B(${fmt(b.d)}): KL ${fmt(kl.value)}, shift ${fmt(s.value)}`, numbers);
    }
  }
  if (B1 <= floor) return holds(`B(1) = ${fmt(B1)} at the resolution floor (Q a point mass or nearly)`, numbers);
  if (last.bound + last.error <= 1e-2 * (B1 - bs[0].error)) return holds(`B(1e-12)/B(1) = ${fmt(last.bound / B1)} ≤ 1e-2; B non-increasing on the grid and attained by tilts`, numbers);
  // a strict decrease whose margin beats both error estimates (the mean's own error cancels: B(d) + μ does not use μ)
  if ((B1 - bs[0].error) - (last.bound + last.error) > floor) return holds(`slow decay (heavy left tail): B(1e-12)/B(1) = ${fmt(last.bound / B1)} < 1; B non-increasing and attained`, numbers);
  if (!rate) return closedFormDecayVerdict(q, `no decay visible on the grid: B(1e-12)/B(1) = ${fmt(last.bound / B1)}`, numbers);
  return inconclusive(`no decay visible on the grid: B(1e-12)/B(1) = ${fmt(last.bound / B1)}`, numbers);
}

/**
 * Where the tables cannot resolve B on the grid: the decay certified by closed-form bounds alone
 * (t3DecayCertificate.ts): at the first d_k = 10^{−2k} ≥ 1e-300 of the grid continued past 1e-12 with
 * U(d_k) ≤ 1e-2·L(1), B(d_k) ≤ U(d_k) (Bennett) ≤ 1e-2·L(1) ≤ 1e-2·B(1) (L: Q conditioned on its top); B is
 * non-increasing in d by definition, so B stays below 1% of B(1) from there on. A law whose variance dwarfs
 * its range of means (a reflected Weibull with k ≈ 0.03) needs d far below 1e-12 for U ≈ σ√(2d) to fall.
 */
function closedFormDecayVerdict(q: Distribution, unresolved: string, numbers: Record<string, number>): Verdict {
  const lower = conditionedLowerBound(q, VANISH_GRID[0]);
  if (!(lower.bound > 0)) return inconclusive(unresolved, numbers);
  for (let k = VANISH_GRID.length - 1; k <= 150; k++) {
    const d = 10 ** (-2 * k);
    const upper = bennettUpperBound(q, d);
    if (Number.isNaN(upper)) break;
    if (upper <= 1e-2 * lower.bound) {
      const nums = { ...numbers, dCertified: d, bennettU: upper, conditionedL1: lower.bound };
      return holds(`${unresolved} by the tables; closed-form bounds: B(${fmt(d)}) ≤ ${fmt(upper)} (Bennett) ≤ 1e-2·B(1), B(1) ≥ ${fmt(lower.bound)} (Q | V > ${fmt(lower.s)}, KL ${fmt(lower.kl)})`, nums);
    }
  }
  return inconclusive(unresolved, numbers);
}

/** For (ε, M): does some ε₀ ≤ ε give |E_P[V] − μ_Q| ≤ M for every P with D(P‖Q) < ε₀? (see the file comment) */
export function twoSidedLimitVerdict(q: Distribution, eps: number, M: number): Verdict {
  const mu = q.mean();
  if (mu === -Infinity) return infiniteMeanVerdict(q, eps);
  if (!Number.isFinite(mu)) return inconclusive(`μ_Q = ${mu}`);
  for (const side of [1, -1] as const) {
    const qs = side === 1 ? q : reflect(q);
    if (!(qs.mgfSup > 0)) {
      const where = side === 1 ? 'right' : 'left';
      const sign = side === 1 ? '' : '−';
      // the cheap certificate first (closed-form tail only); the band-reweighting search where it finds none
      const w = tailMixtureWitness(qs, M, eps);
      if (w) {
        return fails(`${where} tail heavy: P = (1 − p)Q + p·Q(· | ${sign}V > ${fmt(w.t)}), p = ${fmt(w.p)}, has D ≤ ${fmt(w.klUpper)} < ε = ${fmt(eps)} and ${sign}(E_P[V] − μ_Q) ≥ ${fmt(w.shiftLower)} > M = ${fmt(M)}; T1 gives one for every ε₀`, { eps, M, side, t: w.t, p: w.p, klUpper: w.klUpper, shiftLower: w.shiftLower }, { ...w, side });
      }
      const t1 = highMeanLowKlVerdict(qs, qs.mean() + M, eps);
      const numbers = { ...t1.numbers, eps, M, side };
      if (t1.status !== 'holds') return inconclusive(`heavy ${where} tail, no T1 witness certified: ${t1.summary}`, numbers);
      return fails(`${where} tail heavy: a P with D < ε = ${fmt(eps)} has ${sign}(E_P[V] − μ_Q) > M = ${fmt(M)} (${t1.summary}); T1 gives one for every ε₀`, numbers, t1.witness);
    }
  }
  for (const d of VANISH_GRID) {
    if (d > eps) continue;
    const up = dvBound(q, d);
    const down = dvBound(reflect(q), d);
    const worst = Math.max(up.bound + up.error, down.bound + down.error);
    if (worst <= M) return holds(`ε₀ = ${fmt(d)}: max(B₊, B₋)(ε₀) = ${fmt(worst)} ≤ M = ${fmt(M)}`, { eps0: d, bPlus: up.bound, bMinus: down.bound, M });
  }
  return inconclusive(`no ε₀ ≤ ${fmt(eps)} on the grid brings max(B₊, B₋) below M = ${fmt(M)}`, { eps, M });
}
