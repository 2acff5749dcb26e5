/**
 * Log-space arithmetic. Tail probabilities and partial means are carried as logarithms so that
 * nothing underflows far in a tail (claims.md §4; numerics.md §4.1).
 */

/** A signed quantity held as sign·e^log: {log: -Infinity, sign: 0} is zero, {log: Infinity, sign: 1} is +∞. */
export interface SignedLog {
  readonly log: number;
  readonly sign: -1 | 0 | 1;
}

export const LN2 = Math.LN2;
/** 2^−1022, the smallest normal double: below it a quotient or product has lost relative precision. */
export const MIN_NORMAL = 2.2250738585072014e-308;
/** ½·log(2π), the correctly rounded double (0.5·Math.log(2π) is one ulp low). */
export const LOG_SQRT_2PI = 0.9189385332046728;
export const SIGNED_ZERO: SignedLog = { log: -Infinity, sign: 0 };

/** log(1 − e^l) for l ≤ 0, without cancellation (Mächler 2012): log(−expm1(l)) near 0, log1p(−e^l) below −ln 2. */
export function log1mExp(l: number): number {
  if (Number.isNaN(l) || l > 0) return NaN;
  return l > -LN2 ? Math.log(-Math.expm1(l)) : Math.log1p(-Math.exp(l));
}

/** log(1 + e^x) (softplus), exact for every double x. */
export function log1pExp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 0) return x + Math.log1p(Math.exp(-x));
  return Math.log1p(Math.exp(x));
}

/** log(e^a + e^b). */
export function logAddExp(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  if (hi === -Infinity) return -Infinity;
  if (hi === Infinity) return Infinity;
  return hi + Math.log1p(Math.exp(lo - hi));
}

/**
 * log(e^a − e^b) clamped at the order: −∞ where a ≤ b (a difference that rounding made ≤ 0 — callers carry its
 * error separately), a where b = −∞; otherwise a + log(−expm1(b − a)). NaN in, NaN out.
 */
export const logSubExpClamped = (a: number, b: number): number => (b === -Infinity ? a : a <= b ? -Infinity : a + Math.log(-Math.expm1(b - a)));

/** log(e^a − e^b) for a ≥ b; NaN when a < b. */
export function logSubExp(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b) || b > a) return NaN;
  if (b === -Infinity) return a;
  if (a === b) return -Infinity;
  return a + log1mExp(b - a);
}

/** log Σ e^{x_i}, stable for any mix of magnitudes; −Infinity for an empty list. */
export function logSumExp(xs: readonly number[]): number {
  let hi = -Infinity;
  for (const x of xs) {
    if (Number.isNaN(x)) return NaN;
    if (x > hi) hi = x;
  }
  if (hi === -Infinity || hi === Infinity) return hi;
  let s = 0;
  for (const x of xs) s += Math.exp(x - hi);
  return hi + Math.log(s);
}

/** Signed log-sum: (sa·e^la) + (sb·e^lb) as a SignedLog. */
export function lsum(a: SignedLog, b: SignedLog): SignedLog {
  if (Number.isNaN(a.log) || Number.isNaN(b.log)) return { log: NaN, sign: 0 };
  if (a.sign === 0 || a.log === -Infinity) return b.sign === 0 ? SIGNED_ZERO : b;
  if (b.sign === 0 || b.log === -Infinity) return a;
  if (a.sign === b.sign) return { log: logAddExp(a.log, b.log), sign: a.sign };
  if (a.log === Infinity && b.log === Infinity) return { log: NaN, sign: 0 };
  if (a.log === b.log) return SIGNED_ZERO;
  const [big, small] = a.log > b.log ? [a, b] : [b, a];
  return { log: logSubExp(big.log, small.log), sign: big.sign };
}

/** A finite or infinite number as a SignedLog. */
export function toSignedLog(x: number): SignedLog {
  if (Number.isNaN(x)) return { log: NaN, sign: 0 };
  if (x === 0) return SIGNED_ZERO;
  return { log: Math.log(Math.abs(x)), sign: x > 0 ? 1 : -1 };
}

/** The number sign·e^log (±Infinity and 0 where it leaves the double range). */
export function fromSignedLog(s: SignedLog): number {
  if (Number.isNaN(s.log)) return NaN;
  return s.sign === 0 ? 0 : s.sign * Math.exp(s.log);
}

/** Multiply a SignedLog by a positive quantity given by its log. */
export function scaleSignedLog(s: SignedLog, logFactor: number): SignedLog {
  if (s.sign === 0) return SIGNED_ZERO;
  return { log: s.log + logFactor, sign: s.sign };
}
