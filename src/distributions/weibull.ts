/**
 * Weibull(k, λ): F̄(t) = e^{−y}, y = (t/λ)^k, t ≥ 0. m(t) = E[X·1{X > t}] = λ·Γ(1 + 1/k, y)
 * (upper incomplete gamma; numerics.md §4.2, claims.md §3).
 * Right tail: heavy (subexponential) for k < 1, exponential with rate 1/λ for k = 1,
 * strongly light and ratio-light for k > 1. Bounded below by 0.
 */
import { logMgfByQuadrature } from '../numerics/expectation.ts';
import { log1mExp, logAddExp, MIN_NORMAL, type SignedLog } from '../numerics/logspace.ts';
import { logMgfNegativeTilt } from '../numerics/negativeTiltMgf.ts';
import { weibullStandardized } from './standardizedPositive.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { logUpperGamma } from '../numerics/special/incompleteGamma.ts';
import { log1pmx } from '../numerics/special/log1pmx.ts';
import { lgamma } from '../numerics/special/lgamma.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, exponentialTail, subexponentialTail, superExponentialTail } from './tails.ts';
import type { Distribution, TailProfile } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };

function valid(k: number, lambda: number): boolean {
  return k > 0 && k < Infinity && lambda > 0 && lambda < Infinity;
}

/** log(t/λ) for t > 0, without overflow or underflow of the quotient. */
function logRatio(t: number, lambda: number): number {
  const z = t / lambda;
  return z >= MIN_NORMAL && z < Infinity ? Math.log(z) : Math.log(t) - Math.log(lambda);
}

/**
 * y = (t/λ)^k, by pow where t/λ is a normal double (one rounding), else exp(k·log(t/λ)).
 * (exp of a large argument would multiply its rounding error: 7e-14 at t = 1e300 before this split.)
 */
function power(t: number, k: number, lambda: number): number {
  const z = t / lambda;
  return z >= MIN_NORMAL && z < Infinity ? Math.pow(z, k) : Math.exp(k * logRatio(t, lambda));
}

/** log(1 − e^{−y}) given y and ly = log y; the series branch works where y underflows (numerics.md §4.2, Fréchet row). */
export function log1mExpNeg(y: number, ly: number): number {
  return y > 1e-5 ? log1mExp(-y) : ly + Math.log1p(y * (-0.5 + y / 6));
}

/** log f(t) = log(k/λ) + (k − 1)·log(t/λ) − (t/λ)^k; the density at 0 is ∞, 1/λ or 0 as k <, =, > 1. */
export function weibullLogPdf(t: number, k: number, lambda: number): number {
  if (Number.isNaN(t) || !valid(k, lambda)) return NaN;
  if (t < 0 || t === Infinity) return -Infinity;
  if (t === 0) return k < 1 ? Infinity : k === 1 ? -Math.log(lambda) : -Infinity;
  return Math.log(k / lambda) + (k - 1) * logRatio(t, lambda) - power(t, k, lambda);
}

/** log P(X > t) = −(t/λ)^k. */
export function weibullLogSf(t: number, k: number, lambda: number): number {
  if (Number.isNaN(t) || !valid(k, lambda)) return NaN;
  if (t <= 0) return 0;
  return -power(t, k, lambda);
}

/** log P(X ≤ t) = log(1 − e^{−y}), exact as t → 0⁺. */
export function weibullLogCdf(t: number, k: number, lambda: number): number {
  if (Number.isNaN(t) || !valid(k, lambda)) return NaN;
  if (t <= 0) return -Infinity;
  if (t === Infinity) return 0;
  return log1mExpNeg(power(t, k, lambda), k * logRatio(t, lambda));
}

/** E[X·1{X > t}] = λ·Γ(1 + 1/k, (t/λ)^k) in logs; the whole mean λΓ(1 + 1/k) for t ≤ 0. */
export function weibullLogPartialMean(t: number, k: number, lambda: number): SignedLog {
  if (Number.isNaN(t) || !valid(k, lambda)) return NAN_LOG;
  if (t <= 0) return { log: Math.log(lambda) + lgamma(1 + 1 / k), sign: 1 };
  if (t === Infinity) return { log: -Infinity, sign: 0 };
  return { log: Math.log(lambda) + logUpperGamma(1 + 1 / k, power(t, k, lambda), k * logRatio(t, lambda)), sign: 1 };
}

/**
 * E[X | X > t] = λ·e^y·Γ(a, y), a = 1 + 1/k. For y > 100 + 4a the asymptotic series (DLMF 8.11.2)
 * e^yΓ(a, y) = y^{a−1}·Σₙ (a−1)(a−2)…(a−n)/yⁿ gives t·Σₙ directly (λy^{1/k} = t), with every factor
 * |a − j|/y < 0.3 over the ≤ 60 terms needed; below, the log ratio (its logs are then of size < 100 + 4a).
 */
export function weibullTailMean(t: number, k: number, lambda: number): number {
  if (Number.isNaN(t) || !valid(k, lambda) || t === Infinity) return NaN;
  if (t <= 0) return weibullMean(k, lambda);
  const y = power(t, k, lambda);
  const a = 1 + 1 / k;
  if (y > 100 + 4 * a) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 200 && term !== 0 && Math.abs(term) > 1e-17 * sum; n++) {
      term *= (a - n) / y;
      sum += term;
    }
    return t * sum;
  }
  return Math.exp(weibullLogPartialMean(t, k, lambda).log + y);
}

/** inf{x : P(X ≤ x) ≥ p} = λ·(−log1p(−p))^{1/k}. */
export function weibullQuantile(p: number, k: number, lambda: number): number {
  if (!(p >= 0 && p <= 1) || !valid(k, lambda)) return NaN;
  return lambda * Math.pow(-Math.log1p(-p), 1 / k);
}

/** E[X] = λΓ(1 + 1/k). */
export function weibullMean(k: number, lambda: number): number {
  if (!valid(k, lambda)) return NaN;
  return lambda * Math.exp(lgamma(1 + 1 / k));
}

/** Var[X] = λ²[Γ(1 + 2/k) − Γ(1 + 1/k)²] = λ²Γ(1+1/k)²·expm1(lgamma(1+2/k) − 2lgamma(1+1/k)). */
export function weibullVariance(k: number, lambda: number): number {
  if (!valid(k, lambda)) return NaN;
  const g1 = lgamma(1 + 1 / k);
  return lambda * lambda * Math.exp(2 * g1) * Math.expm1(lgamma(1 + 2 / k) - 2 * g1);
}

/**
 * log E[e^{θX}]: 0 at θ = 0. k < 1: Infinity for θ > 0. k = 1 (exponential, rate 1/λ): −log1p(−θλ) for
 * θ < 1/λ, else Infinity. k > 1: finite for every θ; with c = θλ (X = λY, Y ~ Weibull(k, 1)):
 *   c ≥ k: around the maximiser y* = (c/k)^{1/(k−1)} of cy − y^k (weibullLogMgfAroundPeak);
 *   0 < c < k: quadrature of e^{θx}f(x) over (0, ∞) in log space.
 * θ < 0 (every k): X = λ·e^{w/k} with e^w ~ Exp(1), integrated in w (logMgfNegativeTilt: relative accuracy
 * as θ → 0⁻, and a narrow body far from 1 is seen; quadrature in x gave −∞ for k = 50, λ = 1e-50, θ = −1).
 * (Before: quadrature in x for every θ, which returned NaN for k slightly above 1 at large θ, where the
 * peak sits at y* = e^{160} for k = 1.01, c = 5, and ±Infinity where log M was still finite.)
 */
export function weibullLogMgf(theta: number, k: number, lambda: number): number {
  if (Number.isNaN(theta) || !valid(k, lambda)) return NaN;
  if (theta === 0) return 0;
  if (k === 1) return theta * lambda < 1 ? -Math.log1p(-theta * lambda) : Infinity;
  if (k < 1 && theta > 0) return Infinity;
  if (theta < 0) return logMgfNegativeTilt(theta, weibullStandardized(k, lambda));
  const c = theta * lambda;
  if (k > 1 && c >= k) return weibullLogMgfAroundPeak(c, k);
  return logMgfByQuadrature((x: number) => weibullLogPdf(x, k, lambda), 0, Infinity, theta);
}

/** e^g − 1 − g without cancellation: Σ_{n≥2} gⁿ/n! for |g| < ½, else directly. */
function expm1mx(g: number): number {
  if (Math.abs(g) >= 0.5) return Math.expm1(g) - g;
  let term = (g * g) / 2;
  let sum = term;
  for (let n = 3; n < 30 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= g / n;
    sum += term;
  }
  return sum;
}

/**
 * log E[e^{cY}], Y ~ Weibull(k, 1), k > 1, c > 0 (Laplace-type scaling, in the manner of the saddle point):
 * with y = y*·(1 + w), y* = (c/k)^{1/(k−1)} the maximiser of cy − y^k and A = y*^k = (c/k)^{k/(k−1)}
 * (so c·y* = kA),
 *   log M = log(kA) + (k − 1)A + log ∫_{−1}^∞ (1 + w)^{k−1}·e^{A·ψ(w)} dw,
 *   ψ(w) = k(1 + w) − (1 + w)^k − (k − 1) = −(k − 1)·[(1 + w)·log1p(w) − w] − (1 + w)·expm1mx((k − 1)·log1p(w)),
 * with (1 + w)·log1p(w) − w = log1pmx(w) + w·log1p(w) for |w| ≤ ½: two terms ≤ 0 that do not cancel (the
 * naive form loses every digit near w = 0 once A is large). The integral is taken in s = w/σ, σ = 1/√(A·k(k − 1))
 * the Laplace width, so the peak has unit width at s = 0 whatever A is (≈ √(2π) when A is large); each
 * side of 0 by logIntegrate. +∞ only when (k − 1)A itself overflows.
 */
export function weibullLogMgfAroundPeak(c: number, k: number): number {
  const km1 = k - 1;
  const logA = (k / km1) * (Math.log(c) - Math.log(k));
  const A = Math.exp(logA);
  const lead = Math.log(k) + logA + km1 * A;
  if (!Number.isFinite(lead)) return Number.isNaN(lead) ? NaN : lead;
  const logSigma = -0.5 * (logA + Math.log(k) + Math.log(km1));
  const sigma = Math.exp(logSigma);
  const logIntegrand = (s: number): number => {
    const w = sigma * s;
    const L = Math.log1p(w);
    const v = 1 + w;
    const vLogVMinusW = Math.abs(w) <= 0.5 ? log1pmx(w) + w * L : v * L - w;
    return km1 * L - A * (km1 * vLogVMinusW + v * expm1mx(km1 * L));
  };
  const left = logIntegrate(logIntegrand, -1 / sigma, 0);
  const right = logIntegrate(logIntegrand, 0, Infinity);
  if (!left.converged || !right.converged) return NaN;
  return lead + logSigma + logAddExp(left.log, right.log);
}

/** Right-tail profile: heavy for k < 1, exponential (rate 1/λ) for k = 1, strongly light and ratio-light for k > 1. */
export function weibullRightTail(k: number, lambda: number): TailProfile {
  if (k < 1) return subexponentialTail();
  if (k === 1) return exponentialTail(1 / lambda);
  return superExponentialTail(true);
}

/** Weibull(k, λ); throws DomainError naming the parameter when one is out of range. */
export function weibull(params: { k: number; lambda: number }): Distribution {
  const k = requirePositive('weibull', 'k', params.k);
  const lambda = requirePositive('weibull', 'lambda', params.lambda);
  return defineDistribution({
    spec: { family: 'weibull', k, lambda },
    support: { lower: 0, upper: Infinity, kind: 'continuous' },
    tails: { right: weibullRightTail(k, lambda), left: boundedTail() },
    logPdf(x) { return weibullLogPdf(x, k, lambda); },
    logCdf(x) { return weibullLogCdf(x, k, lambda); },
    logSf(x) { return weibullLogSf(x, k, lambda); },
    quantile(p) { return weibullQuantile(p, k, lambda); },
    mean() { return weibullMean(k, lambda); },
    variance() { return weibullVariance(k, lambda); },
    logPartialMean(t) { return weibullLogPartialMean(t, k, lambda); },
    tailMean(t) { return weibullTailMean(t, k, lambda); },
    logMgf(theta) { return weibullLogMgf(theta, k, lambda); },
  });
}
