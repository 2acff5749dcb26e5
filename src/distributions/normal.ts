/**
 * Normal(μ, σ), z = (t − μ)/σ. Formulas: numerics.md §4.2 (Normal row) and §4.3 (tilt mean μ + λσ²).
 *   log F̄(t) = logPhic(z) (erfcx form, exact to z = 1e6 and beyond);
 *   E[X·1{X > t}] = μ·F̄(z) + σ·φ(z): for z ≥ 0 written σφ(z)·(1 + (μ/σ)R(z)) with the Mills ratio
 *   R(z) = F̄/φ, for z < 0 as a signed log-sum (F̄ ≥ ½ there);
 *   E[X | X > t] = μ + σ/R(z) for z ≥ 0 (no difference of two −z²/2 logs), log E[e^{λX}] = μλ + σ²λ²/2.
 * Both tails strongly light and ratio-light (F̄(t+1)/F̄(t) → 0).
 *
 * Example: normal({ mu: 0, sigma: 1 }).logSf(10) = −53.23128515051247; tailMean(10) = 10.09809…
 */
import { lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logPhi, logPhic, logPhiDensity, millsRatio } from '../numerics/special/normalTail.ts';
import { defineDistribution } from './base.ts';
import { superExponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const valid = (mu: number, sigma: number): boolean => Number.isFinite(mu) && sigma > 0 && sigma < Infinity;

/** log f(x) = −z²/2 − ½log 2π − log σ. */
export function normalLogPdf(x: number, mu: number, sigma: number): number {
  if (Number.isNaN(x) || !valid(mu, sigma)) return NaN;
  return logPhiDensity((x - mu) / sigma) - Math.log(sigma);
}

/** log P(X > t) = logPhic((t − μ)/σ). */
export function normalLogSf(t: number, mu: number, sigma: number): number {
  if (Number.isNaN(t) || !valid(mu, sigma)) return NaN;
  return logPhic((t - mu) / sigma);
}

/** log P(X ≤ t) = logPhi((t − μ)/σ). */
export function normalLogCdf(t: number, mu: number, sigma: number): number {
  if (Number.isNaN(t) || !valid(mu, sigma)) return NaN;
  return logPhi((t - mu) / sigma);
}

/**
 * z ≥ 0 with log Φ̄(z) = logQ (logQ ≤ log ½): Newton on the concave g(z) = logΦ̄(z) − logQ, step
 * (logΦ̄(z) − logQ)·R(z), from z₀ = √(−2·logQ), which lies right of the root (Φ̄(z) ≤ ½e^{−z²/2}).
 */
export function standardNormalUpperQuantile(logQ: number): number {
  if (Number.isNaN(logQ) || logQ > -Math.LN2) return NaN;
  if (logQ === -Infinity) return Infinity;
  let z = Math.sqrt(-2 * logQ);
  for (let i = 0; i < 200; i++) {
    const step = (logPhic(z) - logQ) * millsRatio(z);
    if (!(step < 0)) break;
    if (z + step <= 0) return 0;
    z += step;
    if (-step <= 1e-16 * z) break;
  }
  return z;
}

/** inf{x : P(X ≤ x) ≥ p} = μ + σ·Φ⁻¹(p), inverting the smaller of p and 1 − p (1 − p exact for p ≥ ½). */
export function normalQuantile(p: number, mu: number, sigma: number): number {
  if (!(p >= 0 && p <= 1) || !valid(mu, sigma)) return NaN;
  if (p === 0.5) return mu;
  const z = standardNormalUpperQuantile(Math.log(p < 0.5 ? p : 1 - p));
  return mu + sigma * (p < 0.5 ? -z : z);
}

/**
 * D(z) = 1/R(z) − z = φ(z)/F̄(z) − z, the excess of the standard tail mean over z (z ≥ 0). Below 3 it is
 * 1/R(z) − z (loses at most a factor z/D ≤ 11); from 3 on, Laplace's continued fraction
 * R(z) = 1/(z + 1/(z + 2/(z + 3/(z + …)))) gives D(z) = 1/(z + 2/(z + 3/(z + …))) with no cancellation
 * (modified Lentz, DLMF 7.9.2). D(z) ≈ 1/z − 2/z³ for large z.
 */
export function normalTailExcess(z: number): number {
  if (Number.isNaN(z) || z < 0) return NaN;
  if (z < 3) return 1 / millsRatio(z) - z;
  if (z === Infinity) return 0;
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let n = 2; n < 10000; n++) {
    d = z + n * d;
    d = d === 0 ? 1 / tiny : 1 / d;
    c = z + n / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}

/**
 * E[X | X > t]. For z ≥ 0 it is t + σ·D(z) when |t| ≤ |μ| and μ + σ/R(z) otherwise, whichever adds
 * the smaller numbers (so μ = −1e6, t = 0 keeps its 1e-5 answer); for z < 0, μ + σ·φ(z)/F̄(z). NaN at t = ∞.
 */
export function normalTailMean(t: number, mu: number, sigma: number): number {
  if (Number.isNaN(t) || !valid(mu, sigma) || t === Infinity) return NaN;
  const z = (t - mu) / sigma;
  if (z >= 0) return Math.abs(t) <= Math.abs(mu) ? t + sigma * normalTailExcess(z) : mu + sigma / millsRatio(z);
  return mu + sigma * Math.exp(logPhiDensity(z) - logPhic(z));
}

/**
 * E[X·1{X > t}] as a SignedLog (numerics.md §4.2 Normal row). z ≥ 0: F̄(z)·E[X | X > t], i.e.
 * logPhic(z) + log|tail mean| with its sign; z < 0 (F̄ ≥ ½): the signed log-sum of μ·F̄(z) and σ·φ(z).
 */
export function normalLogPartialMean(t: number, mu: number, sigma: number): SignedLog {
  if (Number.isNaN(t) || !valid(mu, sigma)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  const z = (t - mu) / sigma;
  if (z >= 0) {
    const tailMean = normalTailMean(t, mu, sigma);
    if (tailMean === 0) return SIGNED_ZERO;
    return { log: logPhic(z) + Math.log(Math.abs(tailMean)), sign: tailMean > 0 ? 1 : -1 };
  }
  const densityPart: SignedLog = { log: Math.log(sigma) + logPhiDensity(z), sign: 1 };
  const meanPart: SignedLog = mu === 0 ? SIGNED_ZERO : { log: Math.log(Math.abs(mu)) + logPhic(z), sign: mu > 0 ? 1 : -1 };
  return lsum(densityPart, meanPart);
}

/** log E[e^{λX}] = μλ + σ²λ²/2. */
export function normalLogMgf(lambda: number, mu: number, sigma: number): number {
  if (Number.isNaN(lambda) || !valid(mu, sigma)) return NaN;
  if (lambda === 0) return 0;
  const s = sigma * lambda;
  return mu * lambda + 0.5 * s * s;
}

/** Mean of the exponential tilt dQ_λ ∝ e^{λx}dQ: Λ'(λ) = μ + λσ² (numerics.md §4.3). */
export function normalTiltMean(lambda: number, mu: number, sigma: number): number {
  if (Number.isNaN(lambda) || !valid(mu, sigma)) return NaN;
  return mu + lambda * sigma * sigma;
}

/** Normal({ mu, sigma }); throws DomainError naming 'mu' or 'sigma'. */
export function normal(params: { mu: number; sigma: number }): Distribution {
  const mu = requireFinite('normal', 'mu', params.mu);
  const sigma = requirePositive('normal', 'sigma', params.sigma);
  return defineDistribution({
    spec: { family: 'normal', mu, sigma },
    support: { lower: -Infinity, upper: Infinity, kind: 'continuous' },
    tails: { right: superExponentialTail(true), left: superExponentialTail(true) },
    logPdf(x) { return normalLogPdf(x, mu, sigma); },
    logCdf(t) { return normalLogCdf(t, mu, sigma); },
    logSf(t) { return normalLogSf(t, mu, sigma); },
    quantile(p) { return normalQuantile(p, mu, sigma); },
    mean() { return mu; },
    variance() { return sigma * sigma; },
    logPartialMean(t) { return normalLogPartialMean(t, mu, sigma); },
    tailMean(t) { return normalTailMean(t, mu, sigma); },
    logMgf(lambda) { return normalLogMgf(lambda, mu, sigma); },
  });
}
