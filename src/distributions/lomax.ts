/**
 * Lomax (Pareto type II with location 0), shape α and scale λ: F̄(t) = (1 + t/λ)^{−α} on [0, ∞).
 * Formulas: numerics.md §4.2 (Lomax row): logSf = −α·log1p(t/λ); m(t) = F̄(t)·(αt + λ)/(α − 1)
 * (mean excess (λ + t)/(α − 1)), so E[X | X > t] = (αt + λ)/(α − 1).
 * Right tail regularly varying with index α (powerTail(α)); left side bounded at 0.
 */
import { log1mExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logMgfNegativeTilt } from '../numerics/negativeTiltMgf.ts';
import { lomaxStandardized } from './standardizedPositive.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };
/** Past t/λ = 1e300 the ratio may overflow: use log t − log λ + log1p(λ/t) (numerics.md §4.2). */
const HUGE_RATIO = 1e300;

function valid(alpha: number, scale: number): boolean {
  return alpha > 0 && alpha < Infinity && scale > 0 && scale < Infinity;
}

/** log(1 + t/λ) for t ≥ 0, without overflow of t/λ. */
export function lomaxLog1pRatio(t: number, scale: number): number {
  const r = t / scale;
  if (r > HUGE_RATIO) return Math.log(t) - Math.log(scale) + Math.log1p(scale / t);
  return Math.log1p(r);
}

/** log f(x) = log α − log λ − (α + 1)·log1p(x/λ) on [0, ∞). */
export function lomaxLogPdf(x: number, alpha: number, scale: number): number {
  if (Number.isNaN(x) || !valid(alpha, scale)) return NaN;
  if (x < 0) return -Infinity;
  return Math.log(alpha) - Math.log(scale) - (alpha + 1) * lomaxLog1pRatio(x, scale);
}

/** log P(X > t) = −α·log1p(t/λ) (0 for t ≤ 0). */
export function lomaxLogSf(t: number, alpha: number, scale: number): number {
  if (Number.isNaN(t) || !valid(alpha, scale)) return NaN;
  return t <= 0 ? 0 : -alpha * lomaxLog1pRatio(t, scale);
}

/** log P(X ≤ t) = log1mExp(logSf). */
export function lomaxLogCdf(t: number, alpha: number, scale: number): number {
  if (Number.isNaN(t) || !valid(alpha, scale)) return NaN;
  if (t === Infinity) return 0;
  return t <= 0 ? -Infinity : log1mExp(-alpha * lomaxLog1pRatio(t, scale));
}

/** Quantile λ·((1 − p)^{−1/α} − 1) = λ·expm1(−log1p(−p)/α); Infinity at p = 1. */
export function lomaxQuantile(p: number, alpha: number, scale: number): number {
  if (!(p >= 0 && p <= 1) || !valid(alpha, scale)) return NaN;
  const e = -Math.log1p(-p) / alpha;
  return e > 700 ? Math.exp(e + Math.log(scale)) : scale * Math.expm1(e);
}

/** E[X] = λ/(α − 1) for α > 1, Infinity for α ≤ 1. */
export function lomaxMean(alpha: number, scale: number): number {
  if (!valid(alpha, scale)) return NaN;
  return alpha <= 1 ? Infinity : scale / (alpha - 1);
}

/** Var[X] = λ²α/((α − 1)²(α − 2)) for α > 2, Infinity for α ≤ 2. */
export function lomaxVariance(alpha: number, scale: number): number {
  if (!valid(alpha, scale)) return NaN;
  if (alpha <= 2) return Infinity;
  const s = scale / (alpha - 1);
  return s * s * (alpha / (alpha - 2));
}

/** log(αt + λ) for t > 0: directly for t ≤ 1, as log t + log(α + λ/t) above (numerics.md §4.2). */
function logAlphaTPlusScale(t: number, alpha: number, scale: number): number {
  return t <= 1 ? Math.log(alpha * t + scale) : Math.log(t) + Math.log(alpha + scale / t);
}

/** E[X·1{X > t}] = F̄(t)·(αt + λ)/(α − 1) as a SignedLog; the mean for t ≤ 0; +∞ for α ≤ 1. */
export function lomaxLogPartialMean(t: number, alpha: number, scale: number): SignedLog {
  if (Number.isNaN(t) || !valid(alpha, scale)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  if (alpha <= 1) return POS_INF_LOG;
  if (t <= 0) return { log: Math.log(scale) - Math.log(alpha - 1), sign: 1 };
  const logSf = -alpha * lomaxLog1pRatio(t, scale);
  return { log: logSf + logAlphaTPlusScale(t, alpha, scale) - Math.log(alpha - 1), sign: 1 };
}

/** E[X | X > t] = (α·t + λ)/(α − 1) for t ≥ 0 (the mean below 0); Infinity for α ≤ 1; NaN at t = ∞. */
export function lomaxTailMean(t: number, alpha: number, scale: number): number {
  if (Number.isNaN(t) || !valid(alpha, scale) || t === Infinity) return NaN;
  if (alpha <= 1) return Infinity;
  if (t <= 0) return scale / (alpha - 1);
  const v = (alpha * t + scale) / (alpha - 1);
  return Number.isFinite(v) ? v : Math.exp(logAlphaTPlusScale(t, alpha, scale) - Math.log(alpha - 1));
}

/**
 * log E[e^{λX}]: 0 at λ = 0, Infinity for λ > 0 (heavy right tail); for λ < 0 finite (support bounded
 * below; the closed form α·e^u·E_{α+1}(u), u = −λ·scale, is an exponential integral of real order). With
 * e^w = α·log1p(X/scale) ~ Exp(1), X = scale·expm1(e^w/α), integrated in w (logMgfNegativeTilt: relative
 * accuracy as λ → 0⁻, also for α ≤ 1 where E[X] = ∞; quadrature in x gave −2.2e-16 at λ = −1e-300 and
 * −21.9 for scale = 1e-50 where the answer is −5.0e-51).
 */
export function lomaxLogMgf(lambda: number, alpha: number, scale: number): number {
  if (Number.isNaN(lambda) || !valid(alpha, scale)) return NaN;
  if (lambda === 0) return 0;
  if (lambda > 0) return Infinity;
  return logMgfNegativeTilt(lambda, lomaxStandardized(alpha, scale));
}

/** Lomax(α, λ = scale); throws DomainError naming 'alpha' or 'scale' unless both are finite and > 0. */
export function lomax(params: { alpha: number; scale: number }): Distribution {
  const alpha = requirePositive('lomax', 'alpha', params.alpha);
  const scale = requirePositive('lomax', 'scale', params.scale);
  return defineDistribution({
    spec: { family: 'lomax', alpha, scale },
    support: { lower: 0, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(alpha), left: boundedTail() },
    logPdf(x) { return lomaxLogPdf(x, alpha, scale); },
    logCdf(x) { return lomaxLogCdf(x, alpha, scale); },
    logSf(x) { return lomaxLogSf(x, alpha, scale); },
    quantile(p) { return lomaxQuantile(p, alpha, scale); },
    mean() { return lomaxMean(alpha, scale); },
    variance() { return lomaxVariance(alpha, scale); },
    logPartialMean(t) { return lomaxLogPartialMean(t, alpha, scale); },
    tailMean(t) { return lomaxTailMean(t, alpha, scale); },
    logMgf(lambda) { return lomaxLogMgf(lambda, alpha, scale); },
  });
}
