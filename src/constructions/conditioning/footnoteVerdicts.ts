/**
 * Verdicts on the footnote example (footnotePair.ts) on its grid t_k = c + s·max(1, s)·10^k, k = 1…4.
 * - `footnoteLimitVerdict(case, L, tol)` for "lim E[V | U ≥ t] = L" (L finite): holds when |E − L| + error ≤ tol at
 *   the two farthest points; fails with the monotone certificate E[V | U > t] ≥ m_b(t) ≥ m_b(t₀) for all t ≥ t₀
 *   when m_b(t₀) − error > L + tol at a grid point (the limit, if any, is at least m_b(t₀)).
 * - `footnoteDivergesVerdict(case)` for "→ ∞": holds when E[V | U > t] ≥ t/2 at the two farthest points and
 *   increasing (then the outside part, E[V | V > t] ≥ t, dominates).
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import { footnoteConditionalMean, footnoteGrid, type FootnoteCase } from './footnotePair.ts';

function points(k: FootnoteCase) {
  return footnoteGrid(k).map((t) => ({ t, ...footnoteConditionalMean(k, t) }));
}

export function footnoteLimitVerdict(k: FootnoteCase, L: number, tol: number): Verdict {
  const ps = points(k);
  const bad = ps.find((p) => !p.converged);
  if (bad) return inconclusive(`E[V | U > ${fmt(bad.t)}] not resolved: ${bad.reason}`);
  const nums = Object.fromEntries(ps.flatMap((p, i) => [[`t${i}`, p.t], [`cond${i}`, p.value], [`band${i}`, p.band]]));
  const cert = ps.find((p) => p.band - p.bandError > L + tol);
  if (cert) return fails(`E[V | U > t] ≥ m_b(t) ≥ m_b(${fmt(cert.t)}) = ${fmt(cert.band)} > ${fmt(L)} + tol for every t ≥ ${fmt(cert.t)} (m_b non-decreasing): the limit is not ${fmt(L)}`, nums, { kind: 'monotone-band' });
  const last2 = ps.slice(-2);
  if (last2.every((p) => Math.abs(p.value - L) + p.error <= tol)) return holds(`|E[V | U > t] − ${fmt(L)}| ≤ ${fmt(tol)} at t = ${last2.map((p) => fmt(p.t)).join(', ')} (E = ${last2.map((p) => fmt(p.value)).join(', ')})`, nums);
  return inconclusive(`E[V | U > t] = ${ps.map((p) => fmt(p.value)).join(', ')} on t = ${ps.map((p) => fmt(p.t)).join(', ')}: neither within ${fmt(tol)} of ${fmt(L)} nor certified away`, nums);
}

export function footnoteDivergesVerdict(k: FootnoteCase): Verdict {
  const ps = points(k);
  const bad = ps.find((p) => !p.converged);
  if (bad) return inconclusive(`E[V | U > ${fmt(bad.t)}] not resolved: ${bad.reason}`);
  const nums = Object.fromEntries(ps.flatMap((p, i) => [[`t${i}`, p.t], [`cond${i}`, p.value]]));
  const last2 = ps.slice(-2);
  const up = last2[1].value - last2[1].error > last2[0].value + last2[0].error;
  if (up && last2.every((p) => p.value - p.error >= p.t / 2)) return holds(`E[V | U > t] ≥ t/2 and increasing at t = ${last2.map((p) => fmt(p.t)).join(', ')} (E = ${last2.map((p) => fmt(p.value)).join(', ')})`, nums);
  return inconclusive(`E[V | U > t] = ${ps.map((p) => fmt(p.value)).join(', ')} on t = ${ps.map((p) => fmt(p.t)).join(', ')}: not yet ≥ t/2 and increasing`, nums);
}
