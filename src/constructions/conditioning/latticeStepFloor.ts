/**
 * A closed-form floor of the log step of a lattice X's tail, the analogue of hazardFloor.ts where F̄_X is a step
 * function (no hazard): for a spacing s and every real y ≥ e^σ,
 *   log F̄_X(y − s) − log F̄_X(y) ≥ θ(σ)   (logStepInf(σ) = log θ(σ); NaN where θ ≤ 0 or σ is out of range).
 * Poisson(λ), s = 1: F̄(y) = P(X ≥ n + 1) with n = ⌊y⌋, and p(k + 1)/p(k) = λ/(k + 1) ≤ λ/(n + 1) for k ≥ n, so
 * P(X ≥ n + 1) ≤ (λ/(n + 1))·P(X ≥ n), i.e. F̄(y − 1)/F̄(y) ≥ (n + 1)/λ ≥ y/λ: θ = σ − log λ.
 * An affine map loc + c·P (c > 0) has spacing c and θ = log((e^σ − loc)/c) − log λ. Other laws: undefined.
 */
import type { DistributionSpec } from '../../distributions/types.ts';
import { logMinus, logShift } from './hazardEnvelopePower.ts';

export interface LatticeStepFloor {
  readonly spacing: number;
  /** a lower bound of log θ, θ = inf_{y ≥ e^σ} log(F̄_X(y − s)/F̄_X(y)); NaN where not positive */
  logStepInf(sigma: number): number;
}

const SLACK = 1e-12;
/** log(e^σ − a) as a lower bound: σ itself when a ≤ 0. */

function poissonFloor(lambda: number, loc: number, c: number): LatticeStepFloor | undefined {
  if (!(lambda > 0 && Number.isFinite(lambda) && c > 0 && Number.isFinite(c) && Number.isFinite(loc))) return undefined;
  const shift = Math.log(lambda) + Math.log(c);
  return {
    spacing: c,
    logStepInf: (sigma) => {
      const theta = (logMinus(sigma, loc) - shift) * (1 - SLACK) - SLACK;
      return theta > 0 ? Math.log(theta) : NaN;
    },
  };
}

/** The lattice step floor of X (Poisson, or an affine map of it with positive scale), else undefined. */
export function latticeStepFloor(spec: DistributionSpec): LatticeStepFloor | undefined {
  if (spec.family === 'poisson') return poissonFloor(spec.lambda, 0, 1);
  if (spec.family === 'affine' && spec.base.family === 'poisson') return poissonFloor(spec.base.lambda, spec.loc, spec.scale);
  return undefined;
}
