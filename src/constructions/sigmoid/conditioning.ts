/**
 * A policy that conditions the base law on an extreme event of V: P = Q(· | V > v) (or V < v), with, exactly,
 *   D(P‖Q) = −log Q(V > v),   E_P[V] = E_Q[V | V > v] ≥ v,
 * read from V's marginal (logSf, tailMean) whatever the dependence between X and V. E_P[|U|] ≤ E_Q[|U|]/Q(V > v),
 * so E_P[U] is finite whenever E_Q[U] is. Finds v with KL > k and E_P[V] − E_Q[V] ≥ η on the upper side, or the
 * mirror on the lower side (through the reflection −V); undefined when an atom at the extreme of V's support
 * carries more than e^{−k} (no event of V alone is rare enough).
 */
import { build } from '../../distributions/build.ts';
import type { Distribution } from '../../distributions/types.ts';

export interface ConditioningWitness {
  readonly side: 'upper' | 'lower';
  readonly v: number;
  readonly kl: number;
  /** |E_P[V] − E_Q[V]| */
  readonly shift: number;
}

function upperSide(d: Distribution, k: number, eta: number): { v: number; kl: number; shift: number } | undefined {
  const mu = d.mean();
  const top = d.support.upper;
  if (!(top - mu >= eta)) return undefined;
  let lo = Math.max(mu + eta, d.quantile(0.5));
  if (d.logSf(lo) < -k) return { v: lo, kl: -d.logSf(lo), shift: d.tailMean(lo) - mu };
  let hi = lo;
  let w = Math.max(1, Math.abs(lo));
  for (let i = 0; i < 2100 && d.logSf(hi) >= -k; i++) {
    lo = hi;
    hi = Number.isFinite(top) ? Math.min(top, hi + w) : hi + w;
    w *= 2;
    if (!Number.isFinite(hi) || (hi === top && d.logSf(hi) >= -k)) break;
  }
  if (!(d.logSf(hi) < -k)) return undefined;
  // shrink toward the smallest v with logSf(v) < −k that keeps P(V > v) > 0
  for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.abs(hi); i++) {
    const mid = lo + (hi - lo) / 2;
    const l = d.logSf(mid);
    if (l < -k && l > -Infinity) hi = mid;
    else if (l === -Infinity) hi = mid;
    else lo = mid;
  }
  for (const v of [hi, lo + (hi - lo) / 2]) {
    const l = d.logSf(v);
    if (l < -k && l > -Infinity) return { v, kl: -l, shift: d.tailMean(v) - mu };
  }
  return undefined;
}

export function conditioningWitness(vLaw: Distribution, k: number, eta: number): ConditioningWitness | undefined {
  const up = upperSide(vLaw, k, eta);
  if (up && up.shift >= eta) return { side: 'upper', ...up };
  const reflected = build({ family: 'affine', base: vLaw.spec, loc: 0, scale: -1 });
  const down = upperSide(reflected, k, eta);
  if (down && down.shift >= eta) return { side: 'lower', v: -down.v, kl: down.kl, shift: down.shift };
  return undefined;
}
