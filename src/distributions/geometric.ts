/**
 * Geometric law on {1, 2, …}: the number of trials up to and including the first success,
 * P(X = n) = p(1−p)^{n−1}, P(X > n) = (1−p)^n, E[X] = 1/p, Var[X] = (1−p)/p², for p ∈ (0, 1].
 * p = 1 is the point mass at 1. The right tail is exponential-type with λ₊ = −log(1−p).
 *
 * Partial mean (memorylessness: X | X > n has the law of n + X): E[X·1{X > t}] = (1−p)^n·(n + 1/p),
 * n = max(0, ⌊t⌋) (strict inequality, so an atom at t is excluded).
 * MGF: E[e^{λX}] = p·e^λ/(1 − (1−p)e^λ) for λ < −log(1−p).
 *
 * Example: geometric({ p: 0.5 }).logSf(3) = 3·log ½ = −2.0794…, partialMean(3) = (1/8)(3 + 2) = 0.625.
 */
import { log1mExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, exponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireInRange } from './validate.ts';

const invalid = (p: number): boolean => !(p > 0 && p <= 1);

/** log(1 − p), −Infinity at p = 1. */
const logQ = (p: number): number => Math.log1p(-p);

/** n·log(1−p) with 0·(−∞) read as 0 (p = 1, n = 0). */
function logSurvivalAtInteger(n: number, p: number): number {
  return n === 0 ? 0 : n * logQ(p);
}

/** log P(X = x); −Infinity off {1, 2, …}. */
export function geometricLogPmf(x: number, p: number): number {
  if (Number.isNaN(x) || invalid(p)) return NaN;
  if (!Number.isInteger(x) || x < 1) return -Infinity;
  return Math.log(p) + logSurvivalAtInteger(x - 1, p);
}

/** log P(X > t) = max(0, ⌊t⌋)·log(1−p). */
export function geometricLogSf(t: number, p: number): number {
  if (Number.isNaN(t) || invalid(p)) return NaN;
  return logSurvivalAtInteger(Math.max(0, Math.floor(t)), p);
}

/** log P(X ≤ t) = log(1 − (1−p)^⌊t⌋), −Infinity for t < 1. */
export function geometricLogCdf(t: number, p: number): number {
  if (Number.isNaN(t) || invalid(p)) return NaN;
  if (t < 1) return -Infinity;
  return log1mExp(logSurvivalAtInteger(Math.floor(t), p));
}

/** E[X·1{X > t}] = (1−p)^n (n + 1/p), n = max(0, ⌊t⌋), as a SignedLog (always ≥ 0). */
export function geometricLogPartialMean(t: number, p: number): SignedLog {
  if (Number.isNaN(t) || invalid(p)) return { log: NaN, sign: 0 };
  const n = Math.max(0, Math.floor(t));
  const logSf = logSurvivalAtInteger(n, p);
  if (logSf === -Infinity) return SIGNED_ZERO;
  return { log: logSf + Math.log(n + 1 / p), sign: 1 };
}

/**
 * log E[e^{λX}] for λ < −log(1−p), Infinity beyond. Near λ = 0 it is written λ − log1p(−((1−p)/p)·expm1(λ))
 * (1 − (1−p)e^λ = p − (1−p)·expm1(λ)), which keeps relative accuracy as λ → 0; elsewhere
 * log p + λ − log(1 − e^{log(1−p)+λ}).
 */
export function geometricLogMgf(lambda: number, p: number): number {
  if (Number.isNaN(lambda) || invalid(p)) return NaN;
  if (p === 1) return lambda;
  const l = logQ(p) + lambda;
  if (l >= 0) return Infinity;
  if (lambda === -Infinity) return -Infinity;
  const r = ((1 - p) / p) * Math.expm1(lambda);
  if (Math.abs(r) < 0.5) return lambda - Math.log1p(-r);
  return Math.log(p) + lambda - log1mExp(l);
}

/**
 * inf{n ≥ 1 : P(X ≤ n) ≥ u}: 1 when u ≤ p (P(X ≤ 1) = p exactly; through 1 − (1−p) it could round below p),
 * else ⌈log(1−u)/log(1−p)⌉, corrected one step against rounding. The test F(n) ≥ u is made on the smaller
 * side: log P(X > n) ≤ log(1−u) for u > ½, else 1 − (1−p)^n ≥ u.
 */
export function geometricQuantile(u: number, p: number): number {
  if (Number.isNaN(u) || u < 0 || u > 1 || invalid(p)) return NaN;
  if (u <= p) return 1;
  if (u === 1) return Infinity;
  const logOneMinusU = Math.log1p(-u);
  const reached = (n: number): boolean =>
    u > 0.5 ? n * logQ(p) <= logOneMinusU : -Math.expm1(n * logQ(p)) >= u;
  let n = Math.max(1, Math.ceil(logOneMinusU / logQ(p)));
  if (n > 1 && reached(n - 1)) n -= 1;
  else if (!reached(n)) n += 1;
  return n;
}

/** E[X | X > t] = max(0, ⌊t⌋) + 1/p (memorylessness); NaN at t = ∞ or where P(X > t) = 0 (p = 1, t ≥ 1). */
export function geometricTailMean(t: number, p: number): number {
  if (Number.isNaN(t) || invalid(p) || t === Infinity || (p === 1 && t >= 1)) return NaN;
  return Math.max(0, Math.floor(t)) + 1 / p;
}

/** Geometric({ p }) on {1, 2, …}; p ∈ (0, 1]. */
export function geometric(params: { p: number }): Distribution {
  const p = requireInRange('geometric', 'p', params.p, 0, 1, { hi: true });
  return defineDistribution({
    spec: { family: 'geometric', p },
    support: { lower: 1, upper: p === 1 ? 1 : Infinity, kind: 'discrete' },
    tails: { right: p === 1 ? boundedTail() : exponentialTail(-logQ(p)), left: boundedTail() },
    logPdf(x) { return geometricLogPmf(x, p); },
    massAt(x) { return Math.exp(geometricLogPmf(x, p)); },
    logCdf(t) { return geometricLogCdf(t, p); },
    logSf(t) { return geometricLogSf(t, p); },
    cdf(t) { return Number.isNaN(t) ? NaN : t < 1 ? 0 : -Math.expm1(geometricLogSf(t, p)); },
    quantile(u) { return geometricQuantile(u, p); },
    mean() { return 1 / p; },
    variance() { return (1 - p) / (p * p); },
    logPartialMean(t) { return geometricLogPartialMean(t, p); },
    tailMean(t) { return geometricTailMean(t, p); },
    logMgf(lambda) { return geometricLogMgf(lambda, p); },
  });
}
