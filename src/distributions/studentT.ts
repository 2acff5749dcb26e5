/**
 * Student-t(ν = df, loc, scale): X = loc + scale·Z with density
 * f(z) = Γ((ν+1)/2)/(Γ(ν/2)√(νπ))·(1 + z²/ν)^{−(ν+1)/2}.
 * Formulas: numerics.md §4.2 (Student-t row); claims.md §3 (m(t) = f(t)(ν + t²)/(ν − 1)).
 * Both tails are regularly varying with index ν (powerTail(ν)).
 */
import { lsum, LN2, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { betacf, logIbeta } from '../numerics/special/incompleteBeta.ts';
import { lgamma, stirlerr } from '../numerics/special/lgamma.ts';
import { log1pmx } from '../numerics/special/log1pmx.ts';
import { defineDistribution } from './base.ts';
import { powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive, withDefault } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };
/** Past |z| = 1e150, z² would overflow: switch to L = log|z| and r = ν/z² (numerics.md §4.2). */
const HUGE_Z = 1e150;

function valid(df: number, loc: number, scale: number): boolean {
  return df > 0 && df < Infinity && Number.isFinite(loc) && scale > 0 && scale < Infinity;
}

/**
 * log of the density constant, lgamma((ν+1)/2) − lgamma(ν/2) − ½log(νπ).
 * For a = ν/2 ≥ 10 the lgamma difference is written through Stirling so that nothing cancels:
 * lgamma(a+½) − lgamma(a) − ½log(2aπ) = a·log1pmx(1/(2a)) − ½log 2π + stirlerr(a+½) − stirlerr(a).
 */
export function studentTLogDensityConstant(df: number): number {
  if (!(df > 0 && df < Infinity)) return NaN;
  const a = df / 2;
  if (a >= 10) return a * log1pmx(1 / (2 * a)) - 0.5 * Math.log(2 * Math.PI) + stirlerr(a + 0.5) - stirlerr(a);
  return lgamma(a + 0.5) - lgamma(a) - 0.5 * Math.log(df * Math.PI);
}

/**
 * z = (t − loc)/scale with log|z| kept where z itself overflows although t is finite (scale < 1, |t − loc|
 * near the double range: a df ≈ 1 law keeps 1e-6 of its E|X| beyond |z| = 1e308, which a density of 0 there
 * silently dropped from every quadrature). logAz = +∞ only for t = ±∞.
 */
function standardize(t: number, loc: number, scale: number): { z: number; logAz: number } {
  const d = t - loc;
  const z = d / scale;
  if (Number.isFinite(z) || !Number.isFinite(t)) return { z, logAz: Math.log(Math.abs(z)) };
  const logAd = Number.isFinite(d) ? Math.log(Math.abs(d)) : Math.log(Math.abs(0.5 * t - 0.5 * loc)) + LN2;
  return { z, logAz: logAd - Math.log(scale) };
}

/** log1p(z²/ν) without forming z² when |z| > 1e150 (from log|z|, which stays finite where z overflows). */
function log1pZ2OverDf(z: number, df: number, logAz = Math.log(Math.abs(z))): number {
  if (Math.abs(z) > HUGE_Z) return 2 * logAz - Math.log(df) + Math.log1p(df * Math.exp(-2 * logAz));
  return Math.log1p((z * z) / df);
}

/** log f(t) for Student-t(df, loc, scale). */
export function studentTLogPdf(t: number, df: number, loc = 0, scale = 1): number {
  if (Number.isNaN(t) || !valid(df, loc, scale)) return NaN;
  const { z, logAz } = standardize(t, loc, scale);
  if (logAz === Infinity) return -Infinity;
  return studentTLogDensityConstant(df) - ((df + 1) / 2) * log1pZ2OverDf(z, df, logAz) - Math.log(scale);
}

/**
 * log P(Z > z) for the standard t: with x = ν/(ν+z²), lx = −log1p(z²/ν), ly = −log1p(ν/z²),
 * z ≥ 0 gives logIbeta(ν/2, ½, x, y, lx, ly) − ln 2 and z < 0 gives log1p(−½·I).
 */
function standardLogSf(z: number, df: number, logAz = Math.log(Math.abs(z))): number {
  if (logAz === Infinity) return z > 0 ? -Infinity : 0;
  const az = Math.abs(z);
  let lx: number;
  let ly: number;
  if (az > HUGE_Z) {
    const r = df * Math.exp(-2 * logAz);
    lx = Math.log(df) - 2 * logAz - Math.log1p(r);
    ly = -Math.log1p(r);
  } else {
    lx = -Math.log1p((az * az) / df);
    ly = -Math.log1p(df / (az * az));
  }
  const logI = logIbeta(df / 2, 0.5, Math.exp(lx), Math.exp(ly), lx, ly);
  return z >= 0 ? logI - LN2 : Math.log1p(-0.5 * Math.exp(logI));
}

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
 * log E[Z·1{Z > z}] for the standard t, ν > 1: (ν + z²)f(z)/(ν − 1), from d/dz[(ν+z²)f] = −(ν−1)z f.
 * In logs: lgc − log(ν−1) + log ν − (ν−1)/2·log1p(z²/ν) (always positive).
 */
function standardLogPartialMean(z: number, df: number, logAz = Math.log(Math.abs(z))): number {
  if (logAz === Infinity) return -Infinity; // z = +∞: nothing above; z = −∞: E[Z] = 0
  return studentTLogDensityConstant(df) - Math.log(df - 1) + Math.log(df) - ((df - 1) / 2) * log1pZ2OverDf(z, df, logAz);
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
 * E[X | X > t]. Where the incomplete beta is evaluated by its direct continued fraction
 * (x < (a+1)/(a+b+2), the tail), the ratio of m(z) and F̄(z) simplifies exactly to
 * E[Z | Z > z] = ν(z + ν/z)/((ν − 1)·betacf(x, ν/2, ½)), so no difference of large logs is formed.
 */
export function studentTTailMean(t: number, df: number, loc = 0, scale = 1): number {
  if (Number.isNaN(t) || !valid(df, loc, scale)) return NaN;
  if (df <= 1) return t === Infinity ? NaN : Infinity;
  if (t === Infinity) return NaN;
  const { z, logAz } = standardize(t, loc, scale);
  const a = df / 2;
  if (z > 0) {
    const lx = -log1pZ2OverDf(z, df, logAz);
    const x = Math.exp(lx);
    if (x < (a + 1) / (a + 2.5)) {
      // scale·(z + ν/z) = (t − loc)(1 + ν/z²): the second form where z overflows (ν/z² < 1e-600 there)
      const lead = Number.isFinite(z) ? scale * (z + df / z) : t - loc;
      // lead·(ν/((ν − 1)·betacf)), not (ν·lead)/…: ν·lead can overflow where the tail mean does not
      const m = loc + lead * (df / ((df - 1) * betacf(x, a, 0.5)));
      return Number.isFinite(m) || !Number.isFinite(t) ? m : NaN;
    }
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

/**
 * The z ≥ 0 with log P(Z > z) = logQ (logQ ≤ log ½): safeguarded Newton in u = log z on
 * g(u) = logSf(e^u) − logQ, g'(u) = −z·f(z)/F̄(z), which is nearly linear in the power-law tail.
 * Start: the tail asymptote F̄(z) ≈ e^{lgc}·ν^{(ν−1)/2}·z^{−ν}; then a bracket is grown by doubling steps.
 */
function standardUpperQuantile(logQ: number, df: number): number {
  const g = (u: number): number => standardLogSf(Math.exp(u), df) - logQ;
  const uMax = Math.log(Number.MAX_VALUE);
  if (g(uMax) > 0) return Infinity;
  let u = Math.min(uMax, (studentTLogDensityConstant(df) + ((df - 1) / 2) * Math.log(df) - logQ) / df);
  let gu = g(u);
  let lo = u;
  let hi = u;
  for (let step = 1; gu > 0 ? g(hi) > 0 : g(lo) < 0; step *= 2) {
    if (gu > 0) hi = Math.min(uMax, hi + step);
    else lo -= step;
  }
  for (let i = 0; i < 200 && gu !== 0; i++) {
    if (gu > 0) lo = u;
    else hi = u;
    const z = Math.exp(u);
    const slope = -z * Math.exp(studentTLogPdf(z, df) - standardLogSf(z, df));
    let next = u - gu / slope;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - u) <= 1e-16 * Math.max(1, Math.abs(u)) || next === lo || next === hi) {
      u = next;
      break;
    }
    u = next;
    gu = g(u);
  }
  return Math.exp(u);
}

/** inf{x : P(X ≤ x) ≥ p}: the smaller of p and 1 − p (exact for p ≥ ½) is inverted on the log survival. */
export function studentTQuantile(p: number, df: number, loc = 0, scale = 1): number {
  if (!(p >= 0 && p <= 1) || !valid(df, loc, scale)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return loc;
  const z = standardUpperQuantile(Math.log(p < 0.5 ? p : 1 - p), df);
  return p < 0.5 ? loc - scale * z : loc + scale * z;
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
