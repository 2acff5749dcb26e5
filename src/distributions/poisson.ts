/**
 * Poisson(λ) on {0, 1, 2, …}: P(X = k) = λ^k e^{−λ}/k!, E[X] = Var[X] = λ, log E[e^{θX}] = λ·expm1(θ).
 * Right tail strongly light with F̄(t+1)/F̄(t) → 0 (superExponentialTail(true)); left side bounded at 0.
 *
 * With n = ⌊t⌋ and P, Q the regularised incomplete gamma functions (DLMF 8.2.4, 8.4.10):
 *   P(X ≤ n) = Q(n+1, λ), P(X > n) = P(n+1, λ);
 *   E[X·1{X > t}] = λ·P(X ≥ n) = λ·P(n, λ) for n ≥ 1 (λ for t < 1) — strict: the atom at t is excluded;
 *   E[X | X > n] = (n+1)·S(n)/S(n+1), S(a) = Σ_{k≥0} λ^k/((a+1)…(a+k)) (the series of P, so that
 *   Γ-function factors cancel), used far in the tail where the two logs would cancel.
 * log P(X = k) = logGammaPrefactor(k+1, λ) − log λ (numerics.md §4.1: the a ≥ 10 log1pmx form).
 *
 * Example: poisson({ lambda: 1 }).logSf(0) = log(1 − e^{−1}) = −0.4586…
 */
import { SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logGammaPrefactor, logLowerRegGamma, logUpperRegGamma } from '../numerics/special/incompleteGamma.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, superExponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const invalid = (lambda: number): boolean => !(lambda > 0 && lambda < Infinity);

/** log P(X = x); −Infinity off {0, 1, …}. */
export function poissonLogPmf(x: number, lambda: number): number {
  if (Number.isNaN(x) || invalid(lambda)) return NaN;
  if (!Number.isInteger(x) || x < 0) return -Infinity;
  if (x === 0) return -lambda;
  return logGammaPrefactor(x + 1, lambda) - Math.log(lambda);
}

/** log P(X > t) = log P(⌊t⌋+1, λ); 0 below the support. */
export function poissonLogSf(t: number, lambda: number): number {
  if (Number.isNaN(t) || invalid(lambda)) return NaN;
  if (t < 0) return 0;
  if (t === Infinity) return -Infinity;
  return logLowerRegGamma(Math.floor(t) + 1, lambda);
}

/** log P(X ≤ t) = log Q(⌊t⌋+1, λ); −Infinity below 0. */
export function poissonLogCdf(t: number, lambda: number): number {
  if (Number.isNaN(t) || invalid(lambda)) return NaN;
  if (t < 0) return -Infinity;
  if (t === Infinity) return 0;
  return logUpperRegGamma(Math.floor(t) + 1, lambda);
}

/** E[X·1{X > t}] = λ·P(⌊t⌋, λ) (λ for t < 1), as a SignedLog. */
export function poissonLogPartialMean(t: number, lambda: number): SignedLog {
  if (Number.isNaN(t) || invalid(lambda)) return { log: NaN, sign: 0 };
  if (t === Infinity) return SIGNED_ZERO;
  const n = Math.floor(t);
  return { log: Math.log(lambda) + (n < 1 ? 0 : logLowerRegGamma(n, lambda)), sign: 1 };
}

/** S(a) = Σ_{k≥0} λ^k/((a+1)…(a+k)) for a ≥ λ − 1 (convergent, terms decreasing). */
function lowerSeries(a: number, lambda: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 1e7; k++) {
    term *= lambda / (a + k);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

/**
 * E[X | X > t]: (n+1)·S(n)/S(n+1) once log P(X > n) < −50 and n ≥ λ (the series converge; ≤ 4√λ terms);
 * otherwise the default ratio of logs, whose error (~|log|·1e-16) is then below 1e-14. NaN at t = ∞.
 */
export function poissonTailMean(t: number, lambda: number): number {
  if (Number.isNaN(t) || invalid(lambda) || t === Infinity) return NaN;
  if (t < 0) return lambda;
  const n = Math.floor(t);
  const logSf = poissonLogSf(n, lambda);
  if (logSf < -50 && n >= lambda) return ((n + 1) * lowerSeries(n, lambda)) / lowerSeries(n + 1, lambda);
  return Math.exp(poissonLogPartialMean(n, lambda).log - logSf);
}

/** log E[e^{θX}] = λ·expm1(θ) (Infinity as θ → ∞). */
export function poissonLogMgf(theta: number, lambda: number): number {
  if (Number.isNaN(theta) || invalid(lambda)) return NaN;
  return lambda * Math.expm1(theta);
}

/** inf{n ≥ 0 : P(X ≤ n) ≥ u}, by doubling then integer bisection; F(n) ≥ u is tested on its small side. */
export function poissonQuantile(u: number, lambda: number): number {
  if (Number.isNaN(u) || u < 0 || u > 1 || invalid(lambda)) return NaN;
  if (u === 1) return Infinity;
  const logU = Math.log(u);
  const log1mU = Math.log1p(-u);
  const reached = (n: number): boolean =>
    u > 0.5 ? poissonLogSf(n, lambda) <= log1mU : poissonLogCdf(n, lambda) >= logU;
  if (reached(0)) return 0;
  let lo = 0;
  let hi = Math.max(1, Math.ceil(lambda));
  while (!reached(hi)) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid <= lo || mid >= hi) break;
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Poisson({ lambda }) on {0, 1, …}; λ > 0 finite. */
export function poisson(params: { lambda: number }): Distribution {
  const lambda = requirePositive('poisson', 'lambda', params.lambda);
  return defineDistribution({
    spec: { family: 'poisson', lambda },
    support: { lower: 0, upper: Infinity, kind: 'discrete' },
    tails: { right: superExponentialTail(true), left: boundedTail() },
    logPdf(x) { return poissonLogPmf(x, lambda); },
    massAt(x) { return Math.exp(poissonLogPmf(x, lambda)); },
    logCdf(t) { return poissonLogCdf(t, lambda); },
    logSf(t) { return poissonLogSf(t, lambda); },
    cdf(t) {
      const logSf = poissonLogSf(t, lambda); // 1 − sf where sf < ½, else e^{logCdf}: no cancellation either way
      return logSf < -Math.LN2 ? -Math.expm1(logSf) : Math.exp(poissonLogCdf(t, lambda));
    },
    quantile(u) { return poissonQuantile(u, lambda); },
    mean() { return lambda; },
    variance() { return lambda; },
    logPartialMean(t) { return poissonLogPartialMean(t, lambda); },
    tailMean(t) { return poissonTailMean(t, lambda); },
    logMgf(theta) { return poissonLogMgf(theta, lambda); },
  });
}
