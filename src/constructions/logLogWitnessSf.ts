/**
 * An upper bound on log(−log F̄(e^σ)), i.e. a lower bound on the tail F̄ at t = e^σ, computed from σ alone
 * so that it works where t (σ > 709.78) or −log F̄(t) itself overflows (logLogWitness.ts):
 * - σ ≤ 690 (t representable): −log F̄(t) from logSf at t rounded up (F̄ is nonincreasing), padded by its
 *   accuracy 1e-13·max(1, |log F̄|) (fixture metric, numerics.md);
 * - Weibull(k, λ): −log F̄(t) = (t/λ)^k, log of it k(σ − log λ), exact in σ;
 * - Pareto(x_m, α), t ≥ x_m: α(σ − log x_m);
 * - lognormal(μ, s): z = (σ − μ)/s ≥ 1, Φ̄(z) ≥ φ(z)·z/(1 + z²) (Mills ratio, Gordon 1941), so
 *   −log Φ̄(z) ≤ z²/2 + ½log 2π + log(z + 1/z);
 * - affine, scale a > 0: {loc + aX > e^σ} = {X > (e^σ − loc)/a} ⊇ {X > e^{σ'}}, σ' = σ − log a + log1p(|loc|e^{−σ});
 * - mixture: F̄ ≥ w_k F̄_k for each k, so −log F̄ ≤ −log w_k + y_k; the least over k;
 * - otherwise Infinity (no bound).
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution } from '../distributions/types.ts';
import { logAddExp } from '../numerics/logspace.ts';

const EPS = Number.EPSILON;
const pad = (x: number, ...terms: number[]) => x + 8 * EPS * terms.reduce((a, b) => a + Math.abs(b), Math.abs(x)) + 1e-15;

export function logNegLogSfUpper(q: Distribution, sigma: number): number {
  if (Number.isNaN(sigma)) return NaN;
  const spec = q.spec;
  switch (spec.family) {
    case 'weibull':
      return pad(spec.k * (sigma - Math.log(spec.lambda)), spec.k * sigma);
    case 'pareto':
      if (sigma <= Math.log(spec.xm)) return -Infinity;
      return pad(Math.log(spec.alpha) + Math.log(sigma - Math.log(spec.xm)), sigma);
    case 'lognormal': {
      const z = (sigma - spec.mu) / spec.sigma;
      if (z >= 1 && z < 1e150) return pad(Math.log((z * z) / 2 + 0.5 * Math.log(2 * Math.PI) + Math.log(z + 1 / z)), z);
      if (z >= 1e150) return pad(2 * Math.log(z) - Math.LN2 + 1e-200, z);
      break;
    }
    case 'affine':
      if (spec.scale > 0) {
        const shifted = sigma - Math.log(spec.scale) + Math.log1p(Math.abs(spec.loc) * Math.exp(-sigma));
        return logNegLogSfUpper(buildCached(spec.base), pad(shifted, sigma, Math.log(spec.scale)));
      }
      break;
    case 'mixture': {
      const total = spec.weights.reduce((a, b) => a + b, 0);
      let best = Infinity;
      spec.components.forEach((c, k) => {
        const w = spec.weights[k] / total;
        if (!(w > 0)) return;
        const y = logNegLogSfUpper(buildCached(c), sigma);
        const withWeight = w >= 1 ? y : logAddExp(y, Math.log(-Math.log(w)));
        if (withWeight < best) best = pad(withWeight, y);
      });
      return best;
    }
    default:
      break;
  }
  if (sigma <= 690) {
    const t = Math.exp(sigma) * (1 + 4 * EPS);
    const l = q.logSf(t);
    if (!(l < 0)) return l === 0 ? -Infinity : NaN;
    return Math.log(-l * (1 + 1e-13) + 1e-13);
  }
  return Infinity;
}
