/**
 * Student-t quantile: inf{x : P(X ≤ x) ≥ p}, by safeguarded Newton in u = log z on the log tail (numerics.md
 * §4.2), or near the median on log P(0 < Z ≤ z) and its inverse series.
 */
import {
  standardLogCentral,
  standardLogSf,
  studentTLogDensityConstant,
  studentTLogPdf,
  valid,
} from './studentTKernels.ts';

/**
 * The root of an increasing h(u) (u = log z): safeguarded Newton from u0 with derivative `slope`; a bracket is
 * grown by doubling steps, and a Newton step that leaves it is replaced by bisection. Infinity when h(uMax) < 0
 * (the root is past the double range: for ν = 1e-5, P(0 < Z ≤ MAX_VALUE) < 0.2 and quantile(0.3) looped forever).
 */
function solveIncreasing(h: (u: number) => number, slope: (u: number) => number, u0: number, uMax: number): number {
  let u = Math.min(uMax, u0);
  let hu = h(u);
  let lo = u;
  let hi = u;
  for (let step = 1; hu < 0 ? h(hi) < 0 : h(lo) > 0; step *= 2) {
    if (hu < 0) {
      if (hi === uMax) return Infinity;
      hi = Math.min(uMax, hi + step);
    }
    else lo -= step;
  }
  for (let i = 0; i < 200 && hu !== 0; i++) {
    if (hu < 0) lo = u;
    else hi = u;
    let next = u - hu / slope(u);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - u) <= 1e-16 * Math.max(1, Math.abs(u)) || next === lo || next === hi) return next;
    u = next;
    hu = h(u);
  }
  return u;
}

const LOG_MAX = Math.log(Number.MAX_VALUE);

/**
 * The z ≥ 0 with log P(Z > z) = logQ (logQ < log ¼): Newton in u = log z on logQ − logSf(e^u), derivative
 * z·f(z)/F̄(z), nearly linear in the power-law tail. Start: the tail asymptote F̄(z) ≈ e^{lgc}·ν^{(ν−1)/2}·z^{−ν}.
 */
function standardUpperQuantile(logQ: number, df: number): number {
  if (standardLogSf(Math.exp(LOG_MAX), df) > logQ) return Infinity;
  const u0 = (studentTLogDensityConstant(df) + ((df - 1) / 2) * Math.log(df) - logQ) / df;
  const h = (u: number): number => logQ - standardLogSf(Math.exp(u), df);
  const slope = (u: number): number => {
    const z = Math.exp(u);
    return z * Math.exp(studentTLogPdf(z, df) - standardLogSf(z, df));
  };
  return Math.exp(solveIncreasing(h, slope, u0, LOG_MAX));
}

/**
 * The z > 0 with P(0 < Z ≤ z) = δ (0 < δ ≤ ¼), for p near the median: inverting F̄ = ½ − δ there lost ~ulp/z
 * relative (2.6e-10 at p = 0.4999999), so Newton runs on log(½·I_y(½, ν/2)) = log δ (standardLogCentral),
 * derivative z·f(z)/δ(z), from z₀ = δ/f(0).
 */
function standardCentralQuantile(delta: number, df: number): number {
  // Very near the median, the inverse series of P(0 < Z ≤ z) = f(0)(z + p₃z³ + p₅z⁵ + …), p₃ = −(ν+1)/(6ν),
  // p₅ = (ν+1)(ν+3)/(40ν²): z = w − p₃w³ + (3p₃² − p₅)w⁵, w = δ/f(0), truncation ~(p₃w²)³ ≤ 1e-18 here; Newton
  // in logs would carry ulp(log δ) ≈ |log δ|·ε relative (4e-15 at δ = 1e-11)
  const w = delta / Math.exp(studentTLogDensityConstant(df));
  const p3 = -(1 + 1 / df) / 6;
  if (Math.abs(p3) * w * w <= 1e-6) {
    const p5 = ((1 + 1 / df) * (1 + 3 / df)) / 40;
    const w2 = w * w;
    return w * (1 + w2 * (-p3 + w2 * (3 * p3 * p3 - p5)));
  }
  const logDelta = Math.log(delta);
  const h = (u: number): number => standardLogCentral(Math.exp(u), df) - logDelta;
  const slope = (u: number): number => {
    const z = Math.exp(u);
    return z * Math.exp(studentTLogPdf(z, df) - standardLogCentral(z, df));
  };
  return Math.exp(solveIncreasing(h, slope, logDelta - studentTLogDensityConstant(df), LOG_MAX));
}

/**
 * inf{x : P(X ≤ x) ≥ p}. For ¼ ≤ p ≤ ¾ from δ = |p − ½| (exact there) by standardCentralQuantile; otherwise
 * the smaller of p and 1 − p (exact for p ≥ ½) is inverted on the log survival.
 */
export function studentTQuantile(p: number, df: number, loc = 0, scale = 1): number {
  if (!(p >= 0 && p <= 1) || !valid(df, loc, scale)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return loc;
  const z =
    p >= 0.25 && p <= 0.75
      ? standardCentralQuantile(Math.abs(p - 0.5), df)
      : standardUpperQuantile(Math.log(p < 0.5 ? p : 1 - p), df);
  return p < 0.5 ? loc - scale * z : loc + scale * z;
}
