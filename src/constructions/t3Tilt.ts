/**
 * The exponential tilt dQ_θ/dQ = e^{θ(x − μ) − Λ(θ)} (Λ centred, t3Cumulants.ts), exactly where the family has
 * closed forms (numerics.md §4.3) and by a node table otherwise:
 *   E_θ[X] = μ + Λ′(θ),   D(Q_θ‖Q) = θΛ′(θ) − Λ(θ)
 * (both parts are ≈ θ²σ² and θ²σ²/2 at small θ and each carries its own relative accuracy; N(μ, σ²) gives
 * KL θ²σ²/2 and mean μ + θσ² exactly). The scale of θ is chosen relative to Q (`tiltParameter`), so that a
 * plain-JSON spec means the same thing for every Q.
 */
import type { Distribution } from '../distributions/types.ts';
import { cumulantsOf } from './t3Cumulants.ts';

export interface TiltResult {
  readonly theta: number;
  readonly mean: number;
  readonly kl: number;
  readonly meanError: number;
  readonly klError: number;
  /** Λ(θ), centred */
  readonly logMgf: number;
}

/** A spread of Q: the interquartile range, else the standard deviation, else 1. */
export function spreadOf(q: Distribution): number {
  let s = spreads.get(q);
  if (s === undefined) { s = computeSpread(q); spreads.set(q, s); }
  return s;
}

const spreads = new WeakMap<Distribution, number>();

function computeSpread(q: Distribution): number {
  const iqr = q.quantile(0.75) - q.quantile(0.25);
  if (iqr > 0 && Number.isFinite(iqr)) return iqr;
  const sd = Math.sqrt(q.variance());
  return sd > 0 && Number.isFinite(sd) ? sd : 1;
}

/**
 * θ for u ∈ (−1, 1): u·λ₊ for u > 0 when 0 < λ₊ < ∞, u·λ₋ for u < 0 when 0 < λ₋ < ∞ (λ₋ the abscissa of
 * the left tail), and u/spread where that side's abscissa is infinite (a Weibull with k → 1⁺ has λ₊ = ∞ but
 * its tilt past 1/scale peaks beyond the double range); 0 where it is 0 (heavy side: no tilt).
 */
export function tiltParameter(q: Distribution, u: number): number {
  if (u === 0) return 0;
  const sup = u > 0 ? q.tails.right.mgfSup : q.tails.left.mgfSup;
  if (!(sup > 0)) return 0;
  return Number.isFinite(sup) ? u * sup : u / spreadOf(q);
}

export function tiltExact(q: Distribution, theta: number): TiltResult {
  const mu = q.mean();
  if (theta === 0) return { theta, mean: mu, kl: 0, meanError: 0, klError: 0, logMgf: 0 };
  const c = cumulantsOf(q);
  const L = c.logMgf(theta);
  const s = c.shift(theta);
  const k = c.tiltKl(theta);
  return {
    theta,
    mean: mu + s.value,
    kl: k.value,
    meanError: s.error + 2 * Number.EPSILON * Math.abs(mu + s.value),
    klError: k.error,
    logMgf: L.value,
  };
}
