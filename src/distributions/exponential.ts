/**
 * Exponential(rate r): density r·e^{−rx} on [0, ∞), F̄(t) = e^{−rt}.
 * Formulas: numerics.md §4.2 (Exponential row: logSf = −rt, m(t) = (t + 1/r)e^{−rt}), claims.md §3,
 * tilt mean numerics.md §4.3 (Exp(r) tilted by λ < r is Exp(r − λ)).
 * Right tail exponential-type with λ₊ = r; left side bounded at 0.
 */
import { log1mExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { log1pmx } from '../numerics/special/log1pmx.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, exponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };

function valid(rate: number): boolean {
  return rate > 0 && rate < Infinity;
}

/** log f(x) = log r − r·x on [0, ∞), −Infinity below 0. */
export function exponentialLogPdf(x: number, rate: number): number {
  if (Number.isNaN(x) || !valid(rate)) return NaN;
  if (x < 0) return -Infinity;
  return Math.log(rate) - rate * x;
}

/** log P(X > t) = −r·t for t ≥ 0 (0 below the support). */
export function exponentialLogSf(t: number, rate: number): number {
  if (Number.isNaN(t) || !valid(rate)) return NaN;
  return t <= 0 ? 0 : -rate * t;
}

/** log P(X ≤ t) = log(1 − e^{−rt}) via log1mExp (exact as t → 0⁺). */
export function exponentialLogCdf(t: number, rate: number): number {
  if (Number.isNaN(t) || !valid(rate)) return NaN;
  if (t === Infinity) return 0;
  if (t <= 0) return -Infinity;
  const x = rate * t;
  // log(1 − e^{−x}) = log x − x/2 + O(x²) for tiny x, with log x = log r + log t so that r·t may underflow
  if (x < 1e-10) return Math.log(rate) + Math.log(t) - x / 2;
  return log1mExp(-x);
}

/** Quantile −log1p(−p)/r (accurate near p → 0 and p → 1); Infinity at p = 1. */
export function exponentialQuantile(p: number, rate: number): number {
  if (!(p >= 0 && p <= 1) || !valid(rate)) return NaN;
  return -Math.log1p(-p) / rate;
}

/** E[X] = 1/r. */
export function exponentialMean(rate: number): number {
  return valid(rate) ? 1 / rate : NaN;
}

/** Var[X] = 1/r². */
export function exponentialVariance(rate: number): number {
  return valid(rate) ? 1 / rate / rate : NaN;
}

/**
 * E[X·1{X > t}] = (t + 1/r)·e^{−rt} for t ≥ 0 (the mean 1/r below 0), as a SignedLog. The log
 * −rt + log(t + 1/r) of numerics.md §4.2 is written log1pmx(rt) − log r = log(1 + rt) − rt − log r, which
 * keeps full relative accuracy as t → 0⁺ (where the log is ≈ −(rt)²/2 − log r).
 */
export function exponentialLogPartialMean(t: number, rate: number): SignedLog {
  if (Number.isNaN(t) || !valid(rate)) return NAN_LOG;
  if (t <= 0) return { log: -Math.log(rate), sign: 1 };
  const rt = rate * t;
  if (rt === Infinity) return SIGNED_ZERO;
  return { log: log1pmx(rt) - Math.log(rate), sign: 1 };
}

/** E[X | X > t] = t + 1/r for t ≥ 0 (memorylessness); the mean below 0, NaN at t = ∞. */
export function exponentialTailMean(t: number, rate: number): number {
  if (Number.isNaN(t) || !valid(rate) || t === Infinity) return NaN;
  return t <= 0 ? 1 / rate : t + 1 / rate;
}

/**
 * log E[e^{λX}] = log(r/(r − λ)) for λ < r, Infinity for λ ≥ r. Written −log1p(−λ/r) for |λ| < r/2 and
 * log r − log(r − λ) otherwise (r − λ is exact for λ ∈ [r/2, 2r], Sterbenz).
 */
export function exponentialLogMgf(lambda: number, rate: number): number {
  if (Number.isNaN(lambda) || !valid(rate)) return NaN;
  if (lambda >= rate) return Infinity;
  if (Math.abs(lambda) < rate / 2) return -Math.log1p(-lambda / rate);
  return Math.log(rate) - Math.log(rate - lambda);
}

/**
 * Mean of the exponential tilt dQ_λ ∝ e^{λx}dQ, Λ'(λ) = 1/(r − λ) for λ < r (numerics.md §4.3);
 * Infinity for λ ≥ r, where the tilt is not normalisable.
 */
export function exponentialTiltMean(lambda: number, rate: number): number {
  if (Number.isNaN(lambda) || !valid(rate)) return NaN;
  return lambda >= rate ? Infinity : 1 / (rate - lambda);
}

/** Exponential(rate); throws DomainError naming 'rate' unless 0 < rate < ∞. */
export function exponential(params: { rate: number }): Distribution {
  const rate = requirePositive('exponential', 'rate', params.rate);
  return defineDistribution({
    spec: { family: 'exponential', rate },
    support: { lower: 0, upper: Infinity, kind: 'continuous' },
    tails: { right: exponentialTail(rate), left: boundedTail() },
    logPdf(x) { return exponentialLogPdf(x, rate); },
    logCdf(x) { return exponentialLogCdf(x, rate); },
    logSf(x) { return exponentialLogSf(x, rate); },
    cdf(x) { return x <= 0 ? (Number.isNaN(x) ? NaN : 0) : -Math.expm1(-rate * x); },
    quantile(p) { return exponentialQuantile(p, rate); },
    mean() { return exponentialMean(rate); },
    variance() { return exponentialVariance(rate); },
    logPartialMean(t) { return exponentialLogPartialMean(t, rate); },
    tailMean(t) { return exponentialTailMean(t, rate); },
    logMgf(lambda) { return exponentialLogMgf(lambda, rate); },
  });
}
