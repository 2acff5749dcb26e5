/**
 * Laplace(μ, b): density e^{−|x−μ|/b}/(2b). With z = (t − μ)/b:
 * F̄(t) = ½e^{−z} for z ≥ 0 and 1 − ½e^{z} for z < 0 (numerics.md §4.2, Laplace row);
 * m(t) = E[X·1{X > t}] = ½e^{−z}(t + b) for z ≥ 0 (memorylessness past μ) and μ − ½e^{z}(t − b) for z < 0.
 * MGF e^{μλ}/(1 − b²λ²) for |λ|b < 1; tilt mean μ + 2λb²/(1 − λ²b²) (numerics.md §4.3).
 * Both tails exponential-type with λ₊ = 1/b.
 */
import { LN2, lsum, SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { exponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive } from './validate.ts';
import { logAbsDifference, standardize } from './standardize.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };

function valid(mu: number, b: number): boolean {
  return Number.isFinite(mu) && b > 0 && b < Infinity;
}

/** log f(x) = −|z| − log 2b. */
export function laplaceLogPdf(x: number, mu: number, b: number): number {
  if (Number.isNaN(x) || !valid(mu, b)) return NaN;
  return -Math.abs(standardize(x, mu, b)) - LN2 - Math.log(b);
}

/** log P(X > t): −z − ln 2 for z ≥ 0, log1p(−½e^{z}) for z < 0. */
export function laplaceLogSf(t: number, mu: number, b: number): number {
  if (Number.isNaN(t) || !valid(mu, b)) return NaN;
  const z = standardize(t, mu, b);
  return z >= 0 ? -z - LN2 : Math.log1p(-0.5 * Math.exp(z)) + 0; // + 0 maps −0 to +0
}

/** log P(X ≤ t), the survival reflected: z − ln 2 for z ≤ 0, log1p(−½e^{−z}) for z > 0. */
export function laplaceLogCdf(t: number, mu: number, b: number): number {
  if (Number.isNaN(t) || !valid(mu, b)) return NaN;
  const z = standardize(t, mu, b);
  return z <= 0 ? z - LN2 : Math.log1p(-0.5 * Math.exp(-z)) + 0;
}

/** Quantile μ + b·log 2p for p < ½ and μ − b·log(2(1 − p)) for p ≥ ½ (1 − p exact there). */
export function laplaceQuantile(p: number, mu: number, b: number): number {
  if (!(p >= 0 && p <= 1) || !valid(mu, b)) return NaN;
  return p < 0.5 ? mu + b * Math.log(2 * p) : mu - b * Math.log(2 * (1 - p));
}

/** E[X] = μ. */
export function laplaceMean(mu: number, b: number): number {
  return valid(mu, b) ? mu : NaN;
}

/** Var[X] = 2b². */
export function laplaceVariance(mu: number, b: number): number {
  return valid(mu, b) ? 2 * b * b : NaN;
}

/**
 * E[X·1{X > t}] as a SignedLog: z ≥ 0 gives log = −z − ln 2 + log|t + b| with the sign of t + b;
 * z < 0 gives μ − ½e^{z}(t − b) (numerics.md §4.2: "linear"; formed here with lsum, which equals the
 * linear value where that is representable and keeps the log where ½e^{z} underflows).
 */
export function laplaceLogPartialMean(t: number, mu: number, b: number): SignedLog {
  if (Number.isNaN(t) || !valid(mu, b)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  const z = standardize(t, mu, b);
  if (z >= 0) {
    const s = t + b;
    if (s === 0) return SIGNED_ZERO;
    return { log: -z - LN2 + Math.log(Math.abs(s)), sign: s > 0 ? 1 : -1 };
  }
  if (t === -Infinity) return toSignedLog(mu);
  // μ − ½e^{z}(t − b), summed in log space so the second term survives when ½e^{z} underflows (μ = 0)
  const d = t - b;
  if (d === 0) return toSignedLog(mu);
  return lsum(toSignedLog(mu), { log: z - LN2 + logAbsDifference(t, b), sign: d > 0 ? -1 : 1 });
}

/** E[X | X > t]: t + b for z ≥ 0; (μ − ½e^{z}(t − b))/(1 − ½e^{z}) for z < 0; NaN at t = ∞. */
export function laplaceTailMean(t: number, mu: number, b: number): number {
  if (Number.isNaN(t) || !valid(mu, b) || t === Infinity) return NaN;
  if (t === -Infinity) return mu;
  const z = standardize(t, mu, b);
  if (z >= 0) return t + b;
  const h = 0.5 * Math.exp(z);
  return (mu - h * (t - b)) / (1 - h);
}

/**
 * log E[e^{λX}] = μλ − log(1 − (λb)²) for |λ|b < 1, else Infinity; the log is log1p(−(λb)²) for |λb| < ½
 * and log1p(−λb) + log1p(λb) nearer 1 (no cancellation at either end).
 */
export function laplaceLogMgf(lambda: number, mu: number, b: number): number {
  if (Number.isNaN(lambda) || !valid(mu, b)) return NaN;
  const x = lambda * b;
  if (!(Math.abs(x) < 1)) return Infinity;
  if (lambda === 0) return 0;
  const logOneMinusX2 = Math.abs(x) < 0.5 ? Math.log1p(-x * x) : Math.log1p(-x) + Math.log1p(x);
  return mu * lambda - logOneMinusX2;
}

/** Tilt mean Λ'(λ) = μ + 2λb²/((1 − λb)(1 + λb)) for |λ|b < 1; ±Infinity beyond (not normalisable). */
export function laplaceTiltMean(lambda: number, mu: number, b: number): number {
  if (Number.isNaN(lambda) || !valid(mu, b)) return NaN;
  const x = lambda * b;
  if (!(Math.abs(x) < 1)) return x > 0 ? Infinity : -Infinity;
  return mu + (2 * x * b) / ((1 - x) * (1 + x));
}

/** Laplace(μ, b); throws DomainError naming 'mu' (finite) or 'b' (finite, > 0). */
export function laplace(params: { mu: number; b: number }): Distribution {
  const mu = requireFinite('laplace', 'mu', params.mu);
  const b = requirePositive('laplace', 'b', params.b);
  return defineDistribution({
    spec: { family: 'laplace', mu, b },
    support: { lower: -Infinity, upper: Infinity, kind: 'continuous' },
    tails: { right: exponentialTail(1 / b), left: exponentialTail(1 / b) },
    logPdf(x) { return laplaceLogPdf(x, mu, b); },
    logCdf(x) { return laplaceLogCdf(x, mu, b); },
    logSf(x) { return laplaceLogSf(x, mu, b); },
    quantile(p) { return laplaceQuantile(p, mu, b); },
    mean() { return laplaceMean(mu, b); },
    variance() { return laplaceVariance(mu, b); },
    logPartialMean(t) { return laplaceLogPartialMean(t, mu, b); },
    tailMean(t) { return laplaceTailMean(t, mu, b); },
    logMgf(lambda) { return laplaceLogMgf(lambda, mu, b); },
  });
}
