/**
 * High-precision (60-digit BigNumber) evaluations of elementary closed forms, used by tests to
 * cross-check the double-precision log-space formulas of numerics.md §4.2–4.3. Only closed forms made
 * of +, −, ×, ÷, exp and log belong here: mathjs has no BigNumber lgamma, erf or incomplete functions
 * (special-function references come from mpmath fixtures instead). Each function takes doubles
 * (converted exactly), computes in BigNumber and rounds the result once to the nearest double, so its
 * error is ≤ ½ ulp; ~0.1 ms per call, never for production paths.
 */
import {
  type Big,
  big,
  bigAdd,
  bigDiv,
  bigLog,
  bigMul,
  bigNeg,
  bigSub,
  toNumber,
} from './adapters/mathjs.ts';

/** Pareto I(xm, α): log P(X > t) = −α·log(t/xm) for t > xm, 0 otherwise. */
export function hpParetoLogSf(t: number, xm: number, alpha: number): number {
  if (!(xm > 0) || !(alpha > 0) || Number.isNaN(t)) return NaN;
  if (t <= xm) return 0;
  return toNumber(bigNeg(bigMul(alpha, bigLog(bigDiv(t, xm)))));
}

/**
 * Pareto I(xm, α): log E[X·1{X > t}] = log(α/(α − 1)) + log xm − (α − 1)·log(t/xm) for t > xm,
 * log(α·xm/(α − 1)) for t ≤ xm; +∞ for α ≤ 1.
 */
export function hpParetoLogPartialMean(t: number, xm: number, alpha: number): number {
  if (!(xm > 0) || !(alpha > 0) || Number.isNaN(t)) return NaN;
  if (alpha <= 1) return Infinity;
  const head = bigLog(bigDiv(bigMul(alpha, xm), bigSub(alpha, 1)));
  if (t <= xm) return toNumber(head);
  return toNumber(bigSub(head, bigMul(bigSub(alpha, 1), bigLog(bigDiv(t, xm)))));
}

/** Exponential(rate r): log P(X > t) = −r·t for t ≥ 0, 0 otherwise. */
export function hpExponentialLogSf(t: number, rate: number): number {
  if (!(rate > 0) || Number.isNaN(t)) return NaN;
  if (t <= 0) return 0;
  return toNumber(bigNeg(bigMul(rate, t)));
}

/** Exponential(rate r): log E[X·1{X > t}] = −r·t + log(t + 1/r) for t ≥ 0, log(1/r) for t < 0. */
export function hpExponentialPartialMean(t: number, rate: number): number {
  if (!(rate > 0) || Number.isNaN(t)) return NaN;
  const invRate = bigDiv(1, rate);
  if (t <= 0) return toNumber(bigLog(invRate));
  return toNumber(bigAdd(bigNeg(bigMul(rate, t)), bigLog(bigAdd(t, invRate))));
}

/** Lomax(α, λ): log P(X > t) = −α·log(1 + t/λ) for t ≥ 0, 0 otherwise. */
export function hpLomaxLogSf(t: number, alpha: number, lambda: number): number {
  if (!(alpha > 0) || !(lambda > 0) || Number.isNaN(t)) return NaN;
  if (t <= 0) return 0;
  return toNumber(bigNeg(bigMul(alpha, bigLog(bigAdd(1, bigDiv(t, lambda))))));
}

/**
 * Binary KL divergence kl(p‖q) = p·log(p/q) + (1 − p)·log((1 − p)/(1 − q)) (claims.md §1), with
 * 0·log 0 = 0; +∞ when p puts mass where q has none. 1 − p and 1 − q are exact in BigNumber.
 */
export function hpBinaryKl(p: number, q: number): number {
  if (!(p >= 0 && p <= 1 && q >= 0 && q <= 1)) return NaN;
  if ((p > 0 && q === 0) || (p < 1 && q === 1)) return Infinity;
  const first = p === 0 ? big(0) : klTerm(big(p), big(q));
  const second = p === 1 ? big(0) : klTerm(bigSub(1, p), bigSub(1, q));
  return toNumber(bigAdd(first, second)); // summed before rounding: the terms cancel when p ≈ q
}

/** b·log(b/c) for b, c > 0. */
function klTerm(b: Big, c: Big): Big {
  return bigMul(b, bigLog(bigDiv(b, c)));
}
