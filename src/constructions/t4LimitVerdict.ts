/**
 * The verdict of "lim_{β→0+} E[V(π*(β))] = ∞" (post Theorem 4) on one pair. A limit cannot be checked at
 * infinity, so, in order:
 * 1. fails, no maximiser: λ₊(U) < ∞ (t4Abscissa.ts) — Z(β) = E[e^{U/β}] = ∞ for every β ≤ 1/λ₊(U) (Z is
 *    infinite from the first θ on where it is), so π*(β) does not exist for all small β and the limit is undefined;
 * 2. fails, bounded: E[V(π*(β))] ≤ B < ∞ for every β (t4Structure.ts `tiltedVBound`: ess sup V, or a
 *    factorised tilt with non-positive slope, or every class of a latent mixture bounded);
 * 3. holds: on the grid θ = 1/β (t4Grid.ts) E[V(π*)] exceeds the level L = q_V(1 − 10^{−m}) by more than its
 *    error, and keeps increasing after: where U = sV + N with N ⊥ V and s > 0 that is the theorem "Λ_V′ is
 *    strictly increasing"; otherwise E[V(π*)] at 1.5θ and 2.25θ must be larger again, each time by more than
 *    both errors. `crossCheck` also requires the pair's own integral, where it converges and Λ_V′ is a closed form, to agree at the hit;
 * 4. holds by a structural theorem where the grid is beyond the numerics (see `structuralDivergence`);
 * 5. otherwise inconclusive, with the reason.
 */
import { fmt, fails, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { Distribution } from '../distributions/types.ts';
import type { Pair } from '../pairs/types.ts';
import { factorSlope } from './klOptimum.ts';
import { hasClosedTiltMean } from './tiltMean.ts';
import { evaluateAt, findExceedance, scaleOf, targetLevel, type GridPoint } from './t4Grid.ts';
import { uAbscissa } from './t4Abscissa.ts';
import { buildV, tiltedVBound } from './t4Structure.ts';

/** E[V(π*)] at 1.5θ and 2.25θ after the hit, each larger than the one before by more than both errors. */
function keepsIncreasing(pair: Pair, hit: GridPoint): { ok: boolean; reason: string } {
  let prev = hit;
  for (const f of [1.5, 2.25]) {
    const q = evaluateAt(pair, f * hit.theta);
    if (typeof q === 'string') return { ok: false, reason: q };
    if (!(q.value - q.error > prev.value + prev.error)) return { ok: false, reason: `E[V(π*)] did not increase from θ = ${fmt(prev.theta)} (${fmt(prev.value)}) to ${fmt(q.theta)} (${fmt(q.value)})` };
    prev = q;
  }
  return { ok: true, reason: 'larger again at β/1.5 and β/2.25' };
}

export function divergenceVerdict(pair: Pair, m: number, opts: { crossCheck?: boolean } = {}): Verdict {
  const ab = uAbscissa(pair.spec);
  if (ab.hi < Infinity) {
    const range = ab.hi === 0 ? 'any β > 0 (λ₊(U) = 0)' : `β ≤ 1/λ₊(U) = ${fmt(1 / ab.hi)}`;
    return fails(`no maximiser for ${range}: Z(β) = E[e^{U/β}] = ∞, so π*(β) and the limit are undefined`, { lambdaU: ab.hi, betaMax: 1 / ab.hi }, { kind: 'no-argmax' });
  }
  if (ab.lo < Infinity) return inconclusive(`existence of π*(β) undecided for β < 1/${fmt(ab.lo)} (λ₊(U) ∈ [${fmt(ab.lo)}, ∞])`, { lambdaULower: ab.lo });
  const bound = tiltedVBound(pair.spec);
  if (bound.bound < Infinity) {
    return fails(`E[V(π*(β))] ≤ ${fmt(bound.bound)} for every β (${bound.why}): the limit is not +∞`, { bound: bound.bound }, { kind: 'bounded', why: bound.why });
  }
  const v = buildV(pair.spec);
  const L = targetLevel(v, m);
  if (!Number.isFinite(L)) return inconclusive(`level q_V(1 − 10^−${fmt(m)}) = ${L} is not finite`, { level: L });
  const walk = findExceedance(pair, scaleOf(v), L);
  const last = walk.points[walk.points.length - 1];
  const numbers = { level: L, points: walk.points.length, lastTheta: last?.theta ?? NaN, lastMeanV: last?.value ?? NaN };
  const theorem = structuralDivergence(pair, v);
  if (walk.hit) {
    const hit = walk.hit;
    const slope = factorSlope(pair.spec);
    // U = sV + N, N ⊥ V, s > 0: E[V(π*)] = Λ_V′(sθ), strictly increasing in θ (Λ_V strictly convex, V non-degenerate).
    const after = slope !== undefined && slope > 0 ? { ok: true, reason: `Λ_V′(${fmt(slope)}θ) is strictly increasing` } : keepsIncreasing(pair, hit);
    if (after.ok && opts.crossCheck && hasClosedTiltMean(v.spec)) {
      const other = pair.tiltedMeanV(hit.theta);
      const tol = hit.error + other.error + 1e-8 * Math.abs(hit.value);
      if (other.converged && !(Math.abs(other.value - hit.value) <= tol)) {
        return inconclusive(`factorised Λ_V′ = ${hit.value} and the pair integral ${other.value} ± ${other.error} disagree at θ = ${fmt(hit.theta)}`, numbers);
      }
    }
    const nums = { ...numbers, hitTheta: hit.theta, hitMeanV: hit.value, hitError: hit.error };
    if (after.ok) return holds(`E[V(π*(β))] = ${fmt(hit.value)} > L = ${fmt(L)} at β = ${fmt(1 / hit.theta)}; ${after.reason}`, nums);
    if (theorem) return holds(`${theorem} (grid: ${after.reason})`, nums, { kind: 'theorem' });
    return inconclusive(`E[V(π*)] exceeded L at β = ${fmt(1 / hit.theta)}, then: ${after.reason}`, nums);
  }
  if (theorem) return holds(`${theorem} (grid: ${walk.reason ?? 'not conclusive'})`, numbers, { kind: 'theorem' });
  return inconclusive(walk.reason ?? `E[V(π*)] stayed below L = ${fmt(L)} up to θ = ${fmt(last?.theta ?? NaN)}`, numbers);
}

/**
 * Two theorems, each needing V unbounded above and λ₊(U) = ∞ (so π*(β) exists for every β):
 * (a) comonotone pairs with E[V] finite: V = q_V(W) and U = s(W) are both non-decreasing in W with s(1⁻) = ∞,
 *     so the tilt by e^{θU} sends P_θ(W ≤ w₀) ≤ e^{−θ}/P(s(W) > s(w₀) + 1) → 0 for every w₀ < 1 and
 *     E_θ[V·1{W ≤ w₀}] → 0 (|V| integrable): lim inf E_θ[V] ≥ q_V(w₀) for every w₀, i.e. = ∞;
 * (b) X bounded (any dependence): U ≥ inf X + V is unbounded above, so E_θ[U] = Λ_U′(θ) → ess sup U = ∞,
 *     and E_θ[V] = E_θ[U] − E_θ[X] ≥ Λ_U′(θ) − sup X → ∞.
 */
function structuralDivergence(pair: Pair, v: Distribution): string | undefined {
  if (v.support.upper !== Infinity) return undefined;
  if (pair.spec.kind === 'comonotone' && Number.isFinite(v.mean())) {
    return 'comonotone pair, V unbounded above with finite mean, λ₊(U) = ∞: E_θ[V] → ess sup V = ∞ (monotone coupling)';
  }
  const x = pair.x;
  if (x && x.support.lower > -Infinity && x.support.upper < Infinity) {
    return `X bounded in [${fmt(x.support.lower)}, ${fmt(x.support.upper)}], V unbounded above, λ₊(U) = ∞: E_θ[V] ≥ Λ_U′(θ) − sup X → ∞`;
  }
  return undefined;
}
