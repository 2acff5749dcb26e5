/**
 * T5's verdict from the rigorous deviation bound of tiltDeviationBound.ts, where the grid of thresholds inside the
 * double range is not conclusive (slow limits: Weibull X with k → 1⁻, whose hazard k·t^{k−1} falls below V's scale
 * only at t ≈ e^{10⁶}; V with a heavy left tail whose mean is reached only at t ≈ 1e200).
 * On the ladder σ_i = σ₀·2^{i/2} (σ₀ = log of the farthest grid threshold, at least 1), up to σ = 1e12, with two rungs
 * added at the edge of the double range (t/2 = 1e300/e, 1e300):
 * holds when 0 ≤ E[V | U > e^σ] − E[V] ≤ B(σ) ≤ tol at two consecutive rungs. Thresholds t = e^σ beyond the double
 * range are handled in log space (the bound needs only X's hazard envelope and V's closed-form functions).
 * Never fails (an upper bound can only show convergence); undefined when no rung pair is decided.
 */
import type { Verdict } from '../../claims/types.ts';
import { fmt, holds } from '../../claims/verdicts.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { tiltBoundDefined, tiltDeviationBound, type TiltBound } from './tiltDeviationBound.ts';

const SIGMA_MAX = 1e12;

const tOf = (sigma: number): string => (sigma < 690 ? fmt(Math.exp(sigma)) : `e^${fmt(sigma)}`);

export function tiltVerdict(x: DistributionSpec, v: Distribution, tol: number, sigma0: number): Verdict | undefined {
  if (!(tol > 0) || !Number.isFinite(v.mean())) return undefined;
  let prev: TiltBound | undefined;
  for (const sigma of ladder(Math.max(1, sigma0))) {
    const b = tiltDeviationBound(x, v, sigma);
    if (b === undefined && sigma === Math.max(1, sigma0) && !hasEnvelopeLater(x, v, sigma)) return undefined;
    const ok = b !== undefined && b.bound <= tol;
    if (ok && prev) {
      const nums = { sigma1: prev.sigma, bound1: prev.bound, theta1: prev.theta, sigma2: b.sigma, bound2: b.bound, theta2: b.theta, mean: v.mean(), tol };
      return holds(
        `0 ≤ E[V | U > t] − E[V] ≤ ${fmt(prev.bound)}, ${fmt(b.bound)} ≤ tol = ${fmt(tol)} at t = ${tOf(prev.sigma)}, ${tOf(b.sigma)} (rigorous bound from X's hazard envelope, sup h_X ≤ ${fmt(prev.theta)}, ${fmt(b.theta)} past t/2, tiltDeviationBound.ts)`,
        nums,
      );
    }
    prev = ok ? b : undefined;
  }
  return undefined;
}

/**
 * σ₀·2^{i/2} up to SIGMA_MAX, with two rungs added just inside the double range (t/2 = 1e300/e and 1e300): V's
 * closed-form tail functions serve only there, and a heavy V (lognormal σ = 10) may be decided only between them.
 */
function ladder(sigma0: number): number[] {
  const out: number[] = [];
  for (let s = sigma0; s <= SIGMA_MAX; s *= Math.SQRT2) out.push(s);
  const edge = Math.log(1e300) + Math.LN2;
  for (const s of [edge - 1, edge]) if (s > sigma0) out.push(s);
  return out.sort((a, b) => a - b);
}

/** An envelope that is undefined at σ₀ may start further out (a location shift, z ≥ 1): probe a few rungs (without the bound's terms). */
function hasEnvelopeLater(x: DistributionSpec, v: Distribution, sigma0: number): boolean {
  for (const s of [2, 8, 64, 1024]) if (tiltBoundDefined(x, v, sigma0 * s)) return true;
  return false;
}
