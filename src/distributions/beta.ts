/**
 * Beta(α, β) on [0, 1]. numerics.md §4.2 (Beta row), with I the regularised incomplete beta function:
 *   log F̄(t) = log I_{1−t}(β, α) = logIbeta(β, α, 1−t, t, log1p(−t), log t);
 *   E[X·1{X > t}] = α/(α+β)·I_{1−t}(β, α+1); right of the mean the tail mean is formed as
 *   1 − β/(α+β)·I_{1−t}(β+1, α)/I_{1−t}(β, α) (the small complement carries the rounding);
 *   E[e^{λX}] = M(α; α+β; λ) (Kummer's function, DLMF 13.2.2) for λ ≥ 0 and, since 1 − X ~ Beta(β, α),
 *   e^{λ}·M(β; α+β; −λ) for λ < 0 — so only M(a; c; z) with z ≥ 0 is needed: its series has positive
 *   terms (summed with rescaling, finite in log space for any z), and for z beyond 1e4·(1 + c−a)(1 + |1−a|)
 *   the asymptotic form log M = lgamma(c) − lgamma(a) + z + (a−c)·log z + log Σ_k (c−a)_k(1−a)_k/(k! z^k)
 *   (DLMF 13.7.2) — log E[e^{λX}] ≈ λ stays finite.
 * Both tails bounded.
 *
 * Example: beta({ alpha: 2, beta: 3 }).logSf(0.5) = log(5/16) = −1.1631508098056809.
 */
import { SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { brent } from '../numerics/roots.ts';
import { lbeta, logIbeta } from '../numerics/special/incompleteBeta.ts';
import { lgamma } from '../numerics/special/lgamma.ts';
import { defineDistribution } from './base.ts';
import { boundedTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const valid = (a: number, b: number): boolean => a > 0 && a < Infinity && b > 0 && b < Infinity;

/** log f(x) = (α−1)log x + (β−1)log(1−x) − log B(α, β); the built law passes log B once as `logB`. */
export function betaLogPdf(x: number, alpha: number, beta: number, logB?: number): number {
  if (Number.isNaN(x) || !valid(alpha, beta)) return NaN;
  if (x < 0 || x > 1) return -Infinity;
  const lx = (alpha - 1) * Math.log(x);
  const ly = (beta - 1) * Math.log1p(-x);
  return (alpha === 1 ? 0 : lx) + (beta === 1 ? 0 : ly) - (logB ?? lbeta(alpha, beta));
}

/** log P(X > t) = log I_{1−t}(β, α). */
export function betaLogSf(t: number, alpha: number, beta: number): number {
  if (Number.isNaN(t) || !valid(alpha, beta)) return NaN;
  if (t <= 0) return 0;
  if (t >= 1) return -Infinity;
  return logIbeta(beta, alpha, 1 - t, t, Math.log1p(-t), Math.log(t));
}

/** log P(X ≤ t) = log I_t(α, β). */
export function betaLogCdf(t: number, alpha: number, beta: number): number {
  if (Number.isNaN(t) || !valid(alpha, beta)) return NaN;
  if (t <= 0) return -Infinity;
  if (t >= 1) return 0;
  return logIbeta(alpha, beta, t, 1 - t, Math.log(t), Math.log1p(-t));
}

/** E[X·1{X > t}] = α/(α+β)·I_{1−t}(β, α+1), as a SignedLog. */
export function betaLogPartialMean(t: number, alpha: number, beta: number): SignedLog {
  if (Number.isNaN(t) || !valid(alpha, beta)) return NAN_LOG;
  const logMean = Math.log(alpha) - Math.log(alpha + beta);
  if (t <= 0) return { log: logMean, sign: 1 };
  if (t >= 1) return SIGNED_ZERO;
  return { log: logMean + logIbeta(beta, alpha + 1, 1 - t, t, Math.log1p(-t), Math.log(t)), sign: 1 };
}

/**
 * E[X | X > t]; for t > ½ as 1 − E[1 − X | X > t] (then the tail mean exceeds ½, so the subtraction loses at
 * most a factor 2, while the small complement absorbs the rounding of two large logs). NaN for t ≥ 1.
 */
export function betaTailMean(t: number, alpha: number, beta: number): number {
  if (Number.isNaN(t) || !valid(alpha, beta) || t >= 1) return NaN;
  const mean = alpha / (alpha + beta);
  if (t <= 0) return mean;
  const logSf = betaLogSf(t, alpha, beta);
  if (t <= 0.5) return Math.exp(betaLogPartialMean(t, alpha, beta).log - logSf);
  const logComplement = Math.log(beta) - Math.log(alpha + beta) + logIbeta(beta + 1, alpha, 1 - t, t, Math.log1p(-t), Math.log(t));
  return -Math.expm1(logComplement - logSf);
}

/**
 * log M(a; c; z) − z for c > a > 0, z ≥ 0 (see the file comment). Returned with the e^z divided out so that
 * λ + log M(β; α+β; −λ) for λ ≪ 0 does not round at the size of λ (≈ 1e-10 at λ = −1e6 otherwise).
 */
export function logKummerMScaled(a: number, c: number, z: number): number {
  if (!(a > 0 && c > a && z >= 0)) return NaN;
  if (z === 0) return 0;
  if (z === Infinity) return a === c ? 0 : -Infinity;
  if (z > 1e4 * (1 + c - a) * (1 + Math.abs(1 - a))) {
    let term = 1;
    let sum = 1;
    for (let k = 0; k < 200; k++) {
      term *= ((c - a + k) * (1 - a + k)) / ((k + 1) * z);
      sum += term;
      if (Math.abs(term) < 1e-17 * sum) break;
    }
    return lgamma(c) - lgamma(a) + (a - c) * Math.log(z) + Math.log(sum);
  }
  // Σ (a)_n/(c)_n z^n/n!, positive terms, Neumaier-compensated, rescaled by e^{−600} when large.
  let term = 1;
  let sum = 1;
  let comp = 0;
  let rescalings = 0;
  const shrink = Math.exp(-600);
  for (let n = 0; n < 1e7; n++) {
    term *= ((a + n) / (c + n)) * (z / (n + 1));
    const s = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - s + term : term - s + sum;
    sum = s;
    if (sum > 1e290) {
      sum *= shrink;
      term *= shrink;
      comp *= shrink;
      rescalings += 1;
    }
    if (term < 1e-17 * sum && n + 1 > z) break;
  }
  return 600 * rescalings - z + Math.log(sum + comp);
}

/** log E[e^{λX}]: λ + [log M(α; α+β; λ) − λ] for λ ≥ 0; [log M(β; α+β; −λ) − (−λ)] for λ < 0 (1 − X ~ Beta(β, α)). */
export function betaLogMgf(lambda: number, alpha: number, beta: number): number {
  if (Number.isNaN(lambda) || !valid(alpha, beta)) return NaN;
  if (lambda === -Infinity) return -Infinity;
  if (lambda === Infinity) return Infinity; // P(X > 0) = 1, so e^{λX} → ∞ (the scaled series would give ∞ − ∞)
  if (lambda >= 0) return lambda + logKummerMScaled(alpha, alpha + beta, lambda);
  return logKummerMScaled(beta, alpha + beta, -lambda);
}

/** Mean of the exponential tilt, Λ'(λ) = α/(α+β)·M(α+1; α+β+1; λ)/M(α; α+β; λ) (λ < 0 by the reflection X ↦ 1 − X). */
export function betaTiltMean(lambda: number, alpha: number, beta: number): number {
  if (Number.isNaN(lambda) || !valid(alpha, beta)) return NaN;
  if (lambda === Infinity) return 1; // the tilt concentrates at the ends of [0, 1], as uniform's does
  if (lambda === -Infinity) return 0;
  const ratio = (a: number, b: number, z: number): number =>
    (a / (a + b)) * Math.exp(logKummerMScaled(a + 1, a + b + 1, z) - logKummerMScaled(a, a + b, z));
  return lambda >= 0 ? ratio(alpha, beta, lambda) : 1 - ratio(beta, alpha, -lambda);
}

/**
 * inf{t : P(X ≤ t) ≥ p}: Brent on y = log t when the quantile is ≤ ½ and on w = log(1 − t) when it is above,
 * so quantiles within 1e-300 of 0 or 1 are resolved; the equation is log I_t(α, β) = log p for p ≤ ½ and
 * log I_{1−t}(β, α) = log(1 − p) otherwise (the smaller probability, no cancellation).
 */
export function betaQuantile(p: number, alpha: number, beta: number): number {
  if (!(p >= 0 && p <= 1) || !valid(alpha, beta)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  // g(x, y, lx, ly) > 0 ⇔ F(t) > p, with x = t, y = 1 − t, lx = log t, ly = log(1 − t)
  const g = (x: number, y: number, lx: number, ly: number): number =>
    p <= 0.5 ? logIbeta(alpha, beta, x, y, lx, ly) - Math.log(p) : Math.log1p(-p) - logIbeta(beta, alpha, y, x, ly, lx);
  const LOG_HALF = -Math.LN2;
  if (g(0.5, 0.5, LOG_HALF, LOG_HALF) >= 0) {
    const inY = (v: number): number => g(Math.exp(v), -Math.expm1(v), v, Math.log1p(-Math.exp(v)));
    if (inY(-800) >= 0) return 0;
    return Math.exp(brent(inY, -800, LOG_HALF, { xTol: 0, rTol: Number.EPSILON }).root);
  }
  const inW = (w: number): number => g(-Math.expm1(w), Math.exp(w), Math.log1p(-Math.exp(w)), w);
  if (inW(-800) <= 0) return 1;
  return -Math.expm1(brent(inW, -800, LOG_HALF, { xTol: 0, rTol: Number.EPSILON }).root);
}

/** Beta({ alpha, beta }); throws DomainError naming 'alpha' or 'beta'. */
export function beta(params: { alpha: number; beta: number }): Distribution {
  const a = requirePositive('beta', 'alpha', params.alpha);
  const b = requirePositive('beta', 'beta', params.beta);
  const logB = lbeta(a, b); // once per law, not per density evaluation
  return defineDistribution({
    spec: { family: 'beta', alpha: a, beta: b },
    support: { lower: 0, upper: 1, kind: 'continuous' },
    tails: { right: boundedTail(), left: boundedTail() },
    logPdf(x) { return betaLogPdf(x, a, b, logB); },
    logCdf(t) { return betaLogCdf(t, a, b); },
    logSf(t) { return betaLogSf(t, a, b); },
    quantile(p) { return betaQuantile(p, a, b); },
    mean() { return a / (a + b); },
    variance() { return (a * b) / ((a + b) * (a + b) * (a + b + 1)); },
    logPartialMean(t) { return betaLogPartialMean(t, a, b); },
    tailMean(t) { return betaTailMean(t, a, b); },
    logMgf(lambda) { return betaLogMgf(lambda, a, b); },
  });
}
