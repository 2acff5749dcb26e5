/**
 * The β-grid behind the T4 limit verdict (t4LimitVerdict.ts): E[V(π*(β))] at θ = 1/β = 10^{k/2}/s (s a scale
 * of V, k = −2…20) until it exceeds a level L by more than its error. Where a grid point cannot be resolved
 * (the tilt's mass beyond the double range, quadrature not converged) right after a resolved point below L,
 * log θ is bisected between the two (24 steps) for the largest resolved θ, so a narrow window of resolvable
 * tilts (e.g. Weibull with k just above 1, whose tilts run off to 10^{300} as θ passes 1/λ) is not stepped over.
 * A hit always carries an error estimate (two methods, tiltMean.ts); the walk itself may use quick values.
 */
import { fmt } from '../claims/verdicts.ts';
import type { Distribution } from '../distributions/types.ts';
import type { Pair } from '../pairs/types.ts';
import { klOptimum } from './klOptimum.ts';

export interface GridPoint { readonly theta: number; readonly value: number; readonly error: number }

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

/** E[V(π*)] at θ with its error, or the reason it is not available (`quick`: see klOptimum). */
export function evaluateAt(pair: Pair, theta: number, quick = false): GridPoint | string {
  const o = klOptimum(pair, 1 / theta, { quick });
  if (o.status !== 'tilt') return o.reason;
  const e = o.meanV;
  if (!e.converged || !Number.isFinite(e.value) || !Number.isFinite(e.error)) {
    return `E[V(π*)] at θ = ${fmt(theta)} not resolved (${e.reason ?? `value ${e.value} ± ${e.error}`})`;
  }
  return { theta, value: e.value, error: e.error };
}

export interface Exceedance {
  /** the first resolved point with value − error > L */
  readonly hit?: GridPoint;
  /** every resolved point, in increasing θ */
  readonly points: GridPoint[];
  /** why the walk stopped without a hit */
  readonly reason?: string;
}

const above = (p: GridPoint, L: number): boolean => p.value - p.error > L;

/**
 * The walk runs on quick values (one quadrature, no error estimate); a point whose quick value passes L is
 * re-evaluated with its error estimate, and only that confirmed point counts as the hit.
 */
export function findExceedance(pair: Pair, s: number, L: number): Exceedance {
  const points: GridPoint[] = [];
  const confirm = (q: GridPoint): GridPoint | string => (q.value > L ? evaluateAt(pair, q.theta) : q);
  for (let k = -2; k <= 20; k++) {
    const theta = 10 ** (k / 2) / s;
    const quick = evaluateAt(pair, theta, true);
    const r = typeof quick === 'string' ? quick : confirm(quick);
    if (typeof r === 'string') {
      const prev = points[points.length - 1];
      if (!prev) return { points, reason: r };
      let lo = Math.log(prev.theta);
      let hi = Math.log(theta);
      let best: GridPoint | undefined;
      for (let i = 0; i < 24; i++) {
        const mid = (lo + hi) / 2;
        const qq = evaluateAt(pair, Math.exp(mid), true);
        const q = typeof qq === 'string' ? qq : confirm(qq);
        if (typeof q === 'string') hi = mid;
        else {
          lo = mid;
          best = q;
          if (above(q, L)) break;
        }
      }
      if (best) points.push(best);
      return best && above(best, L) ? { hit: best, points } : { points, reason: r };
    }
    points.push(r);
    if (above(r, L)) return { hit: r, points };
  }
  return { points };
}
