/**
 * log Γ and the Stirling remainder (numerics.md §4.1; DLMF 5.11.1 for the Stirling series,
 * DLMF 5.7.3 / A&S 6.1.33 for the Taylor series of log Γ(1 + ε)).
 *
 * lgamma(x) = log|Γ(x)| for x > 0:
 *   x ≥ 10: Stirling, (x − ½)log x − x + ½log 2π + Σ_{k=1..8} B_{2k}/(2k(2k − 1)x^{2k−1});
 *   x < 10: the Taylor series of log Γ(1 + ε) about 1 (x < 1.5, with −log x below ½) or about 2
 *     (after stepping x down into [1.5, 2.5) and adding the log of the exact product of the steps).
 * This keeps full relative accuracy at the zeros x = 1 and x = 2, and the absolute error below
 * 1 ulp of the value elsewhere (numerics.md's shift-up to 10 loses ~2e-15 absolute at x = 2.5…3).
 * NaN for x ≤ 0 and NaN (the reflection formula is not needed by any family); +∞ at +∞ and for x
 * beyond ~2.5e305, where the value itself overflows.
 * Example: lgamma(0.5) = log √π = 0.5723649429247001.
 */
import { LOG_SQRT_2PI } from '../logspace.ts';
import { log1pmx } from './log1pmx.ts';

const EULER_GAMMA = 0.5772156649015329;

/** B_{2k}/(2k(2k − 1)), k = 1…8 (DLMF 5.11.1). */
const STIRLING = [
  1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400,
];

/** ζ(k) − 1 for k = 2, 3, … (mpmath: zeta(k) - 1 at 40 digits). */
export const ZETA_MINUS_ONE = [
  0.64493406684822644, 0.20205690315959429, 0.082323233711138192, 0.036927755143369926,
  0.01734306198444914, 0.0083492773819228268, 0.0040773561979443394, 0.0020083928260822144,
  0.00099457512781808534, 0.00049418860411946456, 0.0002460865533080483, 0.00012271334757848915,
  6.1248135058704829e-5, 3.0588236307020494e-5, 1.5282259408651872e-5, 7.6371976378997623e-6,
  3.8172932649998399e-6, 1.9082127165539389e-6, 9.5396203387279611e-7, 4.7693298678780646e-7,
  2.3845050272773299e-7, 1.1921992596531107e-7, 5.960818905125948e-8, 2.980350351465228e-8,
  1.4901554828365041e-8, 7.4507117898354295e-9, 3.7253340247884571e-9, 1.862659723513049e-9,
  9.3132743241966818e-10, 4.6566290650337841e-10, 2.3283118336765055e-10, 1.164155017270052e-10,
  5.8207720879027009e-11, 2.9103850444970997e-11, 1.4551921891041984e-11, 7.275959835057481e-12,
  3.6379795473786512e-12, 1.8189896503070659e-12, 9.0949478402638893e-13, 4.547473783042154e-13,
  2.2737368458246525e-13, 1.1368684076802278e-13, 5.6843419876275856e-14, 2.8421709768893019e-14,
  1.4210854828031607e-14, 7.1054273952108527e-15, 3.5527136913371137e-15, 1.7763568435791203e-15,
  8.8817842109308159e-16, 4.4408921031438134e-16, 2.220446050798042e-16, 1.1102230251410661e-16,
  5.5511151248454812e-17, 2.7755575621361242e-17,
];

/** Σ_{k=1..8} B_{2k}/(2k(2k − 1)x^{2k−1}): the Stirling remainder for x ≥ 10. */
function stirlingSeries(x: number): number {
  const r = 1 / (x * x);
  let s = STIRLING[7];
  for (let k = 6; k >= 0; k--) s = s * r + STIRLING[k];
  return s / x;
}

/**
 * log Γ(1 + ε) for −½ ≤ ε ≤ 1, with full relative accuracy near ε = 0:
 *   −γε − log1pmx(ε) + Σ_{k≥2} (−1)^k (ζ(k) − 1) ε^k / k   (A&S 6.1.33 with ζ(k) = 1 + (ζ(k) − 1)).
 * The residual series converges like (ε/2)^k.
 */
export function lgamma1p(eps: number): number {
  if (Number.isNaN(eps) || eps < -0.5 || eps > 1) return eps > -1 ? lgamma(1 + eps) : NaN;
  let sum = 0;
  let power = eps * eps;
  for (let k = 2; k - 2 < ZETA_MINUS_ONE.length; k++) {
    const term = (ZETA_MINUS_ONE[k - 2] * power) / k;
    sum += k % 2 === 0 ? term : -term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    power *= eps;
  }
  return -EULER_GAMMA * eps - log1pmx(eps) + sum;
}

/** log|Γ(x)| for x > 0 (see the file comment); NaN for x ≤ 0. */
export function lgamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingSeries(x);
  if (x < 0.5) return lgamma1p(x) - Math.log(x);
  if (x < 1.5) return lgamma1p(x - 1);
  // 1.5 ≤ x < 10: Γ(x) = (x − 1)(x − 2)…(y)·Γ(y) with y ∈ [1.5, 2.5); each x − k is exact.
  let y = x;
  let product = 1;
  while (y >= 2.5) {
    y -= 1;
    product *= y;
  }
  return Math.log(product) + Math.log1p(y - 2) + lgamma1p(y - 2);
}

/**
 * Stirling remainder stirlerr(a) = lgamma(a) − [(a − ½)log a − a + ½log 2π] for a > 0.
 *   a ≥ 10: the Stirling series directly;
 *   1 ≤ a < 10: recurrence stirlerr(a) = stirlerr(a + 1) + Σ_{k≥1} u^{2k}/(2k + 1), u = 1/(2a + 1)
 *     (since (a + ½)log(1 + 1/a) − 1 = atanh(u)/u − 1), with no cancellation;
 *   a < 1: the definition (the value is ≥ 0.08, so nothing cancels).
 * Example: stirlerr(10) = 0.008330563433362871.
 */
export function stirlerr(a: number): number {
  if (Number.isNaN(a) || a <= 0) return NaN;
  if (a === Infinity) return 0;
  if (a >= 10) return stirlingSeries(a);
  if (a < 1) return lgamma(a) - ((a - 0.5) * Math.log(a) - a + LOG_SQRT_2PI);
  let y = a;
  let correction = 0;
  while (y < 10) {
    const u = 1 / (2 * y + 1);
    const u2 = u * u;
    let power = u2;
    for (let k = 1; k < 60; k++) {
      const term = power / (2 * k + 1);
      correction += term;
      if (term <= 1e-18 * correction) break;
      power *= u2;
    }
    y += 1;
  }
  return stirlingSeries(y) + correction;
}
