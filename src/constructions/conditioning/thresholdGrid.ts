/**
 * The thresholds at which the conditioning claims (T5, T6) look at E[V | U > t]: a limit cannot be checked at
 * infinity, so it is checked on a geometric ladder of tail levels. For a level L, s_D(L) is the least double t
 * with log F̄_D(t) ≤ −L (the inverse of the log-survival function, found by bisection on the ordinal of doubles,
 * doubleOrdinal.ts, as in src/distributions/mixture.ts), and the threshold is t(L) = s_X(L) + s_V(L) (plus the left-tail scale of V,
 * see thresholdAt). Whatever the coupling,
 * P(U > t(L)) ≤ P(X > s_X(L)) + P(V > s_V(L)) ≤ 2e^{−L}, so t(L) is at least as far out as the level-L quantile
 * of U (for independent light laws log F̄_U(t(L)) ≥ −2L as well; for comonotone pairs it is exactly −L).
 * Levels whose threshold leaves the double range (|t| > 1e300) are dropped; the claims use the farthest few.
 */
import type { Distribution } from '../../distributions/types.ts';
import type { Pair } from '../../pairs/types.ts';
import { conditionalMeanOfPair } from './conditionalMean.ts';
import { bisectOrdinals } from './doubleOrdinal.ts';

/** The ladder of levels −log P(· > t): 5 … 700 (e^{−700} is near the smallest normal double). */
export const LEVELS: readonly number[] = [5, 10, 20, 50, 200, 700];
/** A finer ladder for claims that need three thresholds below a resolution limit (T6: resolvableLimit). */
export const FINE_LEVELS: readonly number[] = [1, 2, 3, 5, 7, 10, 14, 20, 30, 50, 100, 200, 400, 700];
/** Thresholds beyond this magnitude are "beyond the double range" (room for t − v and scale factors). */
export const T_MAX = 1e300;

/** The least double t in [lower, upper] with logTail(t) ≤ −L (the end `upper` when only past it); Infinity past T_MAX. */
function tailInverse(logTail: (t: number) => number, lower: number, upper: number, L: number): number {
  if (Number.isNaN(L)) return NaN;
  const reached = (t: number): boolean => logTail(t) <= -L;
  const lo0 = Math.max(lower, -Number.MAX_VALUE);
  if (reached(lo0)) return lo0;
  const hi0 = Math.min(upper, T_MAX);
  // at a finite end of the support the tail vanishes just past it (an atom there is not in the open tail)
  if (!reached(hi0)) return upper <= T_MAX ? hi0 : Infinity;
  return bisectOrdinals(reached, lo0, hi0);
}

/**
 * The least double t with log F̄(t) ≤ −L (at most the support's upper end, where F̄ vanishes); Infinity when
 * log F̄ stays above −L up to T_MAX (a tail too heavy for this level); NaN for NaN inputs.
 */
export function logSfInverse(d: Distribution, L: number): number {
  return memo(sfInverses, d, L, () => tailInverse((t) => d.logSf(t), d.support.lower, d.support.upper, L));
}

/** Inverses memoised per built law and level (the generators' filters and the verdicts ask for the same ones). */
const sfInverses = new WeakMap<object, Map<number, number>>();
const cdfInverses = new WeakMap<object, Map<number, number>>();
function memo(cache: WeakMap<object, Map<number, number>>, d: Distribution, L: number, f: () => number): number {
  let m = cache.get(d);
  if (!m) cache.set(d, (m = new Map()));
  let r = m.get(L);
  if (r === undefined) m.set(L, (r = f()));
  return r;
}

/** The greatest double t with log P(D ≤ t) ≤ −L (the level-L quantile of the left tail); −Infinity past −T_MAX. */
export function logCdfInverse(d: Distribution, L: number): number {
  return memo(cdfInverses, d, L, () => -tailInverse((y) => d.logCdf(-y), -d.support.upper, -d.support.lower, L));
}

/**
 * t(L) = s_X(L) + s_V(L) + max(0, −c_V(L)) (the last term only with `leftScale`), c_V(L) the level-L quantile of V's left tail: past the scale of
 * X's right tail and of both tails of V (E[V | U > t] → E[V] needs t beyond where V's left tail carries its mean).
 */
export function thresholdAt(x: Distribution, v: Distribution, L: number, leftScale = true): number {
  return logSfInverse(x, L) + logSfInverse(v, L) + (leftScale ? Math.max(0, -logCdfInverse(v, L)) : 0);
}

export interface GridPoint {
  readonly level: number;
  readonly t: number;
  readonly value: number;
  readonly error: number;
}

export interface Grid {
  /** resolved points, increasing t (the farthest `count` levels within range) */
  readonly points: GridPoint[];
  /** why the grid is incomplete (beyond range, not converged, empty event) */
  readonly reason?: string;
  /** P(U > t) = 0 at a grid threshold: E[V | U > t] is undefined from there on */
  readonly emptyAt?: number;
}

/**
 * The largest |t| at which t − v is resolved for this X: F̄_X(t − v) of a long-tailed X varies on the scale of t
 * (rounding t − v is harmless up to T_MAX); otherwise it varies on the scale of X, and ulp(t) must stay below
 * 1e-8 of X's interquartile range at |t| + |v| ≈ 2|t| (so |t| ≤ 2e7·IQR; conditionalMeanFast.ts refuses beyond).
 */
export function resolvableLimit(x: Distribution): number {
  if (x.tails.right.longTailed) return T_MAX;
  const iqr = x.quantile(0.75) - x.quantile(0.25);
  return iqr > 0 && Number.isFinite(iqr) ? Math.min(T_MAX, 2e7 * iqr) : T_MAX;
}

/** The thresholds of the farthest `count` levels with |t| ≤ tMax (default T_MAX) and t strictly increasing. */
export function gridThresholds(x: Distribution, v: Distribution, count: number, tMax = T_MAX, levels: readonly number[] = LEVELS, leftScale = true): { level: number; t: number }[] {
  const all: { level: number; t: number }[] = [];
  for (const level of levels) {
    const t = thresholdAt(x, v, level, leftScale);
    if (!(Math.abs(t) <= tMax)) break;
    if (all.length === 0 || t > all[all.length - 1].t) all.push({ level, t });
  }
  return all.slice(-count);
}

/**
 * E[V | U > t] at the grid thresholds of `pair` (whose marginals x, v are given); `leftScale` false drops V's left-tail
 * scale from t(L) (T6's second grid: a left tail of V much heavier than its right tail pushed t where −log P(U > t)
 * is ~e^200, beyond what log-space quadrature resolves).
 */
export function conditioningGrid(pair: Pair, x: Distribution, v: Distribution, count = 3, tMax = T_MAX, levels: readonly number[] = LEVELS, leftScale = true): Grid {
  const ts = gridThresholds(x, v, count, tMax, levels, leftScale);
  if (ts.length < count) {
    return { points: [], reason: `only ${ts.length} of the levels ${levels.join(', ')} have a threshold within ±${tMax} (${tMax < T_MAX ? 'where t − v is resolved for this X' : 'beyond the double range'})` };
  }
  const points: GridPoint[] = [];
  for (const { level, t } of ts) {
    const r = conditionalMeanOfPair(pair, t);
    if (r.emptyEvent) return { points, emptyAt: t, reason: `P(U > ${t}) = 0` };
    if (!r.converged) return { points, reason: `E[V | U > t] at t = ${t} (level ${level}) not resolved: ${r.reason ?? 'no convergence'}` };
    points.push({ level, t, value: r.value, error: r.error });
  }
  return { points };
}
