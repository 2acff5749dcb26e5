/**
 * The verdict of "lim_{β→0+} E[V(π*(β))] = ∞" (post Theorem 4) on one pair. A limit cannot be checked at
 * infinity, so, in order:
 * 1. fails, no maximiser: λ₊(U) < ∞ (t4Abscissa.ts) — Z(β) = E[e^{U/β}] = ∞ for every β ≤ 1/λ₊(U) (Z is
 *    infinite from the first θ on where it is), so π*(β) does not exist for all small β and the limit is undefined;
 * 2. fails, bounded: E[V(π*(β))] ≤ B < ∞ for every β (t4Structure.ts `tiltedVBound`: ess sup V, or a
 *    factorised tilt with non-positive slope, or every class of a latent mixture bounded);
 * 3. holds: on the grid θ = 1/β = 10^{k/2}/s (s the interquartile range of V, k = −2…20) E[V(π*)] exceeds
 *    the level L = q_V(1 − 10^{−m}) by more than its error, and at 1.5θ and 2.25θ it is larger again, each time
 *    by more than both errors; `crossCheck` also requires the pair's own integral to agree at the first point;
 * 4. holds by a structural theorem where the grid is beyond the numerics (see `structuralDivergence`);
 * 5. otherwise inconclusive, with the reason.
 */
import { fmt, fails, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { Distribution } from '../distributions/types.ts';
import type { Pair } from '../pairs/types.ts';
import { klOptimum } from './klOptimum.ts';
import { uAbscissa } from './t4Abscissa.ts';
import { buildV, tiltedVBound } from './t4Structure.ts';

/** L = q_V(1 − 10^{−m}), a level V exceeds with probability 10^{−m}. */
export function targetLevel(v: Distribution, m: number): number {
  return v.quantile(-Math.expm1(-m * Math.LN10));
}

/** A scale of V for the θ grid: the interquartile range, else the 1–99% range, else 1. */
export function scaleOf(v: Distribution): number {
  const iqr = v.quantile(0.75) - v.quantile(0.25);
  if (iqr > 0 && Number.isFinite(iqr)) return iqr;
  const wide = v.quantile(0.99) - v.quantile(0.01);
  return wide > 0 && Number.isFinite(wide) ? wide : 1;
}

export interface GridPoint { readonly theta: number; readonly value: number; readonly error: number }

/** E[V(π*)] at θ = 10^k/s, k = −1…10, until `stop` says so; `reason` is set when a point is not resolved. */
/**
 * E[V(π*)] at θ = 10^{k/2}/s, k = −2…20, until the first point above L by more than its error, then at 1.5θ
 * and 2.25θ of that point; `reason` is set when a point is not resolved.
 */
export function walkGrid(pair: Pair, s: number, L: number): { points: GridPoint[]; reason?: string } {
  const points: GridPoint[] = [];
  const at = (theta: number): string | undefined => {
    const o = klOptimum(pair, 1 / theta);
    if (o.status !== 'tilt') return o.reason;
    const e = o.meanV;
    if (!e.converged || !Number.isFinite(e.value) || !Number.isFinite(e.error)) {
      return `E[V(π*)] at θ = ${fmt(theta)} not resolved (${e.reason ?? `value ${e.value} ± ${e.error}`})`;
    }
    points.push({ theta, value: e.value, error: e.error });
    return undefined;
  };
  for (let k = -2; k <= 20; k++) {
    const reason = at(10 ** (k / 2) / s);
    if (reason) return { points, reason };
    const p = points[points.length - 1];
    if (p.value - p.error > L) {
      const r2 = at(1.5 * p.theta) ?? at(2.25 * p.theta);
      return { points, reason: r2 };
    }
  }
  return { points };
}

/** The first point above L by more than its error, followed by two strict increases (beyond both errors). */
function exceedsThenIncreases(points: GridPoint[], L: number): 'yes' | 'no' | 'pending' {
  const hit = points.findIndex((p) => p.value - p.error > L);
  if (hit < 0 || points.length - hit < 3) return 'pending';
  for (let j = hit + 1; j < points.length; j++) if (!(points[j].value - points[j].error > points[j - 1].value + points[j - 1].error)) return 'no';
  return 'yes';
}

export function divergenceVerdict(pair: Pair, m: number, opts: { crossCheck?: boolean } = {}): Verdict {
  const ab = uAbscissa(pair.spec);
  if (ab.hi < Infinity) {
    return fails(`no maximiser for β ≤ 1/λ₊(U) = ${fmt(1 / ab.hi)}: Z(β) = E[e^{U/β}] = ∞, so π*(β) and the limit are undefined`, { lambdaU: ab.hi, betaMax: 1 / ab.hi }, { kind: 'no-argmax' });
  }
  if (ab.lo < Infinity) return inconclusive(`existence of π*(β) undecided for β < 1/${fmt(ab.lo)} (λ₊(U) ∈ [${fmt(ab.lo)}, ∞])`, { lambdaULower: ab.lo });
  const bound = tiltedVBound(pair.spec);
  if (bound.bound < Infinity) {
    return fails(`E[V(π*(β))] ≤ ${fmt(bound.bound)} for every β (${bound.why}): the limit is not +∞`, { bound: bound.bound }, { kind: 'bounded', why: bound.why });
  }
  const v = buildV(pair.spec);
  const L = targetLevel(v, m);
  if (!Number.isFinite(L)) return inconclusive(`level q_V(1 − 10^−${fmt(m)}) = ${L} is not finite`, { level: L });
  const walk = walkGrid(pair, scaleOf(v), L);
  const state = exceedsThenIncreases(walk.points, L);
  const last = walk.points[walk.points.length - 1];
  const numbers = { level: L, points: walk.points.length, lastTheta: last?.theta ?? NaN, lastMeanV: last?.value ?? NaN };
  if (state === 'yes') {
    const hit = walk.points.find((p) => p.value - p.error > L)!;
    if (opts.crossCheck) {
      const other = pair.tiltedMeanV(hit.theta);
      const tol = hit.error + other.error + 1e-8 * Math.abs(hit.value);
      if (!other.converged || !(Math.abs(other.value - hit.value) <= tol)) {
        return inconclusive(`factorised Λ_V′ = ${hit.value} and the pair integral ${other.value} ± ${other.error} disagree at θ = ${fmt(hit.theta)}`, numbers);
      }
    }
    return holds(`E[V(π*(β))] = ${fmt(hit.value)} > L = ${fmt(L)} at β = ${fmt(1 / hit.theta)}, and larger at β/1.5 and β/2.25`, { ...numbers, hitTheta: hit.theta, hitMeanV: hit.value, hitError: hit.error });
  }
  const theorem = structuralDivergence(pair, v);
  if (theorem) return holds(`${theorem} (grid: ${walk.reason ?? 'not conclusive'})`, numbers, { kind: 'theorem' });
  if (state === 'no') return inconclusive('E[V(π*)] exceeded L and then stopped increasing on the grid: neither a proof nor a certificate', numbers);
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
