/**
 * I_x(a, b) for a large and b ≤ 1 near x = 1: the asymptotic expansion BGRAT of DiDonato & Morris (1992,
 * ACM TOMS 708, §9; Temme's form, as in R's nmath/toms708.c `bgrat`). With T = a + (b − 1)/2 and
 * u = −T·log x (the Beta(a, b) law seen through −T·log X is nearly Gamma(b, 1)):
 *   I_x(a, b) = M·Σ_{n≥0} d_n·J_n,   M = e^{−u}u^b/Γ(b) · Γ(a + b)/(Γ(a)·T^b),   d_0 = 1,
 *   J_0 = Γ(b, u)·e^u·u^{−b},  J_n = [(b + 2n − 2)(b + 2n − 1)·J_{n−1} + (u + b + 2n − 1)·(log²x/4)^{n−1}]/(4T²),
 *   c_n = 1/(2n + 1)!,  d_n = (b − 1)c_n + (1/n)·Σ_{i=1}^{n−1} (ib − n)·c_i·d_{n−i}.
 * In logs: log I = log Q(b, u) + G(a, b) + log(Σ/J_0), with G = log[Γ(a + b)/(Γ(a)T^b)] written so that
 * nothing cancels for any a ≥ 10: G = a·log1pmx(b/a) − ½log1p(b/a) + b·log1p((b + 1)/(2T)) + s(a + b) − s(a)
 * (s = stirlerr). For b = ½ (Student-t), Q(½, u) = erfc(√u) and J_0 = √π·erfcx(√u)/√u.
 *
 * The continued fraction needs O(√a) steps near its threshold (x ≈ 1 − 1.5/a), so it failed there for
 * a ≳ 1e9 (Student-t logSf at df = 1e10 was 3.6e-8 off, 2.3e-3 at 1e17); BGRAT needs ≤ 30 terms and
 * reads only log x, so x = 1 − 1e-200 is as good as any. Where it is used (LARGE_A_MIN, LARGE_A_MIN_LOG_X):
 * see useLargeA; accuracy measured against mpmath in incompleteBetaLargeA.test.ts.
 */
import { logAddExp, MIN_NORMAL } from '../logspace.ts';
import { lgamma, stirlerr } from './lgamma.ts';
import { log1pmx } from './log1pmx.ts';
import { erfcx } from './erfcx.ts';
import { logUpperFraction, logUpperRegGamma } from './incompleteGamma.ts';

/** BGRAT is used for a ≥ this (TOMS 708 uses 15; the truncation error at a = 15 was measured ≤ 2e-16). */
export const LARGE_A_MIN = 15;
/** … and log x ≥ this (x ≥ 0.7, as TOMS 708's bratio: the terms fall by ~log²x/4 ≤ 0.032 each). */
export const LARGE_A_MIN_LOG_X = Math.log(0.7);
const MAX_TERMS = 30;
const TERM_EPS = 1e-17;
const SQRT_PI = 1.7724538509055159;

/** Whether logIbetaLargeA is accurate (and used) at (a, b, log x). */
export function useLargeA(a: number, b: number, lx: number): boolean {
  return a >= LARGE_A_MIN && b <= 1 && lx >= LARGE_A_MIN_LOG_X && lx < 0;
}

/** G(a, b) = log[Γ(a + b)/(Γ(a)·T^b)], T = a + (b − 1)/2, a ≥ 10, 0 < b ≤ 1 (file comment). */
export function logGammaRatioOverPower(a: number, b: number): number {
  if (a === lastRatioA && b === lastRatioB) return lastRatio; // a law's calls repeat (a, b) = (ν/2, ½)
  const T = a + 0.5 * (b - 1);
  const r = b / a;
  const g = a * log1pmx(r) - 0.5 * Math.log1p(r) + b * Math.log1p((b + 1) / (2 * T)) + stirlerr(a + b) - stirlerr(a);
  lastRatioA = a;
  lastRatioB = b;
  lastRatio = g;
  return g;
}
let lastRatioA = NaN;
let lastRatioB = NaN;
let lastRatio = NaN;

/**
 * log Q(b, u), log J_0 and uJ_0 (≈ 1 for large u), J_0 = Γ(b, u)·e^u·u^{−b}, each without cancellation or overflow
 * (b ≤ 1, u > 0, logU = log u; uJ_0 is only read for u ≥ 1, log J_0 only for u < 1, and NaN for b = ½ otherwise).
 */
function gammaTail(b: number, u: number, logU: number, sqrtU: number): { logQ: number; logJ0: number; uj0: number } {
  if (b === 0.5) {
    const e = erfcx(sqrtU);
    return { logQ: Math.log(e) - u, logJ0: u < 1 ? Math.log(SQRT_PI * e) - 0.5 * logU : NaN, uj0: SQRT_PI * e * sqrtU };
  }
  if (u >= b + 1) {
    // Legendre fraction: Γ(b, u) = u^b e^{−u}·h, so J_0 = h exactly (no e^{±u} formed)
    const logH = logUpperFraction(b, u);
    return { logQ: b * Math.log(u) - u - lgamma(b) + logH, logJ0: logH, uj0: Math.exp(logH + Math.log(u)) };
  }
  const logQ = logUpperRegGamma(b, u, logU);
  const logJ0 = logQ + lgamma(b) + u - b * logU;
  return { logQ, logJ0, uj0: Math.exp(logJ0 + logU) };
}

/**
 * Σ_{n≥0} d_n J_n / J_0, the BGRAT series relative to its first term, from R_n = J_n/J_0:
 *   R_n = (b + 2n − 2)(b + 2n − 1)·R_{n−1}/(4T²) + A_n·t₂^{n−1},  t₂ = log²x/4,  A_n = (u + b + 2n − 1)/(4T²·J_0),
 * with A_n = [t₂ + (b + 2n − 1)(−log x)/(4T)]/(uJ_0) for u ≥ 1 (u/(4T²) = −log x/(4T), u²/(4T²) = t₂), so that
 * nothing overflows for T up to 1e308 (4T² did past T ≈ 1e154, and dropped the corrections: the tail mean at
 * ν = 3.6e270 was 1.6e-3 off), and A_n = (u + b + 2n − 1)·(1/(4T²))·(1/J_0) for u < 1 (uJ_0 underflows there:
 * u = 2e-322 at Beta(42.2, 0.001) near 1).
 * NaN if the terms have not fallen below 1e-17 of the sum after 30 (outside the region of useLargeA).
 */
function relativeSeries(b: number, T: number, u: number, lx: number, tail: { logJ0: number; uj0: number }): number {
  const d = expansionCoefficients(b);
  const v = 0.25 / T / T;
  const w = -lx / (4 * T);
  const t2 = 0.25 * lx * lx;
  const large = u >= 1;
  const scale = large ? 1 / tail.uj0 : Math.exp(-tail.logJ0) * v; // 1/(uJ_0), or v/J_0
  let r = 1;
  let sum = 1;
  let t = 1;
  for (let n = 1; n <= MAX_TERMS; n++) {
    const bp2n = b + 2 * (n - 1);
    const an = large ? (t2 + (bp2n + 1) * w) * scale : (u + bp2n + 1) * scale;
    r = bp2n * (bp2n + 1) * v * r + an * t;
    t *= t2;
    const dr = d[n - 1]! * r;
    sum += dr;
    if (Math.abs(dr) <= TERM_EPS * sum) return sum;
  }
  return NaN;
}

/** c_n = 1/(2n + 1)!, n = 1…30. */
const C = ((): Float64Array => {
  const c = new Float64Array(MAX_TERMS);
  let cn = 1;
  for (let n = 1; n <= MAX_TERMS; n++) {
    cn /= 2 * n * (2 * n + 1);
    c[n - 1] = cn;
  }
  return c;
})();

let cachedB = NaN;
let cachedD = new Float64Array(MAX_TERMS);

/** d_1…d_30 of the file comment for this b (they depend on b only: kept for the last b, which is ½ for Student-t). */
function expansionCoefficients(b: number): Float64Array {
  if (b === cachedB) return cachedD;
  const d = new Float64Array(MAX_TERMS);
  for (let n = 1; n <= MAX_TERMS; n++) {
    let s = 0;
    let coef = b - n;
    for (let i = 1; i < n; i++) {
      s += coef * C[i - 1]! * d[n - i - 1]!;
      coef += b;
    }
    d[n - 1] = (b - 1) * C[n - 1]! + s / n;
  }
  cachedB = b;
  cachedD = d;
  return d;
}

/**
 * √u, u = −T·log x: √T·√(−log x) where u is subnormal (there −T·log x keeps only the bits above 2^−1074:
 * u·S at (a, log x) = (20, −5e-324) was 0.63% off, the Student-t tail mean at t = 1e-161, ν = 30 8.4e-3).
 */
function sqrtOfU(T: number, lx: number, u: number): number {
  return u < MIN_NORMAL ? Math.sqrt(T) * Math.sqrt(-lx) : Math.sqrt(u);
}

/**
 * log u, u = −T·log x; as log T + ly, ly = log(1 − x), where log x or u is subnormal (
 * u = −T·log x kept 6 bits at x = 1 − 5e-324 and log I_x(42.2, 0.001) came out 5.6e-6 off), since −log x = y(1 + y/2 + …).
 */
function logOfU(T: number, lx: number, ly: number | undefined): number {
  const u = -T * lx;
  // log u itself where u and log x are normal numbers (a sum of logs would round at ulp(log T), 1e-13 at T = 1e296)
  if (u > 1e-300 && -lx >= MIN_NORMAL) return Math.log(u);
  return Math.log(T) + (ly !== undefined ? ly : Math.log(-lx));
}

/**
 * log I_x(a, b) by BGRAT from lx = log x (x itself is not needed; ly = log(1 − x), optional, is read only where
 * log x is below 1e-300 in magnitude); a ≥ 10, 0 < b ≤ 1, lx < 0. NaN where the expansion does not converge in
 * 30 terms (callers check useLargeA first). Capped at 0.
 */
export function logIbetaLargeA(a: number, b: number, lx: number, ly?: number): number {
  const T = a + 0.5 * (b - 1);
  const u = -T * lx;
  const tail = gammaTail(b, u, u < 2 ? logOfU(T, lx, ly) : Math.log(u), sqrtOfU(T, lx, u)); // log u: exact enough once u ≥ 2
  // ≤ 0: near x = 1 the O(1) terms of G round to ~1e-17 and could make log I a hair positive
  return Math.min(0, tail.logQ + logGammaRatioOverPower(a, b) + Math.log(relativeSeries(b, T, u, lx, tail)));
}

/**
 * u·S for b = ½, where S = Σ d_n J_n is the BGRAT sum and I_x(a, ½) = e^{−u}√u·Γ(a + ½)/(√π·Γ(a)·√T)·S
 * (T = a − ¼, u = −T·log x; u·S ≈ 1 for large u): the Student-t tail mean is a ratio of O(1) factors with
 * it, no difference of large logarithms (studentT.ts).
 */
export function largeAHalfSeriesTimesU(a: number, lx: number): number {
  const T = a - 0.25;
  const u = -T * lx;
  const tail = gammaTail(0.5, u, u < 2 ? logOfU(T, lx, undefined) : Math.log(u), sqrtOfU(T, lx, u));
  return relativeSeries(0.5, T, u, lx, tail) * tail.uj0;
}

/**
 * log I_x(a, b) for a < 15, b ≤ 1, log x ≥ log 0.7, by raising a to a + n ≥ 15 (TOMS 708 `bup`; DLMF 8.17.20):
 *   I_x(a, b) = Σ_{k<n} x^{a+k}y^b/((a + k)B(a + k, b)) + I_x(a + n, b),
 * every term positive, consecutive terms in the ratio x(a + k + b)/(a + k + 1), the last by BGRAT. Used past
 * the symmetry threshold, where 1 − I_y(b, a) lost ~ulp/b for small b (1.3e-5 at (300, 1e-10, 0.998)).
 */
export function logIbetaRaised(a: number, b: number, x: number, lx: number, ly: number): number {
  const n = Math.ceil(LARGE_A_MIN - a);
  let ratioSum = 0;
  let ratio = 1;
  for (let k = 0; k < n; k++) {
    ratioSum += ratio;
    ratio *= (x * (a + k + b)) / (a + k + 1);
  }
  const logFirst = a * lx + b * ly - Math.log(a) - (lgamma(a) + lgamma(b) - lgamma(a + b));
  const head = logFirst + Math.log(ratioSum);
  return logAddExp(head, logIbetaLargeA(a + n, b, lx, ly));
}
