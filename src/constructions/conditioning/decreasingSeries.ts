/**
 * log Σ_{k ≥ k0} e^{h(k)} for an integer series whose terms are non-increasing on the reals from k0 on, with a
 * rigorous bracket for the tail instead of 2e5 exact terms (src/pairs/integerSeries.ts):
 * for a non-increasing H ≥ 0 on [K, ∞) (integral test, e.g. DLMF §2.10(i)),
 *   ∫_K^∞ H ≤ Σ_{k ≥ K} H(k) ≤ H(K) + ∫_K^∞ H,
 * so the tail is taken as I + H(K)/2 with error H(K)/2 + (the quadrature's error of I). The first `exactTerms`
 * terms are summed exactly (stopping early, as integerSeries.ts does, once the terms stay e^{−40} below the sum
 * for 16 steps). Used by conditionalMeanFast.ts for integer parts of V on a decreasing branch (V = loc − |s|·Y,
 * so F̄_X(t − v) decreases in y; the pmf and y·pmf decrease past the family's mode), where a polynomially decaying
 * summand (zeta V against heavy X) never settles.
 */
import { logAddExp } from '../../numerics/logspace.ts';
import { logIntegrate } from '../../numerics/quadrature.ts';
import type { LogValue } from '../../pairs/logExpectation.ts';

/**
 * @param h log term at integer k (the true pmf), used for the exact part
 * @param hExt the same log term extended to real k (non-increasing on [k0 + exactTerms, ∞)), for the tail integral
 */
export function decreasingSeries(h: (k: number) => number, hExt: (x: number) => number, k0: number, relTol: number, exactTerms = 3000): LogValue {
  let sum = -Infinity;
  let best = -Infinity;
  let quiet = 0;
  let k = k0;
  for (let n = 0; n < exactTerms; n++, k++) {
    const term = h(k);
    if (Number.isNaN(term) || term === Infinity) return { log: NaN, relError: NaN, converged: false, reason: `term ${k} of the series is ${term}` };
    sum = logAddExp(sum, term);
    best = Math.max(best, term);
    quiet = term < best && term < sum - 40 ? quiet + 1 : 0;
    if (quiet >= 16) return { log: sum, relError: 1e-15 * (n + 1) + 1e-17, converged: true };
  }
  const edge = hExt(k);
  if (!(edge < Infinity)) return { log: NaN, relError: NaN, converged: false, reason: `tail edge term at ${k} is ${edge}` };
  // ∫_K^∞ e^{H(x)} dx in u = log x (a power tail x^{−p} becomes e^{−(p−1)u}, which Gauss–Kronrod resolves; the
  // direct map of [K, ∞) onto (0, 1] under-resolved ∫ x^{−2.5} by 60% with a small error estimate), up to u = 700;
  // what lies beyond x = e^{700} must be negligible, else the sum is not resolved
  const logTail = (u: number): number => hExt(Math.exp(u)) + u;
  const U = 700;
  const tail = logIntegrate(logTail, Math.log(k), U, { relTol: Math.max(relTol, 1e-12) });
  if (!tail.converged) return { log: NaN, relError: NaN, converged: false, reason: `integral-test tail from ${k}: ${tail.reason ?? 'not converged'}` };
  if (tail.log === Infinity) return { log: Infinity, relError: NaN, converged: false, reason: `the series diverges (tail integral from ${k} is infinite)` };
  const beyond = logTail(U);
  if (beyond > logAddExp(sum, tail.log) - 50) return { log: NaN, relError: NaN, converged: false, reason: `series terms beyond e^${U} not negligible (log integrand ${beyond} there)` };
  const half = edge - Math.LN2;
  const log = logAddExp(sum, logAddExp(tail.log, half));
  // the bracket half-width H(K)/2 and the integral's own error, relative to the whole sum
  const relError = Math.exp(half - log) + (tail.relError || 0) * Math.exp(tail.log - log) + 1e-15 * exactTerms;
  return { log, relError, converged: true };
}
