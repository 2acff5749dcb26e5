/**
 * A policy that conditions the base law on an extreme event of V: P = Q(· | V > v) (or V < v), with, exactly,
 *   D(P‖Q) = −log Q(V > v),   E_P[V] = E_Q[V | V > v] > v   (when Q(V > v) > 0),
 * read from V's marginal (logSf) whatever the dependence between X and V. E_P[|U|] ≤ E_Q[|U|]/Q(V > v), so
 * E_P[U] is finite whenever E_Q[U] is. Finds v with KL > k and v − E_Q[V] ≥ η (so E_P[V] − E_Q[V] > η
 * without computing E_P[V]: the shift is certified by v alone), on the upper side, or the mirror on the lower
 * side (through the reflection −V); undefined when an atom at the extreme of V's support carries more than
 * e^{−k} (no event of V alone is rare enough). Both conditions are met with a relative margin of 1e-9 that
 * beats the rounding of μ + η and of log F̄. The search starts at μ + η (no quantile), brackets by doubling
 * steps and bisects only when the bracket's end has left the support (log F̄ = −∞ there).
 */
import type { Distribution } from '../../distributions/types.ts';
import { reflect } from '../t3Verdicts.ts';

export interface ConditioningWitness {
  readonly side: 'upper' | 'lower';
  readonly v: number;
  readonly kl: number;
  /** a certified lower bound of |E_P[V] − E_Q[V]|: |v − E_Q[V]| */
  readonly shiftLow: number;
}

const MARGIN = 1e-9;

function upperSide(d: Distribution, k: number, eta: number): { v: number; kl: number; shiftLow: number } | undefined {
  const mu = d.mean();
  const top = d.support.upper;
  const start = mu + eta + MARGIN * (Math.abs(mu) + eta);
  if (!(top > start)) return undefined;
  const target = -k - MARGIN * (1 + k); // log F̄(v) below it: KL > k with a margin
  const ok = (l: number) => l < target && l > -Infinity;
  const found = (v: number, l: number) => ({ v, kl: -l, shiftLow: v - mu });
  let lo = start;
  let l = d.logSf(lo);
  if (ok(l)) return found(lo, l);
  if (l === -Infinity) return undefined; // above the last atom already
  let hi = lo;
  let w = Math.max(1, Math.abs(lo));
  for (let i = 0; i < 2100; i++) {
    hi = Number.isFinite(top) ? Math.min(top, lo + w) : lo + w;
    if (!Number.isFinite(hi)) return undefined;
    l = d.logSf(hi);
    if (ok(l)) return found(hi, l);
    if (l === -Infinity) break; // past the support: bisect in (lo, hi)
    if (hi === top) return undefined; // an atom at the top heavier than e^{−k}
    lo = hi;
    w *= 2;
  }
  if (!(l === -Infinity)) return undefined;
  // logSf(lo) ≥ target > −∞ = logSf(hi): look for a point in between with −∞ < log F̄ < target
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.abs(hi); i++) {
    const mid = lo + (hi - lo) / 2;
    const lm = d.logSf(mid);
    if (ok(lm)) return found(mid, lm);
    if (lm === -Infinity) hi = mid;
    else lo = mid;
  }
  return undefined;
}

export function conditioningWitness(vLaw: Distribution, k: number, eta: number): ConditioningWitness | undefined {
  const up = upperSide(vLaw, k, eta);
  if (up) return { side: 'upper', ...up };
  const down = upperSide(reflect(vLaw), k, eta);
  if (down) return { side: 'lower', v: -down.v, kl: down.kl, shiftLow: down.shiftLow };
  return undefined;
}
