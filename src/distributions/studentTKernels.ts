/**
 * Student-t kernels shared by studentT.ts and studentTQuantile.ts: argument checks, z = (t − loc)/scale with
 * log|z|, the density, and the standard tail log P(Z > z) and log P(0 < Z ≤ z) through the regularised
 * incomplete beta I_x(ν/2, ½), x = ν/(ν + z²) (numerics.md §4.2, Student-t row).
 */
import { LN2, MIN_NORMAL } from '../numerics/logspace.ts';
import { logIbeta } from '../numerics/special/incompleteBeta.ts';
import { lgamma, stirlerr } from '../numerics/special/lgamma.ts';
import { log1pmx } from '../numerics/special/log1pmx.ts';

/** Past |z| = 1e150, z² would overflow: switch to L = log|z| and r = ν/z² (numerics.md §4.2). */
const HUGE_Z = 1e150;

export function valid(df: number, loc: number, scale: number): boolean {
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
export function standardize(t: number, loc: number, scale: number): { z: number; logAz: number } {
  const d = t - loc;
  const z = d / scale;
  if (Number.isFinite(z) || !Number.isFinite(t)) return { z, logAz: Math.log(Math.abs(z)) };
  const logAd = Number.isFinite(d) ? Math.log(Math.abs(d)) : Math.log(Math.abs(0.5 * t - 0.5 * loc)) + LN2;
  return { z, logAz: logAd - Math.log(scale) };
}

/**
 * log1p(z²/ν) without forming z² when |z| > 1e150 (from log|z|, which stays finite where z overflows), nor
 * z²/ν where it overflows (ν < 5.6e-9: logPdf(1e149; ν = 1e-20) was −∞, mpmath −389.83).
 */
export function log1pZ2OverDf(z: number, df: number, logAz = Math.log(Math.abs(z))): number {
  if (Math.abs(z) > HUGE_Z || (z * z) / df === Infinity) return 2 * logAz - Math.log(df) + Math.log1p(df * Math.exp(-2 * logAz));
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
 * x = ν/(ν + z²), y = z²/(ν + z²) = 1 − x, lx = log x = −log1p(z²/ν) and ly = log y = −log1p(ν/z²), each to a
 * few ulps: x and y as quotients, not as e^lx, e^ly (e^ly has relative error |ly|·ε, which the series in y of
 * P(0 < Z ≤ z) passed on: 1.6e-14 at ν = 1e300, z = 0.52). Past |z| = 1e150 from L = log|z| and r = ν/z²
 * (numerics.md §4.2), so neither z² nor ν + z² is formed.
 */
export function betaArguments(az: number, df: number, logAz: number): { x: number; y: number; lx: number; ly: number } {
  if (az > HUGE_Z || (az * az) / df === Infinity) {
    const r = df * Math.exp(-2 * logAz);
    const lx = Math.log(df) - 2 * logAz - Math.log1p(r);
    return { x: Math.exp(lx), y: 1 / (1 + r), lx, ly: -Math.log1p(r) };
  }
  const z2OverDf = (az * az) / df;
  const dfOverZ2 = df / (az * az);
  const lx = -Math.log1p(z2OverDf);
  const x = 1 / (1 + z2OverDf);
  if (!(dfOverZ2 > 1e300)) return { x, y: 1 / (1 + dfOverZ2), lx, ly: -Math.log1p(dfOverZ2) };
  // ν/z² past 1e300 (it overflows for ν = 1e300, z = 1e-7): y = s²/(1 + s²), s = z/√ν, and
  // ly = 2·log s + lx (2·log|z| − log ν would carry ulp(log ν) ≈ 1e-13), unless s underflows
  const s = az / Math.sqrt(df);
  return { x, y: (s * s) / (1 + s * s), lx, ly: (s > 0 ? 2 * Math.log(s) : 2 * logAz - Math.log(df)) + lx };
}

/**
 * log P(Z > z) for the standard t: with x = ν/(ν+z²), z ≥ 0 gives
 * logIbeta(ν/2, ½, x, y, lx, ly) − ln 2 and z < 0 gives log1p(−½·I). For ν ≥ 30 and z² ≤ 0.43ν, logIbeta
 * evaluates I by BGRAT (incompleteBetaLargeA.ts), which holds ν → ∞, where the t law tends to the normal.
 * (betaArguments gives x, y, lx, ly.)
 */
export function standardLogSf(z: number, df: number, logAz = Math.log(Math.abs(z))): number {
  if (logAz === Infinity) return z > 0 ? -Infinity : 0;
  // log x = −log1p(z²/ν) subnormal: it keeps only the bits above 2^−1074, and BGRAT reads u = −(ν/2 − ¼)·log x
  // from it (logSf(3e-13; ν = 3.7e298) was 1.0e-13 off the normal limit). There |z| is small enough that
  // F̄ = ½ ∓ P(0 < Z ≤ |z|) does not cancel, and the central probability is formed from log y instead.
  if (Math.abs(z) < 0.5 && z * z < df * MIN_NORMAL) {
    if (z === 0) return -LN2;
    const twiceCentral = 2 * Math.exp(standardLogCentral(Math.abs(z), df));
    return Math.log1p(z > 0 ? -twiceCentral : twiceCentral) - LN2;
  }
  const { x, y, lx, ly } = betaArguments(Math.abs(z), df, logAz);
  const logI = logIbeta(df / 2, 0.5, x, y, lx, ly);
  return z >= 0 ? logI - LN2 : Math.log1p(-0.5 * Math.exp(logI));
}

/** log P(0 < Z ≤ z), z > 0: log(½·I_y(½, ν/2)), y = z²/(ν + z²), with no ½ − F̄ cancellation near z = 0. */
export function standardLogCentral(z: number, df: number): number {
  const { x, y, lx, ly } = betaArguments(z, df, Math.log(z));
  return logIbeta(0.5, df / 2, y, x, ly, lx) - LN2;
}
