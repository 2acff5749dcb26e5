/**
 * L(t) = E[X·1{X < t}] in closed form from a family's parameters, as a SignedLog, for the families where the
 * kernel's μ − m(t) cancels (t in the left tail or the bulk of a law whose mean sits far out: a right tail
 * with powerIndex just above 1) and its quadrature fallback is inexact (Pareto(1, 2) at t = 1 + 8.3e-9: 6.7e-9
 * relative, the abscissae rounding on a tiny interval). lowerPartialMean.ts tries these first.
 *   Pareto(x_m, α):        α·x_m·G(α − 1, log(t/x_m)),  G(a, ℓ) = ∫₀^ℓ e^{−aτ}dτ = −expm1(−aℓ)/a (ℓ at a = 0);
 *   Lomax(α, λ):           λα·[G(α − 1, ℓ) − G(α, ℓ)], ℓ = log(1 + t/λ)  (x/λ = e^τ − 1);
 *   Fréchet(α, s, m), α > 1:  m·F(t) + s·Γ(1 − 1/α, z^{−α}), z = (t − m)/s  (w = z^{−α} in ∫ x dF; DLMF 8.2.2);
 *   Weibull(k, λ):         λ·γ(1 + 1/k, (t/λ)^k)  (DLMF 8.2.1);
 *   lognormal(μ, σ):       e^{μ + σ²/2}·Φ((log t − μ − σ²)/σ);
 *   normal(μ, σ):          μ·Φ(z) − σ·φ(z), z = (t − μ)/σ; for z < −3, Φ(z)·(t − σ·C(−z)) with
 *                          C(w) = 1/R(w) − w = 1/(w + 2/(w + 3/(w + …))), R the Mills ratio (Laplace's continued
 *                          fraction, DLMF 7.9.3; 100 terms give 1e-17 at w ≥ 3): the first form cancels ~log₁₀ w²
 *                          digits there (3 at z = −30) where L itself does not;
 *   logistic(μ, s):        t·F(t) − s·log(1 + e^z), z = (t − μ)/s  (by parts: ∫_{−∞}^t F = s·log(1 + e^z));
 *   Laplace(μ, b):         ½e^{−z}·(t − b) for t ≤ μ (z = (μ − t)/b); right of μ,
 *                          ½(μ − b) + ½(μ + b)(1 − e^{−z}) − ½bz·e^{−z}, z = (t − μ)/b (the first term is L(μ));
 *   log-logistic(α, β), β > 1: logLogisticLowerPartialMean.ts (two bounded integrals and a closed form).
 * γ and Γ unregularised (incompleteGamma.ts), Φ and φ from normalTail.ts. A signed sum that loses more than 3
 * digits (|L| < 1e-3 × its largest term: relative error ≤ 1e3·ε) returns undefined, as does any other family:
 * the kernel then goes on with its general methods. These forms were first written for the toy model
 * (src/constructions/toyModel/bulkPartialMean.ts, now a caller of the kernel).
 */
import { log1pExp, MIN_NORMAL, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logExpIntegral, positive, sumOf } from './signedSums.ts';
import { logLowerGamma, logUpperGamma } from '../numerics/special/incompleteGamma.ts';
import { logPhi, logPhiDensity } from '../numerics/special/normalTail.ts';
import { logLogisticLowerPartialMean } from './logLogisticLowerPartialMean.ts';
import { logAbsDifference } from './standardize.ts';
import type { DistributionSpec } from './types.ts';

/** sign·e^{log}, zero when sign is 0 or log is −∞. */
function term(log: number, sign: number): SignedLog {
  return sign === 0 || log === -Infinity ? SIGNED_ZERO : { log, sign: sign > 0 ? 1 : -1 };
}

/** log(a·b) for a, b > 0, also where the product overflows or leaves the normal range (Pareto(1e308, 2): α·x_m = ∞). */
function logProduct(a: number, b: number): number {
  const p = a * b;
  return p >= MIN_NORMAL && p < Infinity ? Math.log(p) : Math.log(a) + Math.log(b);
}

/**
 * log(t/c) for t > c > 0: log1p((t − c)/c) below 2c, where t − c is exact (Sterbenz) and the rounding of t/c
 * would be 1e-7 of log(t/c) at t = c(1 + 1e-9); log of the ratio above (its logs' difference where it overflows).
 */
function logRatio(t: number, c: number): number {
  if (t < 2 * c) return Math.log1p((t - c) / c);
  const r = t / c;
  return Number.isFinite(r) ? Math.log(r) : Math.log(t) - Math.log(c);
}

/** log log(1 + e^z), also where log(1 + e^z) underflows: z + log(1 − e^z/2) to O(e^{2z}) below z = −30. */
function logSoftplus(z: number): number {
  return z < -30 ? z + Math.log1p(-Math.exp(z) / 2) : Math.log(log1pExp(z));
}

/** C(w) = 1/R(w) − w for w ≥ 3 (R the normal Mills ratio), by Laplace's continued fraction from its 100th term. */
function millsTail(w: number): number {
  let tail = w;
  for (let k = 100; k >= 2; k--) tail = w + k / tail;
  return 1 / tail;
}

function laplace(mu: number, b: number, t: number): SignedLog | undefined {
  if (t <= mu) return term(-(mu - t) / b + logAbsDifference(t, b) - Math.LN2, Math.sign(t - b));
  const z = (t - mu) / b;
  const atMu = term(logAbsDifference(mu, b) - Math.LN2, Math.sign(mu - b));
  const rise = term(logAbsDifference(mu, -b) - Math.LN2 + Math.log(-Math.expm1(-z)), Math.sign(mu + b));
  return sumOf([atMu, rise, term(-Math.LN2 + Math.log(b * z) - z, -1)]);
}

/** E[X·1{X < t}] by the family's closed form (see the file comment), or undefined (other family, cancellation). */
export function closedLowerPartialMean(spec: DistributionSpec, t: number): SignedLog | undefined {
  switch (spec.family) {
    case 'pareto':
      return t <= spec.xm ? SIGNED_ZERO : positive(logProduct(spec.alpha, spec.xm) + logExpIntegral(spec.alpha - 1, logRatio(t, spec.xm)));
    case 'lomax': {
      if (t <= 0) return SIGNED_ZERO;
      const ell = Math.log1p(t / spec.scale);
      const logC = logProduct(spec.scale, spec.alpha);
      return sumOf([term(logC + logExpIntegral(spec.alpha - 1, ell), 1), term(logC + logExpIntegral(spec.alpha, ell), -1)]);
    }
    case 'frechet': {
      const s = spec.s ?? 1;
      const m = spec.m ?? 0;
      if (t <= m) return SIGNED_ZERO;
      if (!(spec.alpha > 1)) return undefined;
      const ly = -spec.alpha * (Math.log(t - m) - Math.log(s));
      const y = Math.exp(ly);
      const gammaTerm = term(Math.log(s) + logUpperGamma(1 - 1 / spec.alpha, y, ly), 1);
      return sumOf([gammaTerm, term(Math.log(Math.abs(m)) - y, Math.sign(m))]);
    }
    case 'weibull': {
      if (t <= 0) return SIGNED_ZERO;
      const lx = spec.k * logRatioAny(t, spec.lambda);
      return positive(Math.log(spec.lambda) + logLowerGamma(1 + 1 / spec.k, Math.exp(lx), lx));
    }
    case 'lognormal': {
      if (t <= 0) return SIGNED_ZERO;
      const s2 = spec.sigma * spec.sigma;
      return positive(spec.mu + s2 / 2 + logPhi((Math.log(t) - spec.mu - s2) / spec.sigma));
    }
    case 'normal': {
      const z = (t - spec.mu) / spec.sigma;
      if (z < -3) return sumOf([term(Math.log(Math.abs(t)) + logPhi(z), Math.sign(t)), term(Math.log(spec.sigma * millsTail(-z)) + logPhi(z), -1)]);
      return sumOf([term(Math.log(Math.abs(spec.mu)) + logPhi(z), Math.sign(spec.mu)), term(Math.log(spec.sigma) + logPhiDensity(z), -1)]);
    }
    case 'logistic': {
      const z = (t - spec.mu) / spec.s;
      return sumOf([term(Math.log(Math.abs(t)) - log1pExp(-z), Math.sign(t)), term(Math.log(spec.s) + logSoftplus(z), -1)]);
    }
    case 'laplace':
      return laplace(spec.mu, spec.b, t);
    case 'logLogistic':
      return t <= 0 ? SIGNED_ZERO : logLogisticLowerPartialMean(spec.alpha, spec.beta, t);
    default:
      return undefined;
  }
}

/** log(t/c) for t, c > 0 (logRatio's exact form on both sides of c). */
function logRatioAny(t: number, c: number): number {
  return t >= c ? logRatio(t, c) : -logRatio(c, t);
}
