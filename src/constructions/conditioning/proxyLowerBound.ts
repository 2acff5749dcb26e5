/**
 * A rigorous lower bound of E[V | X + V > t] for X ⊥ V from closed forms only (no quadrature, so no need to resolve
 * t − v in double precision): T6's certificate when V's right tail is so much heavier than X's that the grid
 * thresholds lie where ulp(t) exceeds X's spread (thresholdGrid.ts resolvableLimit).
 * With w(v) = F̄_X(t − v) = P(X > t − v), non-decreasing in v, E[V | U > t] = N/D with N = E[V w(V)], D = E[w(V)].
 * For 0 ≤ a ≤ b (V·w(V) ≥ a·w(V) on V > a, ≥ 0 on 0 ≤ V ≤ a, ≥ −V⁻·w(0) on V < 0; w ≤ w(a) on V ≤ a):
 *   N ≥ a·S − E[V⁻]·w(0),   D ≤ S + w(a),   S := E[w(V); V > a] ≥ w(b)·P(V > b) =: S₀.
 * When a·S₀ − E[V⁻]·w(0) > 0, N > 0 and E[V | U > t] ≥ (a·S − E[V⁻]w(0))/(S + w(a)) ≥ (a·S₀ − E[V⁻]w(0))/(S₀ + w(a))
 * (the middle expression is non-decreasing in S since a·w(a) + E[V⁻]·w(0) ≥ 0).
 * Rounding: a, b are doubles; t − a is exact when t/2 ≤ a ≤ 2t (Sterbenz), else within δ = 2ε(|t| + |a|), and F̄_X is
 * non-increasing, so w(a) ≤ F̄_X(fl(t − a) − δ), w(b) ≥ F̄_X(fl(t − b) + δ) (δ = 0 in the exact case). Far out, where
 * ulp(t) exceeds X's spread, a = t − ulp-multiples gives t − a exactly and w(a) = F̄_X(k·ulp(t)) ≈ 0. The closed forms logSf, mean, partialMean are
 * taken accurate to 1e-12·(1 + |log F̄|) in the log and 1e-12 relative (closedTail.ts allows 1e-13); E[V⁻] = E[V; V > 0] − E[V] with its cancellation bound.
 * The best of a few (a, b) = (t − x_a, t − x_b): x_a at X's tail levels 20 … 1e5 and 2, 8 ulp(t); x_b at X's median,
 * its 1% quantile, and 0.
 */
import type { Distribution } from '../../distributions/types.ts';
import { logAddExp } from '../../numerics/logspace.ts';
import { logSfInverse } from './thresholdGrid.ts';

const REL = 1e-12;
const EPS = Number.EPSILON;
const A_LEVELS = [20, 50, 100, 200, 700, 2000, 7000, 1e5];
/** A log value moved outwards by its allowed error, 1e-12·(1 + |log|). */
const up = (l: number): number => (Number.isFinite(l) ? l + REL * (1 + Math.abs(l)) : l);
const down = (l: number): number => (Number.isFinite(l) ? l - REL * (1 + Math.abs(l)) : l);

/** E[V⁻] = E[V·1{V > 0}] − E[V], rounded up; NaN when not finite. */
function negativePart(v: Distribution): number {
  const mean = v.mean();
  const pos = v.partialMean(0);
  if (!Number.isFinite(mean) || !Number.isFinite(pos)) return NaN;
  return Math.max(pos - mean, 0) * (1 + REL) + 4 * EPS * (Math.abs(pos) + Math.abs(mean));
}

/**
 * t − a for doubles t, a: exact when t/2 ≤ a ≤ 2t (Sterbenz lemma: the difference is a double and is computed exactly),
 * otherwise rounded by at most ulp(t − a)/2 ≤ ε(|t| + |a|); lower/upper give a bound on the correct side.
 */
const sterbenz = (t: number, a: number): boolean => t > 0 && a >= t / 2 && a <= 2 * t;
export const lowerDistance = (t: number, a: number): number => (sterbenz(t, a) ? t - a : t - a - 2 * EPS * (Math.abs(t) + Math.abs(a)));
export const upperDistance = (t: number, b: number): number => (sterbenz(t, b) ? t - b : t - b + 2 * EPS * (Math.abs(t) + Math.abs(b)));

/** max over the candidate (x_a, x_b) of the bound above (−Infinity when none applies); x ⊥ v assumed by the caller. */
export function proxyLowerBound(x: Distribution, v: Distribution, t: number): number {
  const neg = negativePart(v);
  if (!Number.isFinite(t) || !Number.isFinite(neg)) return -Infinity;
  const logW0 = Math.min(up(x.logSf(t)), 0);
  let best = -Infinity;
  const ulpT = 2 * EPS * Math.abs(t);
  const xas = [...A_LEVELS.map((L) => logSfInverse(x, L)), ulpT, 4 * ulpT];
  const xbs = [x.quantile(0.5), x.quantile(0.01), 0];
  for (const xa of xas) {
    const a = t - xa;
    if (!Number.isFinite(xa) || !(a >= 0)) continue;
    const logWa = Math.min(up(x.logSf(lowerDistance(t, a))), 0);
    for (const xb of xbs) {
      const b = t - xb;
      if (!Number.isFinite(xb) || !(b >= a)) continue;
      // log S₀, rounded down; in logs so that neither S₀ nor w(a) underflows
      const logS0 = down(x.logSf(upperDistance(t, b))) + down(v.logSf(b));
      if (!(logS0 > -Infinity) || Number.isNaN(logWa) || Number.isNaN(logW0)) continue;
      const logDen = logAddExp(logS0, logWa);
      // (a·S₀ − E[V⁻]·w(0))/(S₀ + w(a)) = a·S₀/(S₀ + w(a)) − E[V⁻]·w(0)/(S₀ + w(a))
      const gain = a * Math.exp(logS0 - logDen);
      const loss = neg * Math.exp(logW0 - logDen);
      const lb = gain - loss - 8 * EPS * (gain + loss);
      if (lb > 0 && lb > best) best = lb;
    }
  }
  return best;
}
