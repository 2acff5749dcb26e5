/**
 * Kullback–Leibler divergences of finite laws, stable far into tails (numerics.md §4.3).
 *
 * Binary KL. For Bernoulli laws a = P(A), b = Q(A), with d = log a − log b and y = (b − a)/(1 − b),
 *   kl(a ‖ b) = a·log(a/b) + (1 − a)·log((1 − a)/(1 − b)) = a·ψ(d) + (1 − b)·g(y),
 *   ψ(d) = e^{−d} − 1 + d ≥ 0,   g(y) = (1 + y)·log1p(y) − y ≥ 0.
 * (Expand: a·ψ(d) = a·d − (b − a) and (1 − b)(1 + y) = 1 − a.) Both parts are non-negative and are
 * evaluated by series near 0, so nothing cancels, including at a ≈ b where kl ~ (a − b)²/(2b(1 − b)).
 */
import { log1mExp } from './logspace.ts';

/** ψ(d) = e^{−d} − 1 + d = Σ_{k≥2} (−d)^k/k!; series for |d| < 1 (no cancellation), direct beyond. */
function psi(d: number): number {
  if (Math.abs(d) >= 1) return Math.expm1(-d) + d;
  let term = -d;
  let sum = 0;
  for (let k = 2; k < 40; k++) {
    term *= -d / k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * sum) break;
  }
  return sum;
}

/**
 * g(y) = (1 + y)log1p(y) − y for y ≥ −1. With v = y/(2 + y) (so log1p(y) = 2 atanh v):
 * g = [2v² + 2(1 + v)·Σ_{k≥1} v^{2k+1}/(2k+1)]/(1 − v), used for |v| ≤ ½; direct beyond.
 */
function gFn(y: number): number {
  if (y === -1) return 1;
  const v = y / (2 + y);
  if (Math.abs(v) > 0.5) return (1 + y) * Math.log1p(y) - y;
  const v2 = v * v;
  let p = v * v2;
  let s = 0;
  for (let k = 1; k < 60; k++) {
    const t = p / (2 * k + 1);
    s += t;
    if (Math.abs(t) <= 1e-17 * Math.abs(s)) break;
    p *= v2;
  }
  return (2 * v2 + 2 * (1 + v) * s) / (1 - v);
}

/**
 * kl(a ‖ b) from a, log a, 1 − a, b, log b, 1 − b, log(1 − b) and d = log(a/b), each supplied without cancellation.
 * Exact edge cases: a = 0 → −log(1 − b); a = 1 → −log b; b = 0 < a or b = 1 > a → +∞.
 */
function binaryKlCore(a: number, la: number, ca: number, b: number, lb: number, cb: number, lcb: number, d = la - lb): number {
  if (a === 0) return 0 - lcb;
  if (ca === 0) return 0 - lb;
  if (lb === -Infinity || cb === 0) return Infinity;
  let first: number;
  let y: number;
  if (Math.abs(d) < 1) {
    // b − a = a·expm1(−d) without cancellation
    first = a * psi(d);
    y = (a * Math.expm1(-d)) / cb;
  } else {
    // a·ψ(d) = b − a + a·d; e^{−d} is not formed, since it would carry the error ε·|log a| of d into b
    first = b - a + a * d;
    y = (b - a) / cb;
  }
  return first + cb * gFn(y);
}

function validP(p: number): boolean {
  return p >= 0 && p <= 1;
}

/**
 * kl(p ‖ q) = p·log(p/q) + (1 − p)·log((1 − p)/(1 − q)) for q = e^{logQ} given by its log (q may be
 * 1e-300, e^{−1e5}, …). NaN when p ∉ [0, 1] or logQ ∉ [−∞, 0].
 * @example binaryKl(1e-6, Math.log(1e-19)) // 2.9933606208922594e-5 (mpmath: 2.99336062089225...e-5)
 */
export function binaryKl(p: number, logQ: number): number {
  if (!validP(p) || !(logQ <= 0)) return NaN;
  return binaryKlCore(p, Math.log(p), 1 - p, Math.exp(logQ), logQ, -Math.expm1(logQ), log1mExp(logQ));
}

/**
 * kl(q ‖ p) with q = e^{logQ}: the reverse direction, KL(Q‖P) of numerics.md §4.3.
 * log(1 − q) is log1mExp(logQ); q itself may underflow while logQ stays finite.
 */
export function binaryKlReverse(p: number, logQ: number): number {
  if (!validP(p) || !(logQ <= 0)) return NaN;
  const q = Math.exp(logQ);
  if (q === 0 && logQ > -Infinity) {
    // 0 < q < 5e-324: kl(q ‖ p) = −log(1 − p) + O(q·|log q|), and +∞ where p ∈ {0, 1}.
    return p === 0 || p === 1 ? Infinity : -Math.log1p(-p);
  }
  return binaryKlCore(q, logQ, -Math.expm1(logQ), p, Math.log(p), 1 - p, Math.log1p(-p));
}

/**
 * kl(p ‖ q) from probabilities (1 − q formed directly, exact for q ≥ ½). For ½ ≤ p/q ≤ 2, d = log(p/q) is
 * log1p((p − q)/q) with p − q exact (Sterbenz), so kl stays relatively accurate as p → q.
 */
export function binaryKlFromProbs(p: number, q: number): number {
  if (!validP(p) || !validP(q)) return NaN;
  const lp = Math.log(p);
  const lq = Math.log(q);
  const d = p >= 0.5 * q && p <= 2 * q && q > 0 ? Math.log1p((p - q) / q) : lp - lq;
  return binaryKlCore(p, lp, 1 - p, q, lq, 1 - q, Math.log1p(-q), d);
}

/**
 * KL(p ‖ q) = Σ p_i log(p_i/q_i) for laws on the same finite set: 0·log 0 = 0, +∞ where p_i > 0 = q_i.
 * Each term is written p_i·ψ(log p_i − log q_i) + (q_i − p_i)·… so that the sum is non-negative term by
 * term: Σ [p_i log(p_i/q_i) − p_i + q_i] − (Σq − Σp). NaN for different lengths, negative or non-finite
 * entries, or sums further than 1e-9 from 1.
 */
export function klCategorical(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length || p.length === 0) return NaN;
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    if (!(p[i] >= 0 && p[i] < Infinity && q[i] >= 0 && q[i] < Infinity)) return NaN;
    sp += p[i];
    sq += q[i];
  }
  if (Math.abs(sp - 1) > 1e-9 || Math.abs(sq - 1) > 1e-9) return NaN;
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) sum += q[i];
    else if (q[i] === 0) return Infinity;
    else {
      const d = Math.log(p[i]) - Math.log(q[i]);
      sum += d > -700 ? p[i] * psi(d) : q[i] - p[i] + p[i] * d;
    }
  }
  return Math.max(0, sum - (sq - sp));
}

/** Pinsker: TV(P, Q) ≤ √(KL/2) (Tsybakov, Introduction to Nonparametric Estimation, Lemma 2.5). NaN for KL < 0. */
export function totalVariationBound(kl: number): number {
  return kl >= 0 ? Math.sqrt(kl / 2) : NaN;
}

