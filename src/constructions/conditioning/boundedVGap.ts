/**
 * A rigorous bracket of E[V | X + V > t] − E[V] for X ⊥ V with V bounded above (s = sup V < ∞, E[V] finite), from
 * closed forms only (T5's certificate where the quadrature does not converge: Beta V with a shape → 0, reflected
 * power tails far out, reflected integer laws). With w(v) = F̄_X(t − v), non-decreasing in v:
 * - lower: E[V·w(V)] ≥ E[V]·E[w(V)] (Chebyshev's association inequality for two non-decreasing functions of one
 *   variable), so E[V | U > t] ≥ E[V];
 * - upper: for any c < s, s − V ≥ 0 and w ≥ w(c) on {V > c}, w ≤ w(s) everywhere, so
 *     s − E[V | U > t] = E[(s − V)·w(V)]/E[w(V)] ≥ r(c)·E[s − V; V > c],   r(c) = F̄_X(t − c)/F̄_X(t − s),
 *   i.e. E[V | U > t] − E[V] ≤ Δ(c) := (s − E[V]) − r(c)·(s·F̄_V(c) − E[V; V > c]).
 * For long-tailed X, r(c) → 1 as t → ∞ for each fixed c, and E[s − V; V > c] → s − E[V] as c → −∞, so Δ → 0: the
 * bound shows T5's conclusion whenever the limit is already reached. Rounding: t − c and t − s bounded on the safe
 * side (proxyLowerBound.ts lowerDistance/upperDistance), closed forms taken accurate to 1e-12 relative, the
 * differences with 4ε of their terms. The least Δ over c at a few quantiles of V is returned (NaN when none applies).
 */
import type { Distribution } from '../../distributions/types.ts';
import { lowerDistance, upperDistance } from './proxyLowerBound.ts';

const REL = 1e-12;
const SLACK = REL + 4 * Number.EPSILON;
const C_LEVELS = [1e-15, 1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 0.01, 0.1, 0.25, 0.5];

/** Upper bound of E[V | X + V > t] − E[V] (≥ 0 by association); NaN when V is not bounded above or the forms are not finite. */
export function boundedVGap(x: Distribution, v: Distribution, t: number): number {
  const s = v.support.upper;
  const mean = v.mean();
  if (!Number.isFinite(s) || !Number.isFinite(mean) || !Number.isFinite(t)) return NaN;
  const gapMax = s - mean + SLACK * (Math.abs(s) + Math.abs(mean));
  const logTop = x.logSf(lowerDistance(t, s));
  if (!(logTop > -Infinity)) return NaN;
  const logTopUp = logTop + REL * (1 + Math.abs(logTop));
  let best = NaN;
  for (const p of C_LEVELS) {
    const c = v.quantile(p);
    if (!Number.isFinite(c) || !(c < s)) continue;
    const logC = x.logSf(upperDistance(t, c));
    const sf = Math.exp(v.logSf(c));
    const pm = v.partialMean(c);
    if (Number.isNaN(logC) || !Number.isFinite(sf) || !Number.isFinite(pm)) continue;
    const r = Math.min(Math.exp(logC - REL * (1 + Math.abs(logC)) - logTopUp), 1);
    const q = s * sf - pm - SLACK * (Math.abs(s) * sf + Math.abs(pm));
    const gap = gapMax - r * Math.max(q, 0) * (1 - SLACK);
    if (Number.isFinite(gap) && !(gap >= best)) best = Math.max(gap, 0);
  }
  return best;
}
