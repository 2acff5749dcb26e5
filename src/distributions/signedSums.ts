/**
 * Small pieces shared by the closed forms of E[X·1{X < t}] (closedLowerPartialMean.ts,
 * logLogisticLowerPartialMean.ts): signed sums in log space that refuse to cancel more than 3 digits (relative
 * error ≤ 1e3·ε per term, the kernel's rule in lowerPartialMean.ts), and G(a, ℓ) = ∫₀^ℓ e^{−aτ}dτ.
 */
import { log1mExp, lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';

const LOG_CANCELLATION_LIMIT = Math.log(1e-3);

/** e^{log} as a nonnegative SignedLog; undefined for NaN. */
export function positive(log: number): SignedLog | undefined {
  return Number.isNaN(log) ? undefined : log === -Infinity ? SIGNED_ZERO : { log, sign: 1 };
}

/** log G(a, ℓ), G(a, ℓ) = ∫₀^ℓ e^{−aτ}dτ, ℓ > 0. */
export function logExpIntegral(a: number, ell: number): number {
  if (a === 0) return Math.log(ell);
  if (a > 0) return Math.log(-Math.expm1(-a * ell)) - Math.log(a);
  return -a * ell + log1mExp(a * ell) - Math.log(-a); // (e^{|a|ℓ} − 1)/|a|
}

/** Σ of signed terms, undefined when it cancels more than 3 digits (or is NaN). */
export function sumOf(terms: readonly SignedLog[]): SignedLog | undefined {
  let acc = SIGNED_ZERO;
  let scale = -Infinity;
  for (const t of terms) {
    if (Number.isNaN(t.log)) return undefined;
    if (t.sign === 0) continue;
    acc = lsum(acc, t);
    scale = Math.max(scale, t.log);
  }
  if (scale === -Infinity) return SIGNED_ZERO;
  if (acc.sign === 0 || Number.isNaN(acc.log) || acc.log - scale < LOG_CANCELLATION_LIMIT) return undefined;
  return acc;
}
