/**
 * The regularised incomplete beta function in log space (numerics.md §4.1; Numerical Recipes 3rd ed.
 * §6.4 for the continued fraction; DLMF 8.17.8 for the series; DiDonato & Morris 1992 / R's nmath
 * `brcomp` for the power terms).
 *
 * logIbeta(a, b, x, y, lx, ly) = log I_x(a, b), where the caller passes y = 1 − x, lx = log x and
 * ly = log(1 − x), each computed without cancellation (x may underflow to 0, lx must not).
 *   x < (a + 1)/(a + b + 2): log[x^a y^b/B(a, b)] − log a + log(betacf or ₂F₁ series);
 *   otherwise:               log1mExp of the same on (b, a, y, x, ly, lx).
 * Refinements, each measured against mpmath (see incompleteBeta.test.ts): the power terms are taken
 * around the mode once max(a, b) ≥ 10; the positive series replaces betacf where betacf loses
 * ~√max(a, b) ulps; with one shape ≤ 100 and the other ≥ 500 the small shape's series is used up to
 * twice the threshold; and when b ≪ 1 makes 1 − I ≈ 1 past the threshold, betacf is used directly there.
 * logIbetaComplement(a, b, …) = logIbeta(b, a, y, x, ly, lx).
 */
import { log1mExp, LOG_SQRT_2PI } from '../logspace.ts';
import { lgamma, stirlerr } from './lgamma.ts';
import { log1pmx } from './log1pmx.ts';
import { LARGE_A_MIN, logIbetaLargeA, logIbetaRaised, useLargeA } from './incompleteBetaLargeA.ts';

const FPMIN = 1e-300;
const CF_EPS = 3e-16;
const CF_MAX_ITERATIONS = 50000;
/** Largest x at which betacf is used on the slow side of its threshold (rate ≈ (1 − √(1−x))/(1 + √(1−x)) per step). */
const FAR_SIDE_LIMIT = 0.999;
const SERIES_MAX_TERMS = 1_000_000;
/** log(1 − I) above which log1mExp(log(1 − I)) would lose more than a factor 9.5 (= (1 − I)/I). */
const FAR_SIDE_LOG_THRESHOLD = -0.1;
/** … and only for a + b below this (larger shapes put ~½ of the mass at the threshold, and the fraction would need ~a steps). */
const FAR_SIDE_MAX_SHAPES = 200;
/**
 * In the small-shape window below the threshold (see logIbeta), log(1 − I) above which I is taken directly
 * rather than as log1mExp(log(1 − I)), whose error grows like (1 − I)/I. Measured on a ∈ {500, 2000, 8000},
 * b ∈ [0.5, 100] across the window: −0.1 gave 2.8e-13 log-scaled, −1e-3 gave 1.8e-13, −0.01 gave 2.5e-14.
 */
const SMALL_SIDE_LOG_THRESHOLD = -0.01;
/** a + b above which betacf forms its coefficients as products of ratios (the products would overflow). */
const HUGE_SHAPES = 1e150;
/** logIbetaRaised is used for b ≤ this past the threshold (a < 15, x ≥ 0.7): the old path lost ~ε/b (1.5e-14 at b = 1e-3, 1.4e-7 at 1e-10, 2.7e-3 at 1e-14). */
const RAISE_MAX_B = 0.01;

/**
 * log B(a, b) = lgamma(a) + lgamma(b) − lgamma(a + b), a, b > 0, arranged so nothing cancels when an
 * argument is large (the scheme of R's nmath lbeta.c, with p = min(a, b), q = max(a, b)):
 *   p ≥ 10: −½log q + ½log 2π + [s(p) + s(q) − s(p + q)] + (p − ½)log(p/(p + q)) + q·log1p(−p/(p + q));
 *   q ≥ 10: lgamma(p) + [s(q) − s(p + q)] + p − p·log(p + q) + (q − ½)·log1p(−p/(p + q));
 *   else:   the three lgamma values (each ≤ lgamma(20) ≈ 39).
 * s = stirlerr. Example: lbeta(0.5, 0.5) = log π.
 */
export function lbeta(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || a <= 0 || b <= 0) return NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q === Infinity) return -Infinity;
  const r = p / (p + q);
  if (p >= 10) {
    const corr = stirlerr(p) + stirlerr(q) - stirlerr(p + q);
    return -0.5 * Math.log(q) + LOG_SQRT_2PI + corr + (p - 0.5) * Math.log(r) + q * Math.log1p(-r);
  }
  if (q >= 10) {
    const corr = stirlerr(q) - stirlerr(p + q);
    return lgamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-r);
  }
  return lgamma(p) + lgamma(q) - lgamma(p + q);
}

/**
 * Continued fraction for I_x(a, b) (Numerical Recipes `betacf`, modified Lentz): returns h with
 * I_x(a, b) = x^a(1 − x)^b·h/(a·B(a, b)). Converges fast for x < (a + 1)/(a + b + 2). Stops when
 * |Δ − 1| < 3e-16 (with 1e-16 the test never passes once Δ oscillates at 1 ± 1 ulp) or after 50000
 * iterations (O(√max(a, b)) are needed).
 *
 * y = 1 − x, passed exactly by the caller where it is known (default 1 − x). The first denominator
 * 1 − (a + b)x/(a + 1) is formed as ((a + 1)y − (b − 1)x)/(a + 1): near x = 1 (large a, small b) the
 * NR form subtracts two numbers ≈ 1 and loses ulp/y relative (h·y − 1 was 1.9e-13 at (8587.7, 1,
 * y = 5/a) and 1.1e-11 at (1e5, 1, y = 1e-5)). At the threshold the new form is 2(a + 1)/(a + b + 2) > 0.
 */
export function betacf(x: number, a: number, b: number, y: number = 1 - x): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = (qap * y - (b - 1) * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  // past a + b ≈ 1e150 the products (a + m)(a + b + m) overflow (NaN at a = 5e279): take them as ratios
  const huge = qab > HUGE_SHAPES;
  for (let m = 1; m <= CF_MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = huge ? (m / (qam + m2)) * ((b - m) / (a + m2)) * x : (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    aa = huge
      ? -((a + m) / (a + m2)) * ((qab + m) / (qap + m2)) * x
      : (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < CF_EPS) break;
  }
  return h;
}

/**
 * log(x^a·y^b/B(a, b)) arranged around the mode x₀ = a/(a + b), y₀ = b/(a + b), as in R's nmath
 * `brcomp` (DiDonato & Morris 1992), because a·log x, b·log y and lbeta cancel once a or b is large
 * (at a = b = 1000, x = ½ they fall from ~1400 to ~4):
 *   [a·log(x/x₀) + b·log(y/y₀)] + [a·log x₀ + b·log y₀ − lbeta(a, b)].
 * The first bracket is a·log1pmx(u) + b·log1pmx(v), u = (x − x₀)/x₀, v = (y − y₀)/y₀ (the linear
 * parts a·u + b·v = (a + b)(x + y − 1) vanish), or the direct logs when x or y is far below its mode.
 * The second is modeLogDensityTerm(a, b).
 */
function logBetaPowerTerms(a: number, b: number, x: number, y: number, lx: number, ly: number): number {
  if (Math.max(a, b) < 10) return a * lx + b * ly - lbeta(a, b);
  const n = a + b;
  const u = (x * n - a) / a;
  const v = (y * n - b) / b;
  const aroundMode =
    u > -0.75 && v > -0.75
      ? a * log1pmx(u) + b * log1pmx(v)
      : a * logOverMode(x, lx, a, b, n) + b * logOverMode(y, ly, b, a, n);
  return aroundMode + modeLogDensityTerm(a, b);
}

/**
 * log(x/x₀) = log(x·(a + b)/a): as the log of that product where it is a normal number away from 1, else as
 * lx + log1p(b/a) (two large logs when b ≫ a and x is small: ulp(lx) = 6e-14 at lx = −260, seen in
 * P(0 < Z ≤ z) for Student-t ν = 1e100, z = 2.5e-7; near 1 the sum has no large terms and the product would round).
 */
function logOverMode(x: number, lx: number, a: number, b: number, n: number): number {
  const t = (x * n) / a;
  return x > 1e-300 && t > 1e-300 && t < 0.5 ? Math.log(t) : lx + Math.log1p(b / a); // x subnormal: imprecise
}

/**
 * a·log x₀ + b·log y₀ − lbeta(a, b), x₀ = a/(a + b), for max(a, b) ≥ 10, from Stirling's formula
 * with s = stirlerr, p = min(a, b), q = max(a, b), r = p/(p + q):
 *   p ≥ 10: ½log(pq/(p + q)) − ½log 2π − [s(p) + s(q) − s(p + q)];
 *   p < 10: p·log p − lgamma(p) − p − [s(q) − s(p + q)] + ½log1p(−r).
 */
function modeLogDensityTerm(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p >= 10) {
    const corr = stirlerr(p) + stirlerr(q) - stirlerr(p + q);
    return 0.5 * Math.log((p / (p + q)) * q) - LOG_SQRT_2PI - corr;
  }
  const corr = stirlerr(q) - stirlerr(p + q);
  return p * Math.log(p) - lgamma(p) - p - corr + 0.5 * Math.log1p(-p / (p + q));
}

/**
 * log Σ_{n≥0} (a + b)_n/(a + 1)_n·xⁿ = log ₂F₁(a + b, 1; a + 1; x) (DLMF 8.17.8), so that
 * I_x(a, b) = x^a y^b/(a·B(a, b))·₂F₁. Every term is positive, so unlike the continued fraction it does
 * not lose digits near the threshold when a shape is large (see useSeries); compensated summation.
 */
function logHypergeometricSeries(a: number, b: number, x: number): number {
  let term = 1;
  let sum = 1;
  let compensation = 0;
  for (let n = 0; n < SERIES_MAX_TERMS; n++) {
    term *= ((a + b + n) / (a + 1 + n)) * x;
    const y = term - compensation;
    const t = sum + y;
    compensation = t - sum - y;
    sum = t;
    if (term < sum * 1e-17) break;
  }
  return Math.log(sum);
}

/**
 * Series or continued fraction? betacf loses ~√max(a, b) ulps near the threshold (1e-13 at (8273, 1),
 * at a = b = 1e5); the series loses ~√(number of terms) ulps and needs ~a + 8√a + 40 terms when
 * a ≪ b, ~√(74·a(a + b)/b) + 37(a + b)/(b + 1) otherwise. So: the series for max(a, b) ≥ 500 when
 * a ≤ 100(b + 1) (a ≤ 100 included; see also `smallShapeSide` in logIbeta); the fraction elsewhere (at
 * (92, 2875) near the threshold it is within 1e-14; a ~3000-term series is not better). The series used to
 * need min(a, b) ≥ 3000 as well, but just below the threshold the fraction was 1.5e-13 off (log-scaled)
 * at (1e4, 200) and 1.1e-12 at (1e5, 999) and (3e5, 2999), the series ≤ 1.1e-14 (≤ 0.14 ms a call).
 * Still on the fraction: a > 100(b + 1) with b > 100 (5.9e-13 at (1e5, 500)), where the series needs ≳ 4e4 terms.
 */
function useSeries(a: number, b: number): boolean {
  if (Math.max(a, b) < 500) return false;
  return a <= 100 * (b + 1);
}

/** log I_x(a, b) from the power terms and either the continued fraction or the series. */
function logIbetaDirect(a: number, b: number, x: number, y: number, lx: number, ly: number, series: boolean): number {
  if (useLargeA(a, b, lx)) return logIbetaLargeA(a, b, lx, ly);
  const sum = series ? logHypergeometricSeries(a, b, x) : Math.log(betacf(x, a, b, y));
  return logBetaPowerTerms(a, b, x, y, lx, ly) - Math.log(a) + sum;
}

/** a small and b large: the series on a's side converges fast even somewhat past the threshold. */
function smallShapeSide(a: number, b: number): boolean {
  return a <= 100 && b >= 500;
}

function invalid(a: number, b: number, x: number, y: number, lx: number, ly: number): boolean {
  return (
    [a, b, x, y, lx, ly].some(Number.isNaN) || a <= 0 || b <= 0 || x < 0 || y < 0 || lx > 0 || ly > 0
  );
}

/** log I_x(a, b) for a, b > 0, 0 ≤ x ≤ 1 (arguments as in the file comment); NaN when invalid. */
export function logIbeta(a: number, b: number, x: number, y: number, lx: number, ly: number): number {
  if (invalid(a, b, x, y, lx, ly)) return NaN;
  if (lx === -Infinity) return -Infinity;
  if (ly === -Infinity) return 0;
  // a ≥ 15, b ≤ 1, x ≥ 0.7: BGRAT, accurate on both sides of the threshold (incompleteBetaLargeA.ts)
  if (useLargeA(a, b, lx)) return logIbetaLargeA(a, b, lx, ly);
  const threshold = (a + 1) / (a + b + 2);
  // b ≪ 1 past the threshold: 1 − I_y(b, a) would lose ~ulp/b; raise a to 15 and use BGRAT instead
  if (b <= RAISE_MAX_B && a < LARGE_A_MIN && x >= threshold && useLargeA(LARGE_A_MIN, b, lx)) {
    return logIbetaRaised(a, b, x, lx, ly);
  }
  if (x < threshold) {
    // (large a, small b) just below the threshold: betacf is poor there, b's series is not. But only while
    // I is not small: log1mExp(log(1 − I)) multiplies the rounding of log(1 − I) by (1 − I)/I, which lost
    // 1e-5 in log I at (500, 60, x = mean − 8.4 sd, I = e^−26). Past that point x is several sd below the
    // threshold, where betacf converges fast and is accurate.
    if (smallShapeSide(b, a) && y < 2 * (1 - threshold)) {
      const logComplement = logIbetaDirect(b, a, y, x, ly, lx, true);
      if (logComplement <= SMALL_SIDE_LOG_THRESHOLD) return log1mExp(logComplement);
    }
    return logIbetaDirect(a, b, x, y, lx, ly, useSeries(a, b));
  }
  if (smallShapeSide(a, b) && x < 2 * threshold) {
    // The series has ~√(terms) ulps of relative error in I; once I is near 1 that is an absolute error in
    // log I that the complement (small, accurate) avoids: at (86.7, 8635, x = 0.0195) log I = −4.8e-13 came
    // out −5.1e-13 from the series and exact from log1mExp(log(1 − I)), log(1 − I) = −28.4.
    const logDirect = logIbetaDirect(a, b, x, y, lx, ly, true);
    if (logDirect <= SMALL_SIDE_LOG_THRESHOLD) return logDirect;
    return log1mExp(logIbetaDirect(b, a, y, x, ly, lx, useSeries(b, a)));
  }
  const logComplement = logIbetaDirect(b, a, y, x, ly, lx, useSeries(b, a));
  // 1 − I near 1 (small b): log1mExp would multiply its rounding by (1 − I)/I ≥ 9.
  // The fraction still converges beyond (a + 1)/(a + b + 2), geometrically for x ≤ 0.999.
  if (logComplement > FAR_SIDE_LOG_THRESHOLD && x <= FAR_SIDE_LIMIT && a + b < FAR_SIDE_MAX_SHAPES) {
    return logIbetaDirect(a, b, x, y, lx, ly, false);
  }
  return log1mExp(logComplement);
}

/**
 * log(1 − I_x(a, b)) = log I_{1−x}(b, a), computed from whichever side the continued fraction
 * converges on, so there is no 1 − I cancellation.
 */
export function logIbetaComplement(
  a: number,
  b: number,
  x: number,
  y: number,
  lx: number,
  ly: number,
): number {
  return logIbeta(b, a, y, x, ly, lx);
}
