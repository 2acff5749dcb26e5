/**
 * The severity threshold of the toy model at a given tail probability: the s with log F̄_X(s) = ℓ, found by
 * bracketing (geometric steps away from the median) and bisection on the monotone log F̄ — no quantile of
 * 1 − e^ℓ is formed, so ℓ = −600 (F̄(s) = 1e-261) is as easy as ℓ = −1. Returns NaN where no such s exists
 * (ℓ outside the range of log F̄ on the support, e.g. above an atom at the top).
 */
import type { Distribution } from '../../distributions/types.ts';

const STEPS = 200;

export function severityAt(x: Distribution, logTail: number): number {
  if (!(logTail < 0 && logTail > -Infinity)) return NaN;
  const f = (s: number) => x.logSf(s) - logTail; // decreasing in s
  let lo = x.quantile(0.5);
  if (!Number.isFinite(lo)) return NaN;
  let hi = lo;
  let width = Math.max(1, Math.abs(lo));
  if (f(lo) > 0) {
    for (let i = 0; i < 2100 && f(hi) > 0; i++) { lo = hi; hi = Math.min(x.support.upper, hi + width); width *= 2; if (!Number.isFinite(hi)) return NaN; }
  } else {
    for (let i = 0; i < 2100 && f(lo) <= 0; i++) { hi = lo; lo = Math.max(x.support.lower, lo - width); width *= 2; if (!Number.isFinite(lo)) return NaN; }
  }
  if (!(f(lo) > 0 && f(hi) <= 0)) return NaN;
  for (let i = 0; i < STEPS; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi;
}
