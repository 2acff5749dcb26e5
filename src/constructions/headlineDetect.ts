/**
 * Detectability of a band reweighting from n samples (claims.md "Headline corollary", detectability).
 * P and Q differ only in the tail mass (p under P, q under Q, given the same conditional laws on each side
 * of t), so the count K of the n samples that land above t is sufficient, K ~ Bin(n, p) against Bin(n, q),
 * and TV(Pⁿ, Qⁿ) = TV(Bin(n, p), Bin(n, q)). For p > q the likelihood ratio increases in k, so the best test
 * rejects when K ≥ k*, k* the least k with Bin(n,p)(k) ≥ Bin(n,q)(k):
 *   TV = P_p(K ≥ k*) − P_q(K ≥ k*),  P_x(K ≥ k) = I_x(k, n − k + 1) (regularised incomplete beta).
 * A certified lower bound that needs only q ≤ e^{logQHi}: the test {K ≥ 1} gives
 *   TV(Pⁿ, Qⁿ) ≥ (1 − q)ⁿ − (1 − p)ⁿ ≥ (1 − e^{logQHi})ⁿ − (1 − p)ⁿ.
 */
import { log1mExp } from '../numerics/logspace.ts';
import { logIbeta } from '../numerics/special/incompleteBeta.ts';

/** log P(K ≥ k) for K ~ Bin(n, x), x = e^{lx}. */
function logUpperTail(n: number, k: number, lx: number): number {
  if (k <= 0) return 0;
  if (k > n) return -Infinity;
  const x = Math.exp(lx);
  return logIbeta(k, n - k + 1, x, -Math.expm1(lx), lx, log1mExp(lx));
}

/** TV(Bin(n, p), Bin(n, q)) for 0 < q < p < 1, q = e^{logQ}; NaN outside. */
export function binomialTv(n: number, p: number, logQ: number): number {
  if (!(Number.isInteger(n) && n >= 1 && p > 0 && p < 1 && logQ < Math.log(p))) return NaN;
  const lp = Math.log(p);
  const l1q = log1mExp(logQ);
  const l1p = Math.log1p(-p);
  const kStar = Math.min(n, Math.max(1, Math.ceil((n * (l1q - l1p)) / (lp - logQ + l1q - l1p) - 1e-12)));
  const a = logUpperTail(n, kStar, lp);
  const b = logUpperTail(n, kStar, logQ);
  return b >= a ? 0 : Math.exp(a) * -Math.expm1(b - a);
}

/** (1 − e^{logQHi})ⁿ − (1 − p)ⁿ: a lower bound on TV(Pⁿ, Qⁿ) valid for every q ≤ e^{logQHi}. */
export function detectLowerBound(n: number, p: number, logQHi: number): number {
  const a = n * log1mExp(logQHi);
  const b = n * Math.log1p(-p);
  return b >= a ? 0 : Math.exp(a) * -Math.expm1(b - a);
}
