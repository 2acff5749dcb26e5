/**
 * A threshold placed by its survival: t with log F̄_Q(t) ≈ −a (a > 0). For a ≤ 30, the quantile at
 * 1 − e^{−a} (exact enough: only t matters, and every later quantity is computed at t itself); beyond, where
 * 1 − e^{−a} rounds to 1, the quantile at 1 − e^{−30} is pushed right by doubling steps of the spread until
 * log F̄ ≤ −a, then bisected (60 steps). Discrete laws give an atom. Never throws; may return ±Infinity or a
 * point past the support (callers check that both sides keep mass).
 */
import type { Distribution } from '../distributions/types.ts';
import { spreadOf } from './t3Tilt.ts';

export function thresholdAtLogSf(q: Distribution, a: number): number {
  if (!(a > 0)) return NaN;
  if (a <= 30) return q.quantile(-Math.expm1(-a));
  let lo = q.quantile(-Math.expm1(-30));
  if (!Number.isFinite(lo)) return lo;
  let step = spreadOf(q);
  let hi = lo + step;
  for (let i = 0; i < 2000 && q.logSf(hi) > -a && hi < q.support.upper; i++) {
    lo = hi;
    step *= 2;
    hi = lo + step;
    if (!Number.isFinite(hi)) return hi;
  }
  for (let i = 0; i < 60; i++) {
    const m = 0.5 * (lo + hi);
    if (q.logSf(m) > -a) lo = m;
    else hi = m;
  }
  return hi;
}
