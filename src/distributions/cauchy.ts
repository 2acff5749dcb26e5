/**
 * Cauchy(loc, scale): density 1/(π·scale·(1 + z²)), z = (x − loc)/scale; F̄(t) = ½ − atan(z)/π.
 * For z ≥ 0 the survival is written atan(1/z)/π (no cancellation); past |z| = 1e150 it is 1/(πz) to
 * double precision (the next term is −1/(3z²) relatively). The mean is undefined (both sides diverge)
 * and E[X·1{X > t}] = +∞ for every t (claims.md §1). Both tails regularly varying, index 1.
 */
import { SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };
const LOG_PI = Math.log(Math.PI);
/** Past |z| = 1e150, z² would overflow and atan(1/z) = 1/z to double precision. */
const HUGE_Z = 1e150;

function valid(loc: number, scale: number): boolean {
  return Number.isFinite(loc) && scale > 0 && scale < Infinity;
}

/** log|t − loc| − log scale = log|z|, also when t − loc or the quotient overflows. */
function logAbsZ(t: number, loc: number, scale: number): number {
  const z = (t - loc) / scale;
  if (Number.isFinite(z)) return Math.log(Math.abs(z));
  const d = t - loc;
  const logD = Number.isFinite(d) ? Math.log(Math.abs(d)) : Math.log(Math.abs(t / 2 - loc / 2)) + Math.LN2;
  return logD - Math.log(scale);
}

/**
 * log P(Z > z) for z ≥ 0, z = side·(t − loc)/scale (standard Cauchy): log(atan(1/z)) − log π, or
 * −log z − log π past 1e150 (z may have overflowed to Infinity although t is finite: logAbsZ copes).
 */
function standardLogSfRight(z: number, t: number, loc: number, scale: number): number {
  if (z > HUGE_Z) return -logAbsZ(t, loc, scale) - LOG_PI;
  return Math.log(Math.atan(1 / z)) - LOG_PI;
}

/** log P(side·X > side·t) for finite t: the survival for side = +1, the cdf for side = −1. */
function logTail(t: number, loc: number, scale: number, side: 1 | -1): number {
  const z = (side * (t - loc)) / scale;
  if (z === 0) return -Math.LN2; // also z = −0, where atan(1/z) would be −π/2
  if (z > 0) return standardLogSfRight(z, t, loc, scale);
  // z < 0: P = 1 − P(Z > |z|), with P(Z > |z|) ≤ ½.
  return Math.log1p(-Math.exp(standardLogSfRight(-z, t, loc, scale))) + 0; // + 0 maps −0 to +0
}

/** log P(X > t). */
export function cauchyLogSf(t: number, loc: number, scale: number): number {
  if (Number.isNaN(t) || !valid(loc, scale)) return NaN;
  if (t === Infinity) return -Infinity;
  if (t === -Infinity) return 0;
  return logTail(t, loc, scale, 1);
}

/** log P(X ≤ t) = log P(−X ≥ −t), the same kernel reflected. */
export function cauchyLogCdf(t: number, loc: number, scale: number): number {
  if (Number.isNaN(t) || !valid(loc, scale)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return -Infinity;
  return logTail(t, loc, scale, -1);
}

/** log f(x) = −log π − log scale − log1p(z²), with −2log|z| − log1p(1/z²) past |z| = 1e150. */
export function cauchyLogPdf(x: number, loc: number, scale: number): number {
  if (Number.isNaN(x) || !valid(loc, scale)) return NaN;
  if (!Number.isFinite(x)) return -Infinity;
  const z = (x - loc) / scale;
  const az = Math.abs(z);
  if (az > HUGE_Z) {
    const lz = logAbsZ(x, loc, scale);
    return -LOG_PI - Math.log(scale) - 2 * lz - (Number.isFinite(az) ? Math.log1p(1 / az / az) : 0);
  }
  return -LOG_PI - Math.log(scale) - Math.log1p(az * az);
}

/**
 * Quantile loc + scale·tan(π(p − ½)): directly for |p − ½| ≤ ¼, as loc + scale/tan(π(1 − p)) above ¾ and
 * loc − scale/tan(πp) below ¼ (1 − p is exact for p ≥ ½), so the far tails keep full relative accuracy.
 */
export function cauchyQuantile(p: number, loc: number, scale: number): number {
  if (!(p >= 0 && p <= 1) || !valid(loc, scale)) return NaN;
  if (p === 0.5) return loc;
  if (p > 0.75) return loc + scale / Math.tan(Math.PI * (1 - p));
  if (p < 0.25) return loc - scale / Math.tan(Math.PI * p);
  return loc + scale * Math.tan(Math.PI * (p - 0.5));
}

/** E[X] is undefined (both sides diverge): NaN. */
export function cauchyMean(_loc: number, _scale: number): number {
  return NaN;
}

/** Var[X] is undefined with the mean: NaN. */
export function cauchyVariance(_loc: number, _scale: number): number {
  return NaN;
}

/** E[X·1{X > t}] = +∞ for every finite t (the right tail has index 1); zero at t = +∞. */
export function cauchyLogPartialMean(t: number, loc: number, scale: number): SignedLog {
  if (Number.isNaN(t) || !valid(loc, scale)) return NAN_LOG;
  return t === Infinity ? SIGNED_ZERO : POS_INF_LOG;
}

/** log E[e^{λX}]: 0 at λ = 0, Infinity for every λ ≠ 0 (both tails heavy). */
export function cauchyLogMgf(lambda: number, loc: number, scale: number): number {
  if (Number.isNaN(lambda) || !valid(loc, scale)) return NaN;
  return lambda === 0 ? 0 : Infinity;
}

/** Cauchy(loc, scale); throws DomainError naming 'loc' (finite) or 'scale' (finite, > 0). */
export function cauchy(params: { loc: number; scale: number }): Distribution {
  const loc = requireFinite('cauchy', 'loc', params.loc);
  const scale = requirePositive('cauchy', 'scale', params.scale);
  return defineDistribution({
    spec: { family: 'cauchy', loc, scale },
    support: { lower: -Infinity, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(1), left: powerTail(1) },
    logPdf(x) { return cauchyLogPdf(x, loc, scale); },
    logCdf(x) { return cauchyLogCdf(x, loc, scale); },
    logSf(x) { return cauchyLogSf(x, loc, scale); },
    quantile(p) { return cauchyQuantile(p, loc, scale); },
    mean() { return cauchyMean(loc, scale); },
    variance() { return cauchyVariance(loc, scale); },
    logPartialMean(t) { return cauchyLogPartialMean(t, loc, scale); },
    logMgf(lambda) { return cauchyLogMgf(lambda, loc, scale); },
  });
}
