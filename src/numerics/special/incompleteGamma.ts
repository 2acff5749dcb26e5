/**
 * Regularised incomplete gamma functions in log space (numerics.md §4.1; Numerical Recipes 3rd ed.
 * §6.2 for the series and the Legendre continued fraction; DLMF 8.7.3, 8.9.2; Boost.Math's
 * `tgamma_small_upper_part` for small a).
 *
 * P(a, x) = γ(a, x)/Γ(a), Q(a, x) = Γ(a, x)/Γ(a) = 1 − P. Branches:
 *   x < a + 1 (series region): log P = prefactor + log Σ_{n≥0} xⁿ/(a(a+1)…(a+n)); log Q = log1mExp(log P),
 *     except that for a < 1 with P > ½ the small-a form of Γ(a, x) gives Q without cancellation;
 *   otherwise: Legendre continued fraction (modified Lentz), log Q = prefactor + log h; log P = log1mExp.
 * `lx` (optional) is log x, so that x = 0 by underflow (Fréchet's γ(a, y), tiny y) still gives a finite log.
 */
import { log1mExp } from '../logspace.ts';
import { lgamma, lgamma1p, stirlerr } from './lgamma.ts';
import { log1pmx } from './log1pmx.ts';

const HALF_LOG_2PI = 0.9189385332046728;
const FPMIN = 1e-300;
const EPS = 3e-16;
const MAX_ITERATIONS = 100000;

/**
 * log(x^a e^{−x}/Γ(a)) = a·log x − x − lgamma(a). For a ≥ 10 (and x > 0) it is evaluated as
 * a·log1pmx((x − a)/a) + ½log(a/2π) − stirlerr(a), which keeps Q(1e5, 1e5) to 2e-16 instead of 1e-10
 * (only for x ≥ a/4: below that the terms no longer cancel, and (x − a)/a would round x/a away).
 */
export function logGammaPrefactor(a: number, x: number, lx: number = Math.log(x)): number {
  if (Number.isNaN(a) || Number.isNaN(x) || Number.isNaN(lx) || a <= 0 || x < 0) return NaN;
  if (x === Infinity) return -Infinity;
  if (a >= 10 && x >= 0.25 * a) {
    return a * log1pmx((x - a) / a) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlerr(a);
  }
  return a * lx - x - lgamma(a);
}

/** log Σ_{n≥0} xⁿ/(a(a+1)…(a+n)) (the series of γ(a, x)·eˣx^{−a}), compensated summation. */
function logLowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  let compensation = 0;
  let ap = a;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    ap += 1;
    term *= x / ap;
    const y = term - compensation;
    const t = sum + y;
    compensation = t - sum - y;
    sum = t;
    if (term < sum * 1e-17) break;
  }
  return Math.log(sum);
}

/** log h of the Legendre continued fraction, Γ(a, x) = x^a e^{−x}·h (NR `gcf`, modified Lentz). */
function logUpperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.log(h);
}

/**
 * log Γ(a, x) for 0 < a < 1, 0 < x ≤ 1.5, without cancellation (Boost `tgamma_small_upper_part`):
 *   Γ(a, x) = [Γ(1 + a) − 1 − (x^a − 1)]/a − x^a·Σ_{n≥1} (−x)ⁿ/(n!(a + n)).
 */
function logUpperGammaSmallA(a: number, x: number, lx: number): number {
  const head = (Math.expm1(lgamma1p(a)) - Math.expm1(a * lx)) / a;
  let term = 1;
  let sum = 0;
  for (let n = 1; n < 200; n++) {
    term *= -x / n;
    const contribution = term / (a + n);
    sum += contribution;
    if (Math.abs(contribution) <= 1e-17 * Math.abs(sum)) break;
  }
  return Math.log(head - Math.exp(a * lx) * sum);
}

interface LogPQ {
  readonly logP: number;
  readonly logQ: number;
}

/** Both log P and log Q, each from the branch in which it has no cancellation. */
function logRegularisedPair(a: number, x: number, lx: number): LogPQ {
  if (x < a + 1) {
    const logP = logGammaPrefactor(a, x, lx) + logLowerSeries(a, x);
    if (a < 1 && x > 0 && logP > -Math.LN2) {
      return { logP, logQ: logUpperGammaSmallA(a, x, lx) - lgamma(a) };
    }
    return { logP, logQ: log1mExp(logP) };
  }
  const logQ = logGammaPrefactor(a, x, lx) + logUpperFraction(a, x);
  return { logP: log1mExp(logQ), logQ };
}

function invalid(a: number, x: number, lx: number): boolean {
  return Number.isNaN(a) || Number.isNaN(x) || Number.isNaN(lx) || !(a > 0) || x < 0 || a === Infinity;
}

/** log P(a, x), the regularised lower incomplete gamma function; optional lx = log x. */
export function logLowerRegGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return -Infinity;
  if (x === Infinity) return 0;
  return logRegularisedPair(a, x, lx).logP;
}

/** log Q(a, x), the regularised upper incomplete gamma function; optional lx = log x. */
export function logUpperRegGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return 0;
  if (x === Infinity) return -Infinity;
  return logRegularisedPair(a, x, lx).logQ;
}

/** log Γ(a, x) (unregularised upper); in the fraction branch a·log x − x + log h, with no lgamma. */
export function logUpperGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return lgamma(a);
  if (x === Infinity) return -Infinity;
  if (x >= a + 1) return a * lx - x + logUpperFraction(a, x);
  return lgamma(a) + logRegularisedPair(a, x, lx).logQ;
}

/** log γ(a, x) (unregularised lower); in the series branch a·log x − x + log Σ, with no lgamma. */
export function logLowerGamma(a: number, x: number, lx: number = Math.log(x)): number {
  if (invalid(a, x, lx)) return NaN;
  if (lx === -Infinity) return -Infinity;
  if (x === Infinity) return lgamma(a);
  if (x < a + 1) return a * lx - x + logLowerSeries(a, x);
  return lgamma(a) + logRegularisedPair(a, x, lx).logP;
}
