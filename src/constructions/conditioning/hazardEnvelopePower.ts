/**
 * Hazard envelopes (see hazardEnvelope.ts) for the heavy families whose hazard is not closed-form but is bounded by
 * a decreasing closed form on the right tail. At x = e^σ with y = x − location > 0 (z the standardised y):
 * - log-logistic(α, β): h = (β/x)·F(x) ≤ β/x;  H = softplus(β log(x/α))  (exact);
 * - Cauchy(ℓ, s): arctan(u) ≥ u/(1 + u²) (the difference has derivative 2u²/(1 + u²)² ≥ 0) gives F̄ ≥ z/(π(1 + z²)),
 *   so h ≤ 1/y and H ≤ log π + log(z + 1/z) (z ≥ 1);
 * - Student-t(ν, ℓ, s): for u ≥ z > 0, 1 + u²/ν ≤ (u/z)²(1 + z²/ν), so F̄(z) ≥ f(z)·z/ν: h ≤ ν/y and
 *   H ≤ −log f(z) − log z + log ν (increasing for z ≥ 1), log f(z) = log c_ν − (ν + 1)/2·log(1 + z²/ν);
 * - Fréchet(α, s, m): with a = z^{−α} ≤ 1, F̄ = 1 − e^{−a} ≥ a(1 − a/2) and f = (α/s)z^{−α−1}e^{−a}, so
 *   h = (α/s)z^{−α−1}/(e^a − 1) ≤ α/y, H ≤ α log z + a (z ≥ 1);
 * - Lévy(μ, c): with r = √(c/(2y)), erf(r) ≥ (2/√π)·r·e^{−r²} gives h ≤ 1/(2y), H ≤ r² + ½·log(πy/(2c)) (y ≥ c);
 * - lognormal(μ, s): with z = (log x − μ)/s, Φ̄(z) ≥ φ(z)·z/(1 + z²) (Gordon 1941) gives h ≤ (z + 1/z)/(s·x), non-increasing in x
 *   for z ≥ max(1, 1/s), and H ≤ z²/2 + log √(2π) + log(z + 1/z).
 * - zeta(s) (a lattice law): a continuous envelope U with U(x + 1) ≤ F̄ ≤ U(x) and its hazard bound (latticeShift 1).
 * Each bound of h is non-increasing in x on its range, so it bounds sup_{y ≥ e^σ} h too; each bound of H is
 * non-decreasing, evaluated at the largest argument e^σ + |location|. Outside the stated ranges: NaN.
 */
import type { DistributionSpec } from '../../distributions/types.ts';
import { LOG_SQRT_2PI } from '../../numerics/logspace.ts';
import { logRiemannZeta } from '../../numerics/special/hurwitzZeta.ts';
import { lgamma } from '../../numerics/special/lgamma.ts';
import type { HazardEnvelope } from './hazardEnvelope.ts';

const SLACK = 1e-12;
const up = (x: number): number => x + SLACK * Math.max(1, Math.abs(x));
/** log(e^σ ± a), a ≥ 0 (NaN for the minus sign when e^σ ≤ 2a). */
export const logShift = (sigma: number, a: number, sign: 1 | -1): number => {
  if (a === 0) return sigma;
  const r = a * Math.exp(-sigma);
  return sign > 0 ? sigma + Math.log1p(r) : r < 0.5 ? sigma + Math.log1p(-r) : NaN;
};

/** log(e^σ − a) for a > 0 (σ itself for a ≤ 0): a lower end shifted left by a, in log-space (logShift). */
export const logMinus = (sigma: number, a: number): number => (a <= 0 ? sigma : logShift(sigma, a, -1));
/** log(z + 1/z) from log z. */
const logZPlusInv = (lz: number): number => lz + Math.log1p(Math.exp(-2 * lz));
const softplus = (u: number): number => (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u)));

/** An envelope from h ≤ A/y (y = x − loc) and H ≤ cum(log y), valid for log y ≥ minLogY. */
function located(loc: number, logA: number, logCum: (logY: number) => number, minLogY: number): HazardEnvelope {
  return {
    logHazardSup: (s) => {
      const ly = logShift(s, Math.abs(loc), -1);
      return ly >= minLogY ? up(logA - ly) : NaN;
    },
    logCumHazard: (s) => {
      const lyLo = logShift(s, Math.abs(loc), -1);
      if (!(lyLo >= minLogY)) return NaN;
      return up(logCum(logShift(s, Math.abs(loc), 1)));
    },
  };
}

export function powerHazardEnvelope(spec: DistributionSpec): HazardEnvelope | undefined {
  switch (spec.family) {
    case 'logLogistic': {
      const { alpha, beta } = spec;
      if (!(alpha > 0 && beta > 0)) return undefined;
      const la = Math.log(alpha);
      return located(0, Math.log(beta), (ly) => Math.log(softplus(beta * (ly - la))), -Infinity);
    }
    case 'cauchy': {
      const { loc, scale } = spec;
      if (!(scale > 0 && Number.isFinite(loc))) return undefined;
      const ls = Math.log(scale);
      return located(loc, 0, (ly) => Math.log(Math.log(Math.PI) + logZPlusInv(ly - ls)), ls);
    }
    case 'studentT': {
      const nu = spec.df;
      const loc = spec.loc ?? 0;
      const scale = spec.scale ?? 1;
      if (!(nu > 0 && nu < Infinity && scale > 0 && Number.isFinite(loc))) return undefined;
      const ls = Math.log(scale);
      const lc = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI);
      const cum = (ly: number): number => {
        const lz = ly - ls;
        const log1pz2 = 2 * lz - Math.log(nu) + Math.log1p(nu * Math.exp(-2 * lz));
        return Math.log(-lc + ((nu + 1) / 2) * log1pz2 - lz + Math.log(nu));
      };
      return located(loc, Math.log(nu), cum, ls);
    }
    case 'frechet': {
      const { alpha } = spec;
      const s = spec.s ?? 1;
      const m = spec.m ?? 0;
      if (!(alpha > 0 && s > 0 && Number.isFinite(m))) return undefined;
      const ls = Math.log(s);
      return located(m, Math.log(alpha), (ly) => Math.log(alpha * (ly - ls) + Math.exp(-alpha * (ly - ls))), ls);
    }
    case 'levy': {
      const mu = spec.mu ?? 0;
      const { c } = spec;
      if (!(c > 0 && Number.isFinite(mu))) return undefined;
      return located(mu, -Math.LN2, (ly) => Math.log(c / (2 * Math.exp(ly)) + 0.5 * (Math.log(Math.PI / (2 * c)) + ly)), Math.log(c));
    }
    case 'lognormal': {
      const { mu, sigma: s } = spec;
      if (!(s > 0 && Number.isFinite(mu))) return undefined;
      const zMin = Math.max(1, 1 / s);
      return {
        logHazardSup: (sg) => {
          const z = (sg - mu) / s;
          return z >= zMin ? up(logZPlusInv(Math.log(z)) - Math.log(s) - sg) : NaN;
        },
        logCumHazard: (sg) => {
          const z = (sg - mu) / s;
          return z >= zMin ? up(Math.log((z * z) / 2 + LOG_SQRT_2PI + logZPlusInv(Math.log(z)))) : NaN;
        },
      };
    }
    case 'zeta': {
      // lattice: F̄(x) = ζ(s, ⌊x⌋ + 1)/ζ(s) lies between U(x + 1) and U(x), U(x) = ζ(s, x)/ζ(s) (⌊x⌋ + 1 ∈ (x, x + 1]);
      // −(log U)′ = s·ζ(s + 1, x)/ζ(s, x) ≤ (s − 1)(1 + s/x)/x from ζ(s + 1, x) ≤ x^{−s−1} + x^{−s}/s, ζ(s, x) ≥ x^{1−s}/(s − 1)
      // (integral comparison, DLMF 25.11); H(x) ≤ −log U(x + 1) ≤ log ζ(s) + log(s − 1) + (s − 1)·log(x + 1)
      const { s: z } = spec;
      if (!(z > 1 && z < Infinity)) return undefined;
      const lz = logRiemannZeta(z);
      const ls1 = Math.log(z - 1);
      return {
        logHazardSup: (sg) => (sg >= 0 ? up(ls1 - sg + Math.log1p(z * Math.exp(-sg))) : NaN),
        logCumHazard: (sg) => {
          const h = lz + ls1 + (z - 1) * (sg + Math.log1p(Math.exp(-sg)));
          return sg >= 0 && h > 0 ? up(Math.log(h)) : NaN;
        },
        latticeShift: 1,
      };
    }
    default:
      return undefined;
  }
}
