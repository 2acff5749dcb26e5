/**
 * The verdict of T6, "lim_{t→∞} E[V | X + V > t] = ∞" (X ratio-light, V of finite mean unbounded above), on one pair.
 * Exact certificates first, then the trend on the grid (thresholdGrid.ts: the three farthest of FINE_LEVELS 1 … 700
 * whose threshold keeps t − v resolved, `resolvableLimit`):
 * - holds, exactly: X bounded above, V not (any coupling): U > t forces V > t − sup X, so E[V | U > t] ≥ t − sup X → ∞;
 *   E[V⁺] = ∞ with X ⊥ V: E[V⁺·1{U > t}] ≥ P(X > q)·E[V⁺; V > t − q] = ∞ while E[V⁻·1{U > t}] < ∞ (X ratio-light:
 *   F̄_X(t − v) decays faster than every e^{λv} as v → −∞), so E[V | U > t] = +∞ for every t;
 * - holds on the grid: E[V | U > t] increases strictly (beyond the errors) along the three thresholds and exceeds
 *   E[V] + IQR(V) at the farthest (a finite grid shows the trend, not the limit: this is what is claimed checked);
 * - fails, with a certificate: V bounded above (E[V | U > t] ≤ sup V for every t); P(U > t) = 0 from a grid threshold
 *   on (undefined); X = aV + c with a < −1 ({U > t} = {V < (t − c)/(1 + a)}, a lower set of V, so E[V | U > t] ≤ E[V]);
 *   X ⊥ V in T5's regime (X subexponential, the tail ratio t^p F̄_V/F̄_X → 0, p > 1, E[V] finite): lim = E[V] by T5;
 * - holds on a second grid (when the first is not conclusive and V's left-tail scale enters t(L)): the same trend on
 *   t(L) = s_X(L) + s_V(L) without it (a left tail of V far heavier than its right tail put the first grid where
 *   −log P(U > t) ≈ e^200, beyond log-space quadrature: "moment integrand not finite"); T6's conclusion is about
 *   t → ∞ only, so either ladder of thresholds checks it;
 * - holds from bounds (X ⊥ V, when the grid is cut short or not conclusive): rigorous lower bounds of E[V | U > t] from
 *   closed forms (proxyLowerBound.ts) at the three farthest thresholds within 1e300, increasing and above E[V] + IQR(V)
 *   at the farthest (V's tail much heavier than X's, where t − v cannot be resolved for the quadrature);
 * - holds from bounds far out (X ⊥ V, when nothing above decides): rigorous lower bounds from a floor of X's hazard past
 *   t/2 (t6TiltBound.ts: V given U > t dominates V tilted by e^{θ min(v, t/2)}), at three rungs t = e^σ past the grid,
 *   σ possibly beyond the double range, increasing and above E[V] + IQR(V) at the farthest (t6TiltVerdict.ts);
 * - otherwise inconclusive with the numbers.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import type { Pair } from '../../pairs/types.ts';
import { tailRatioDecision } from './tailRatio.ts';
import { proxyLowerBound } from './proxyLowerBound.ts';
import { t6TiltVerdict } from './t6TiltVerdict.ts';
import { conditioningGrid, FINE_LEVELS, gridThresholds, logCdfInverse, resolvableLimit, T_MAX, type Grid } from './thresholdGrid.ts';

/**
 * Holds from rigorous lower bounds (proxyLowerBound.ts, X ⊥ V) at the three farthest thresholds of FINE_LEVELS within
 * the double range, with no quadrature: E[V | U > t_i] ≥ LB_i, LB_i increasing, and LB at the farthest above E[V] + IQR(V).
 */
function boundVerdict(x: Distribution, v: Distribution, level: number): Verdict | undefined {
  const ts = gridThresholds(x, v, 3, T_MAX, FINE_LEVELS);
  if (ts.length < 3) return undefined;
  const lbs = ts.map(({ t }) => proxyLowerBound(x, v, t));
  if (!lbs.every((b, i) => b > -Infinity && (i === 0 || b > lbs[i - 1])) || !(lbs[2] > level)) return undefined;
  const nums = Object.fromEntries(ts.flatMap(({ t }, i) => [[`t${i}`, t], [`lowerBound${i}`, lbs[i]]]));
  return holds(`E[V | U > t] ≥ ${lbs.map(fmt).join(', ')} (rigorous lower bounds, proxyLowerBound.ts) at t = ${ts.map(({ t, level: l }) => `${fmt(t)} (−log P ≈ ${l})`).join(', ')}: increasing, and above E[V] + IQR(V) = ${fmt(level)} at the farthest`, { ...nums, level });
}

export function ratioLightErrorVerdict(pair: Pair, x: Distribution, v: Distribution): Verdict {
  const s = pair.spec;
  const mean = v.mean();
  if (v.support.upper < Infinity) {
    return fails(`V ≤ ${fmt(v.support.upper)}: E[V | U > t] ≤ sup V for every t, so the limit is not ∞`, { supV: v.support.upper }, { kind: 'bounded-V' });
  }
  if (x.support.upper < Infinity) {
    return holds(`X ≤ ${fmt(x.support.upper)}, V unbounded above: E[V | U > t] ≥ t − sup X → ∞ (any coupling)`, { supX: x.support.upper });
  }
  const independent = s.kind === 'independent';
  if (independent && !(mean < Infinity) && x.tails.right.ratioLight) {
    return holds(`E[V⁺] = ∞ (E[V] = ${mean}) and X ratio-light: E[V·1{U > t}] = +∞ for every t, E[V | U > t] = +∞`, { mean });
  }
  if (s.kind === 'linear' && s.z.family === 'pointMass' && s.a < -1) {
    return fails(`X = ${fmt(s.a)}·V + ${fmt(s.z.x)}: {U > t} = {V < (t − c)/(1 + a)} is a lower set of V, so E[V | U > t] ≤ E[V] = ${fmt(mean)} for every t`, { a: s.a, mean }, { kind: 'lower-set' });
  }
  if (independent && Number.isFinite(mean) && x.tails.right.subexponential && tailRatioDecision(x, v) === 'holds') {
    return fails(`T5 applies (X subexponential, t^p F̄_V/F̄_X → 0 for some p > 1, E[V] finite): lim E[V | U > t] = E[V] = ${fmt(mean)} < ∞`, { mean }, { kind: 'T5' });
  }
  const iqr = v.quantile(0.75) - v.quantile(0.25);
  const level = mean + (iqr > 0 ? iqr : 1);
  const first = gridVerdict(conditioningGrid(pair, x, v, 3, resolvableLimit(x), FINE_LEVELS), level);
  if (first.status !== 'inconclusive') return first;
  const bound = independent ? boundVerdict(x, v, level) : undefined;
  if (bound) return bound;
  // second grid without V's left-tail scale in t(L) (only where it moves the thresholds)
  if (logCdfInverse(v, FINE_LEVELS[FINE_LEVELS.length - 1]) < 0) {
    const second = gridVerdict(conditioningGrid(pair, x, v, 3, resolvableLimit(x), FINE_LEVELS, false), level);
    if (second.status !== 'inconclusive') return second;
  }
  return (independent ? tiltFallback(s.x, x, v, level) : undefined) ?? first;
}

/** Rigorous lower bounds from X's hazard floor past the farthest grid threshold (t6TiltVerdict.ts), in log space. */
function tiltFallback(xSpec: DistributionSpec, x: Distribution, v: Distribution, level: number): Verdict | undefined {
  const far = gridThresholds(x, v, 1, T_MAX, FINE_LEVELS)[0];
  return t6TiltVerdict(xSpec, v, level, far && far.t > 1 ? Math.log(far.t) : 1);
}

/** The trend verdict on one grid: increasing beyond the errors and above E[V] + IQR(V) at the farthest; `undefined` P(U > t) fails. */
function gridVerdict(grid: Grid, level: number): Verdict {
  if (grid.emptyAt !== undefined) {
    return fails(`P(U > t) = 0 for t ≥ ${fmt(grid.emptyAt)}: E[V | U > t] is undefined for large t and has no limit`, { emptyAt: grid.emptyAt }, { kind: 'undefined' });
  }
  if (grid.reason) return inconclusive(grid.reason);
  const ps = grid.points;
  const nums = Object.fromEntries(ps.flatMap((p, i) => [[`t${i}`, p.t], [`cond${i}`, p.value], [`err${i}`, p.error]]));
  const up = ps.every((p, i) => i === 0 || p.value - p.error > ps[i - 1].value + ps[i - 1].error);
  const last = ps[ps.length - 1];
  const text = `E[V | U > t] = ${ps.map((p) => fmt(p.value)).join(', ')} at t = ${ps.map((p) => `${fmt(p.t)} (−log P ≈ ${p.level})`).join(', ')}`;
  if (up && last.value - last.error > level) return holds(`${text}: increasing beyond the errors, and above E[V] + IQR(V) = ${fmt(level)} at the farthest`, { ...nums, level });
  return inconclusive(`${text}: ${up ? `not yet above E[V] + IQR(V) = ${fmt(level)}` : 'not increasing beyond the errors'}`, { ...nums, level });
}
