/**
 * Lognormal(μ, σ): X = e^{μ + σZ}, Z ~ N(0, 1). With w = (ln t − μ)/σ:
 * F̄(t) = Φ̄(w) and m(t) = E[X·1{X > t}] = e^{μ+σ²/2}·Φ̄(w − σ) (numerics.md §4.2; claims.md §3).
 * Heavy but lighter than every power: subexponentialTail(); bounded below by 0.
 */
import { LOG_SQRT_2PI, type SignedLog } from '../numerics/logspace.ts';
import { logMgfNegativeTilt } from '../numerics/negativeTiltMgf.ts';
import { lognormalStandardized } from './standardizedPositive.ts';
import { erfcx, erfcxRatio } from '../numerics/special/erfcx.ts';
import { logPhi, logPhic, millsRatio } from '../numerics/special/normalTail.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, subexponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const ZERO_LOG: SignedLog = { log: -Infinity, sign: 0 };

function valid(mu: number, sigma: number): boolean {
  return Number.isFinite(mu) && sigma > 0 && sigma < Infinity;
}

/** log f(x) = −ln x − ln σ − ½ln 2π − w²/2; −∞ for x ≤ 0. */
export function lognormalLogPdf(x: number, mu: number, sigma: number): number {
  if (Number.isNaN(x) || !valid(mu, sigma)) return NaN;
  if (x <= 0 || x === Infinity) return -Infinity;
  const w = (Math.log(x) - mu) / sigma;
  return -Math.log(x) - Math.log(sigma) - LOG_SQRT_2PI - 0.5 * w * w;
}

/** log P(X ≤ t) = log Φ(w). */
export function lognormalLogCdf(t: number, mu: number, sigma: number): number {
  if (Number.isNaN(t) || !valid(mu, sigma)) return NaN;
  if (t <= 0) return -Infinity;
  if (t === Infinity) return 0;
  return logPhi((Math.log(t) - mu) / sigma);
}

/** log P(X > t) = log Φ̄(w) (numerics.md §4.2: logSf(1e200) ≈ −1e5 is fine). */
export function lognormalLogSf(t: number, mu: number, sigma: number): number {
  if (Number.isNaN(t) || !valid(mu, sigma)) return NaN;
  if (t <= 0) return 0;
  if (t === Infinity) return -Infinity;
  return logPhic((Math.log(t) - mu) / sigma);
}

/** E[X·1{X > t}] = e^{μ+σ²/2}·Φ̄(w − σ), in logs; the whole mean for t ≤ 0. */
export function lognormalLogPartialMean(t: number, mu: number, sigma: number): SignedLog {
  if (Number.isNaN(t) || !valid(mu, sigma)) return NAN_LOG;
  const logMean = mu + 0.5 * sigma * sigma;
  if (t <= 0) return { log: logMean, sign: 1 };
  if (t === Infinity) return ZERO_LOG;
  return { log: logMean + logPhic((Math.log(t) - mu) / sigma - sigma), sign: 1 };
}

/**
 * E[X | X > t]. With Φ̄(z) = ½erfcx(z/√2)e^{−z²/2} and μ + σw = ln t, the ratio is exactly
 * t·erfcx((w − σ)/√2)/erfcx(w/√2) (one fused evaluation, erfcxRatio), used while both arguments are ≥ −5;
 * below, the log ratio.
 */
export function lognormalTailMean(t: number, mu: number, sigma: number): number {
  if (Number.isNaN(t) || !valid(mu, sigma) || t === Infinity) return NaN;
  if (t <= 0) return lognormalMean(mu, sigma);
  const w = (Math.log(t) - mu) / sigma;
  // E[X | X > t] = t·erfcx((w − σ)/√2)/erfcx(w/√2): exact for every real argument; for arguments below −5
  // erfcx(x) ≈ 2e^{x²} carries a relative error ~x²ε, so the body far left of t uses the log-space ratio.
  if (w - sigma >= -5 * Math.SQRT2 && w >= -5 * Math.SQRT2) return t * erfcxRatio((w - sigma) / Math.SQRT2, w / Math.SQRT2);
  return Math.exp(lognormalLogPartialMean(t, mu, sigma).log - lognormalLogSf(t, mu, sigma));
}

/**
 * z ≥ 0 with log Φ̄(z) = logQ (logQ ≤ log ½). Newton on the concave g(z) = logΦ̄(z) − logQ from
 * z₀ = √(−2 logQ), which lies right of the root (Φ̄(z) ≤ ½e^{−z²/2}), so the iterates decrease monotonically.
 */
function standardNormalUpperQuantile(logQ: number): number {
  if (logQ === -Infinity) return Infinity;
  let z = Math.sqrt(-2 * logQ);
  for (let i = 0; i < 100; i++) {
    const lsf = logPhic(z);
    const step = (lsf - logQ) * millsRatio(z);
    if (!(step < 0) || z + step < 0) break;
    z += step;
    if (-step <= 1e-16 * z) break;
  }
  return z;
}

/** inf{x : P(X ≤ x) ≥ p} = exp(μ + σ·Φ⁻¹(p)), inverting the smaller of p and 1 − p (exact for p ≥ ½). */
export function lognormalQuantile(p: number, mu: number, sigma: number): number {
  if (!(p >= 0 && p <= 1) || !valid(mu, sigma)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  if (p === 0.5) return Math.exp(mu);
  const z = standardNormalUpperQuantile(Math.log(p < 0.5 ? p : 1 - p));
  return Math.exp(mu + sigma * (p < 0.5 ? -z : z));
}

/** E[X] = e^{μ+σ²/2}. */
export function lognormalMean(mu: number, sigma: number): number {
  if (!valid(mu, sigma)) return NaN;
  return Math.exp(mu + 0.5 * sigma * sigma);
}

/** Var[X] = (e^{σ²} − 1)·e^{2μ+σ²}, with expm1 for small σ. */
export function lognormalVariance(mu: number, sigma: number): number {
  if (!valid(mu, sigma)) return NaN;
  return Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma);
}

/**
 * log E[e^{λX}]: 0 at λ = 0, Infinity for λ > 0 (heavy right tail); for λ < 0 by quadrature in
 * w = (log x − μ)/σ ~ N(0, 1) (logMgfNegativeTilt: quadrature in x missed the mass at e^{−50} for σ = 0.01,
 * −0.70 where the answer is −1.9e-22; the deficit form keeps relative accuracy as λX → 0).
 */
export function lognormalLogMgf(lambda: number, mu: number, sigma: number): number {
  if (Number.isNaN(lambda) || !valid(mu, sigma)) return NaN;
  if (lambda === 0) return 0;
  if (lambda > 0) return Infinity;
  return logMgfNegativeTilt(lambda, lognormalStandardized(mu, sigma));
}

/** Lognormal(μ, σ); throws DomainError naming the parameter when one is out of range. */
export function lognormal(params: { mu: number; sigma: number }): Distribution {
  const mu = requireFinite('lognormal', 'mu', params.mu);
  const sigma = requirePositive('lognormal', 'sigma', params.sigma);
  return defineDistribution({
    spec: { family: 'lognormal', mu, sigma },
    support: { lower: 0, upper: Infinity, kind: 'continuous' },
    tails: { right: subexponentialTail(), left: boundedTail() },
    logPdf(x) { return lognormalLogPdf(x, mu, sigma); },
    logCdf(x) { return lognormalLogCdf(x, mu, sigma); },
    logSf(x) { return lognormalLogSf(x, mu, sigma); },
    quantile(p) { return lognormalQuantile(p, mu, sigma); },
    mean() { return lognormalMean(mu, sigma); },
    variance() { return lognormalVariance(mu, sigma); },
    logPartialMean(t) { return lognormalLogPartialMean(t, mu, sigma); },
    tailMean(t) { return lognormalTailMean(t, mu, sigma); },
    logMgf(lambda) { return lognormalLogMgf(lambda, mu, sigma); },
  });
}
