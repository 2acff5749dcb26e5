/**
 * The verdict of T5, "lim_{t→∞} E[V | X + V ≥ t] = E[V]", on one pair. A limit cannot be checked at infinity;
 * what is checked is the trend on the grid of thresholds (thresholdGrid.ts: the three farthest levels of
 * 5, 10, 20, 50, 200, 700 with t ≤ 1e300), with the tolerance tol = τ·spread(V) (interquartile range, t4Grid.ts):
 * - holds: |E[V | U > t] − E[V]| + error ≤ tol at the two farthest thresholds;
 * - fails, only with a certificate:
 *   (a) P(U > t) = 0 from a threshold on (U bounded above): E[V | U ≥ t] is undefined for large t, no limit;
 *   (b) X bounded above, V not: U > t forces V > t − sup X, so E[V | U > t] ≥ t − sup X → ∞ (any coupling);
 *   (c) comonotone pairs: {U > t} = {W > w(t)}, so E[V | U > t] = E[V | W > w(t)] is non-decreasing in t and
 *       ≥ E[V]; one grid point with E[V | U > t] − E[V] − error > tol certifies it for every larger t;
 *   (d) X ⊥ V with λ₊(X) > 0 (light X): F̄_X(t − v)/F̄_X(t) does not tend to 1, so the deviation does not decay
 *       (for the suite's light families it tends to Λ_V′(λ₊) − E[V] > 0 or diverges); certified on the grid when
 *       |E[V | U > t] − E[V]| − error > tol at all three thresholds and not shrinking (within the errors).
 *   (e) X ⊥ V with regularly varying right tails, α_V − α_X < 1 and α_X > 1: E[V | U > t] ≥ LB(t) (bigJumpBound.ts),
 *       LB(t) ≍ t^{1 + α_X − α_V} → ∞, and LB already exceeds E[V] + tol at the farthest threshold.
 *   For heavy (long-tailed) X no finite grid certifies non-convergence: the deviation can decay arbitrarily late
 *   (Weibull k → 1⁻ errors, V tails that become lighter than X's only past t ≈ 1e120), so such cases are inconclusive;
 * - holds from a bracket (X ⊥ V, V bounded above, where the grid is not conclusive): 0 ≤ E[V | U > t] − E[V] ≤ Δ(t) ≤ tol
 *   at the two farthest thresholds, Δ from closed forms only (boundedVGap.ts);
 * - holds from a rigorous bound (X ⊥ V, E[V] finite, X with a hazard envelope, tiltDeviationBound.ts):
 *   0 ≤ E[V | U > t] − E[V] ≤ B(t) ≤ tol, tried first at the grid's two farthest thresholds (no quadrature: the grid's
 *   criterion with a bound in place of an estimate) and, where the grid is not conclusive, at two consecutive rungs
 *   t = e^σ past it, σ up to 1e12, beyond the double range in log space (t5TiltVerdict.ts: the slow limits, Weibull
 *   k → 1⁻ X, V with a heavy left tail, zeta X with s → 1 whose grid lies beyond 1e300);
 * - otherwise inconclusive with the numbers (e.g. still approaching: |Δ| > tol but shrinking).
 * E[V | U ≥ t] and E[V | U > t] have the same limit (the first is the left limit in t of the second), so the
 * grid uses U > t. E[V] = −∞ (left tail without a mean): holds when E[V | U > t] decreases strictly (beyond the
 * errors) along the grid; never fails. V degenerate: E[V | U > t] = V exactly while P(U > t) > 0.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { Pair } from '../../pairs/types.ts';
import { scaleOf } from '../t4Grid.ts';
import { bigJumpLowerBound } from './bigJumpBound.ts';
import { boundedVGap } from './boundedVGap.ts';
import { hazardEnvelope } from './hazardEnvelope.ts';
import { tiltVerdict } from './t5TiltVerdict.ts';
import { tiltDeviationBound } from './tiltDeviationBound.ts';
import { conditioningGrid, gridThresholds, LEVELS, resolvableLimit, T_MAX, type GridPoint } from './thresholdGrid.ts';

/**
 * Holds from the rigorous bracket 0 ≤ E[V | U > t] − E[V] ≤ Δ(t) of boundedVGap.ts (X ⊥ V, V bounded above, E[V]
 * finite) when Δ ≤ tol at the two farthest grid thresholds: no quadrature (used where the grid is not conclusive).
 */
function gapVerdict(pair: Pair, x: Distribution, v: Distribution, tau: number): Verdict | undefined {
  if (pair.spec.kind !== 'independent' || !(v.support.upper < Infinity) || !Number.isFinite(v.mean())) return undefined;
  const ts = gridThresholds(x, v, 3, resolvableLimit(x)).slice(-2);
  if (ts.length < 2) return undefined;
  const tol = tau * scaleOf(v);
  const gaps = ts.map(({ t }) => boundedVGap(x, v, t));
  if (!gaps.every((g) => g <= tol)) return undefined;
  const nums = Object.fromEntries(ts.flatMap(({ t }, i) => [[`t${i}`, t], [`gapBound${i}`, gaps[i]]]));
  return holds(`0 ≤ E[V | U > t] − E[V] ≤ ${gaps.map(fmt).join(', ')} ≤ tol = ${fmt(tol)} (rigorous bracket, V ≤ ${fmt(v.support.upper)}, boundedVGap.ts) at t = ${ts.map(({ t, level }) => `${fmt(t)} (−log P ≈ ${level})`).join(', ')}`, { ...nums, mean: v.mean(), tol });
}

/**
 * Holds from the rigorous bound 0 ≤ E[V | U > t] − E[V] ≤ B(t) ≤ tol at two rungs t = e^σ at or past the grid's farthest
 * threshold (X ⊥ V, E[V] finite, X with a hazard envelope: t5TiltVerdict.ts); used where the grid is not conclusive.
 */
function tiltFallback(pair: Pair, x: Distribution, v: Distribution, tau: number, ps: readonly GridPoint[]): Verdict | undefined {
  if (pair.spec.kind !== 'independent' || !Number.isFinite(v.mean())) return undefined;
  // from the farthest resolved grid threshold; with none resolved, from the nearest grid threshold within range
  const last = ps[ps.length - 1];
  const first = gridThresholds(x, v, LEVELS.length)[0];
  const from = last ? last.t : first ? first.t : T_MAX;
  const sigma0 = from > 1 ? Math.log(from) : 1;
  return tiltVerdict(pair.spec.x, v, tau * scaleOf(v), sigma0);
}

/**
 * Cheaper check first (X ⊥ V, E[V] finite, X with a hazard envelope): the rigorous bound 0 ≤ E[V | U > t] − E[V] ≤ B(t)
 * of tiltDeviationBound.ts at the grid's two farthest thresholds, with no quadrature; holds when B ≤ tol at both (the
 * grid's own criterion with a bound in place of the quadrature's estimate). Undefined otherwise (the grid decides).
 */
function boundFirst(pair: Pair, x: Distribution, v: Distribution, tau: number): Verdict | undefined {
  if (pair.spec.kind !== 'independent' || !Number.isFinite(v.mean()) || !hazardEnvelope(pair.spec.x)) return undefined;
  const ts = gridThresholds(x, v, 3, resolvableLimit(x)).slice(-2);
  if (ts.length < 2 || !ts.every(({ t }) => t > 1)) return undefined;
  const tol = tau * scaleOf(v);
  const bs: number[] = [];
  for (const { t } of ts) {
    const b = tiltDeviationBound(pair.spec.x, v, Math.log(t));
    if (!b || !(b.bound <= tol)) return undefined;
    bs.push(b.bound);
  }
  const nums = Object.fromEntries(ts.flatMap(({ t }, i) => [[`t${i}`, t], [`bound${i}`, bs[i]]]));
  return holds(`0 ≤ E[V | U > t] − E[V] ≤ ${bs.map(fmt).join(', ')} ≤ tol = ${fmt(tol)} at t = ${levelsOf(ts)} (rigorous bound from X's hazard envelope, tiltDeviationBound.ts; no quadrature)`, { ...nums, mean: v.mean(), tol });
}


const levelsOf = (ps: readonly Pick<GridPoint, 't' | 'level'>[]): string => ps.map((p) => `${fmt(p.t)} (−log P ≈ ${p.level})`).join(', ');

export function subexponentialErrorVerdict(pair: Pair, x: Distribution, v: Distribution, tau: number): Verdict {
  const mean = v.mean();
  if (x.support.upper < Infinity && v.support.upper === Infinity) {
    return fails(`X ≤ ${fmt(x.support.upper)} and V unbounded above: E[V | U > t] ≥ t − sup X → ∞ ≠ E[V]`, { supX: x.support.upper, mean }, { kind: 'bounded-X' });
  }
  const early = boundFirst(pair, x, v, tau);
  if (early) return early;
  const grid = conditioningGrid(pair, x, v, 3, resolvableLimit(x));
  if (grid.emptyAt !== undefined) {
    return fails(`P(U > t) = 0 for t ≥ ${fmt(grid.emptyAt)} (U bounded above): E[V | U ≥ t] is undefined for large t and has no limit`, { emptyAt: grid.emptyAt }, { kind: 'undefined' });
  }
  if (grid.reason) return gapVerdict(pair, x, v, tau) ?? tiltFallback(pair, x, v, tau, grid.points) ?? inconclusive(grid.reason);
  const ps = grid.points;
  const values = Object.fromEntries(ps.flatMap((p, i) => [[`t${i}`, p.t], [`cond${i}`, p.value], [`err${i}`, p.error]]));
  if (mean === -Infinity) {
    const down = ps.every((p, i) => i === 0 || p.value + p.error < ps[i - 1].value - ps[i - 1].error);
    return down
      ? holds(`E[V] = −∞ and E[V | U > t] decreases strictly along t = ${levelsOf(ps)}: ${ps.map((p) => fmt(p.value)).join(' > ')}`, values)
      : inconclusive(`E[V] = −∞ but E[V | U > t] = ${ps.map((p) => fmt(p.value)).join(', ')} is not decreasing strictly on the grid`, values);
  }
  if (!Number.isFinite(mean)) return inconclusive(`E[V] = ${mean}: the conclusion compares with a mean that is not finite or −∞`, values);
  const tol = tau * scaleOf(v);
  const dev = ps.map((p) => Math.abs(p.value - mean));
  const nums = { ...values, mean, tol };
  const last2 = ps.slice(-2);
  if (last2.every((p) => Math.abs(p.value - mean) + p.error <= tol)) {
    return holds(`|E[V | U > t] − E[V]| ≤ tol = ${fmt(tol)} at t = ${levelsOf(last2)} (E[V] = ${fmt(mean)}, E[V | U > t] = ${last2.map((p) => fmt(p.value)).join(', ')})`, nums);
  }
  const beyond = ps.every((p, i) => dev[i] - p.error > tol);
  if (pair.spec.kind === 'comonotone') {
    const p = ps.find((q) => q.value - mean - q.error > tol);
    if (p) return fails(`comonotone: E[V | U > t] is non-decreasing in t and E[V | U > ${fmt(p.t)}] − E[V] = ${fmt(p.value - mean)} > tol = ${fmt(tol)}`, nums, { kind: 'comonotone' });
  }
  const aV = v.tails.right.powerIndex;
  const aX = x.tails.right.powerIndex;
  if (pair.spec.kind === 'independent' && aX > 1 && Number.isFinite(aV) && aV - aX < 1) {
    const last = ps[ps.length - 1];
    const lb = bigJumpLowerBound(x, v, last.t);
    if (lb - mean > tol) {
      return fails(`E[V | U > t] ≥ LB(t) ≍ t^(1 + α_X − α_V) = t^${fmt(1 + aX - aV)} → ∞ (α_X = ${fmt(aX)}, α_V = ${fmt(aV)}); LB(${fmt(last.t)}) − E[V] = ${fmt(lb - mean)} > tol = ${fmt(tol)}`, { ...nums, lowerBound: lb }, { kind: 'big-jump' });
    }
  }
  const notShrinking = ps.every((p, i) => i === 0 || dev[i] >= dev[i - 1] - p.error - ps[i - 1].error);
  const lightX = x.tails.right.mgfSup > 0 && pair.spec.kind === 'independent';
  if (beyond && notShrinking && lightX) {
    return fails(`λ₊(X) = ${fmt(x.tails.right.mgfSup)} > 0 and |E[V | U > t] − E[V]| = ${dev.map(fmt).join(', ')} > tol = ${fmt(tol)}, not shrinking, at t = ${levelsOf(ps)} (E[V] = ${fmt(mean)})`, nums, { kind: 'light-X' });
  }
  return gapVerdict(pair, x, v, tau) ?? tiltFallback(pair, x, v, tau, ps) ?? inconclusive(`|E[V | U > t] − E[V]| = ${dev.map(fmt).join(', ')} against tol = ${fmt(tol)} at t = ${levelsOf(ps)}: ${beyond ? (notShrinking ? 'beyond tol and not shrinking, but X is not light (no certificate)' : 'beyond tol but shrinking') : 'not within tol at the two farthest'}`, nums);
}
