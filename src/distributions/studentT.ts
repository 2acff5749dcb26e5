/**
 * Student-t(ν = df, loc, scale): X = loc + scale·Z with density
 * f(z) = Γ((ν+1)/2)/(Γ(ν/2)√(νπ))·(1 + z²/ν)^{−(ν+1)/2}.
 * Formulas: numerics.md §4.2 (Student-t row); claims.md §3 (m(t) = f(t)(ν + t²)/(ν − 1)).
 * Both tails are regularly varying with index ν (powerTail(ν)).
 * Kernels (density, standard tails through the incomplete beta): studentTKernels.ts; quantile: studentTQuantile.ts.
 */
import { lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { betacf } from '../numerics/special/incompleteBeta.ts';
import { largeAHalfSeriesTimesU, useLargeA } from '../numerics/special/incompleteBetaLargeA.ts';
import { defineDistribution } from './base.ts';
import {
  log1pZ2OverDf,
  standardize,
  standardLogSf,
  studentTLogDensityConstant,
  studentTLogPdf,
  valid,
} from './studentTKernels.ts';
import { studentTQuantile } from './studentTQuantile.ts';
import { powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive, withDefault } from './validate.ts';

export { studentTLogDensityConstant, studentTLogPdf } from './studentTKernels.ts';
export { studentTQuantile } from './studentTQuantile.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };

/** log P(X > t). */
export function studentTLogSf(t: number, df: number, loc = 0, scale = 1): number {
  if (Number.isNaN(t) || !valid(df, loc, scale)) return NaN;
  const { z, logAz } = standardize(t, loc, scale);
  return standardLogSf(z, df, logAz);
}

/** log P(X ≤ t) = log P(Z > −z) by symmetry. */
export function studentTLogCdf(t: number, df: number, loc = 0, scale = 1): number {
  if (Number.isNaN(t) || !valid(df, loc, scale)) return NaN;
  const { z, logAz } = standardize(t, loc, scale);
  return standardLogSf(-z, df, logAz);
}

/**
 * log(ν/(ν − 1)), ν > 1: −log1p(−1/ν) for ν ≥ 2 (log ν − log(ν − 1) rounded at ulp(log ν): 3.7e-14 at ν = 1e272),
 * the difference of logs below 2, where ν − 1 is exact.
 */
function logDfOverDfMinus1(df: number): number {
  return df >= 2 ? -Math.log1p(-1 / df) : Math.log(df) - Math.log(df - 1);
}

/**
 * log E[Z·1{Z > z}] for the standard t, ν > 1: (ν + z²)f(z)/(ν − 1), from d/dz[(ν+z²)f] = −(ν−1)z f.
 * In logs: lgc − log(ν−1) + log ν − (ν−1)/2·log1p(z²/ν) (always positive).
 */
function standardLogPartialMean(z: number, df: number, logAz = Math.log(Math.abs(z))): number {
  if (logAz === Infinity) return -Infinity; // z = +∞: nothing above; z = −∞: E[Z] = 0
  return studentTLogDensityConstant(df) + logDfOverDfMinus1(df) - ((df - 1) / 2) * log1pZ2OverDf(z, df, logAz);
}

/** E[X·1{X > t}] = loc·P(Z > z) + scale·E[Z·1{Z > z}] as a SignedLog; +∞ for ν ≤ 1. */
export function studentTLogPartialMean(t: number, df: number, loc = 0, scale = 1): SignedLog {
  if (Number.isNaN(t) || !valid(df, loc, scale)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  if (df <= 1) return POS_INF_LOG;
  const { z, logAz } = standardize(t, loc, scale);
  const whole = t === -Infinity;
  const std: SignedLog = { log: standardLogPartialMean(z, df, logAz) + Math.log(scale), sign: whole ? 0 : 1 };
  if (loc === 0) return whole ? SIGNED_ZERO : std;
  const locPart: SignedLog = { log: Math.log(Math.abs(loc)) + standardLogSf(z, df, logAz), sign: loc > 0 ? 1 : -1 };
  return lsum(locPart, std);
}

/**
 * E[Z | Z > z] for z > 0 as a ratio of O(1) factors, or null where no such form applies (the caller then
 * divides the partial mean by F̄ in logs). With x = ν/(ν+z²), a = ν/2:
 *   x ≥ 0.7, ν ≥ 30 (BGRAT region): F̄ = ½I with I = e^{−u}√u·Γ(a+½)/(√π·Γ(a)·√T)·S (incompleteBetaLargeA.ts,
 *     T = a − ¼, u = −T·log x), so m(z)/F̄ = ν/(ν − 1)·2x^{−1/4}/(√(−ν·log x)·S) (Γ's and e^{−u} cancel exactly;
 *     as ν → ∞ this is the normal Mills ratio form 2/(√(2π)·erfcx(z/√2)));
 *   x < (a+1)/(a+2.5) (the direct continued fraction): ν(z + ν/z)/((ν − 1)·betacf(x, a, ½)), returned as
 *     factor = ν/((ν − 1)·betacf) with ratioForm set, so that scale·(z + ν/z) is formed by the caller.
 */
function upperTailMeanParts(z: number, df: number, logAz: number): { ratioForm: boolean; factor: number } | null {
  const a = df / 2;
  const lx = -log1pZ2OverDf(z, df, logAz);
  if (useLargeA(a, 0.5, lx)) {
    // 2x^{−1/4}/(√(−ν·log x)·S) = 2x^{−1/4}·(T/√ν)·√(−log x)/(u·S), u = −T·log x, T = a − ¼
    const factor = (df / (df - 1)) * 2 * Math.exp(-0.25 * lx) * ((a - 0.25) / Math.sqrt(df)) * (Math.sqrt(-lx) / largeAHalfSeriesTimesU(a, lx));
    return { ratioForm: false, factor };
  }
  const x = Math.exp(lx);
  if (x < (a + 1) / (a + 2.5)) return { ratioForm: true, factor: df / ((df - 1) * betacf(x, a, 0.5)) };
  return null;
}

/**
 * E[X | X > t]: loc + scale·E[Z | Z > z] from upperTailMeanParts where it applies and the result is finite;
 * otherwise (z ≤ 0, or an intermediate overflowed) the partial mean over F̄ in logs.
 * Where z overflows (t finite), scale·(z + ν/z) = (t − loc)(1 + ν/z²) with ν/z² < 1e-600; and where t − loc
 * overflows too (loc < 0 < t), loc + (t − loc)·k = t·k + loc·(1 − k), which is finite whenever the mean is.
 */
export function studentTTailMean(t: number, df: number, loc = 0, scale = 1): number {
  if (Number.isNaN(t) || !valid(df, loc, scale)) return NaN;
  if (df <= 1) return t === Infinity ? NaN : Infinity;
  if (t === Infinity) return NaN;
  const { z, logAz } = standardize(t, loc, scale);
  const parts = z > 0 ? upperTailMeanParts(z, df, logAz) : null;
  if (parts !== null) {
    const k = parts.factor;
    let m: number;
    if (!parts.ratioForm) m = loc + scale * k;
    // scale·(z + ν/z)·k, not (ν·lead)/…: ν·lead can overflow where the tail mean does not
    else if (Number.isFinite(z)) m = loc + scale * (z + df / z) * k;
    else if (Number.isFinite(t - loc)) m = loc + (t - loc) * k;
    else m = t * k + loc * (1 - k);
    if (Number.isFinite(m)) return m;
  }
  const pm = studentTLogPartialMean(t, df, loc, scale);
  return pm.sign * Math.exp(pm.log - studentTLogSf(t, df, loc, scale));
}

/** E[X]: loc for ν > 1, NaN (undefined: both sides diverge) for ν ≤ 1. */
export function studentTMean(df: number, loc = 0, scale = 1): number {
  if (!valid(df, loc, scale)) return NaN;
  return df > 1 ? loc : NaN;
}

/** Var[X] = scale²·ν/(ν − 2) for ν > 2; Infinity for 1 < ν ≤ 2; NaN for ν ≤ 1 (mean undefined). */
export function studentTVariance(df: number, loc = 0, scale = 1): number {
  if (!valid(df, loc, scale) || df <= 1) return NaN;
  if (df <= 2) return Infinity;
  return scale * scale * (df / (df - 2));
}

/** log E[e^{λX}]: 0 at λ = 0, Infinity otherwise (both tails are heavy). */
export function studentTLogMgf(lambda: number, df: number, loc = 0, scale = 1): number {
  if (Number.isNaN(lambda) || !valid(df, loc, scale)) return NaN;
  return lambda === 0 ? 0 : Infinity;
}

/** Student-t(df, loc = 0, scale = 1); throws DomainError naming the parameter when one is out of range. */
export function studentT(params: { df: number; loc?: number; scale?: number }): Distribution {
  const df = requirePositive('studentT', 'df', params.df);
  const loc = withDefault(params.loc, 0, (v) => requireFinite('studentT', 'loc', v));
  const scale = withDefault(params.scale, 1, (v) => requirePositive('studentT', 'scale', v));
  return defineDistribution({
    spec: { family: 'studentT', df, loc, scale },
    support: { lower: -Infinity, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(df), left: powerTail(df) },
    logPdf: (x) => studentTLogPdf(x, df, loc, scale),
    logCdf: (x) => studentTLogCdf(x, df, loc, scale),
    logSf: (x) => studentTLogSf(x, df, loc, scale),
    quantile: (p) => studentTQuantile(p, df, loc, scale),
    mean: () => studentTMean(df, loc, scale),
    variance: () => studentTVariance(df, loc, scale),
    logPartialMean: (t) => studentTLogPartialMean(t, df, loc, scale),
    tailMean: (t) => studentTTailMean(t, df, loc, scale),
    logMgf: (lambda) => studentTLogMgf(lambda, df, loc, scale),
  });
}
