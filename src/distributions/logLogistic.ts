/**
 * Log-logistic (Fisk) with scale α and shape β: F(t) = 1/(1 + (t/α)^{−β}) on [0, ∞).
 * Formulas: numerics.md §4.2 (log-logistic row). With u = β·log(t/α): logSf = −softplus(u),
 * logF = −softplus(−u), density f = (β/t)·F·F̄. Mean α(π/β)/sin(π/β) for β > 1.
 * Partial mean (β > 1): X = α(F/(1 − F))^{1/β}, so with a = 1 − 1/β, b = 1 + 1/β and S = F̄(t),
 * m(t) = α·B_S(a, b) = α·S^a·F^b·betacf(S, a, b)/a (Numerical Recipes §6.4; B(a, b) cancels);
 * for S ≥ (a + 1)/(a + b + 2) it is mean − α·B_F(b, a), via lsum.
 * Right tail regularly varying with index β (powerTail(β)); left side bounded at 0.
 */
import { log1pExp, lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logMgfNegativeTilt } from '../numerics/negativeTiltMgf.ts';
import { logLogisticStandardized } from './standardizedPositive.ts';
import { betacf } from '../numerics/special/incompleteBeta.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };

function valid(alpha: number, beta: number): boolean {
  return alpha > 0 && alpha < Infinity && beta > 0 && beta < Infinity;
}

/** u = β·log(t/α) for t > 0: the ratio is formed first (exact near t = α) unless it leaves [1e-300, 1e300]. */
function logistArg(t: number, alpha: number, beta: number): number {
  const r = t / alpha;
  const lr = r > 1e-300 && r < 1e300 ? Math.log(r) : Math.log(t) - Math.log(alpha);
  return beta * lr;
}

/** log f(x) = log β − log x − softplus(u) − softplus(−u); at x = 0 the limit (0, 1/α or ∞ by β). */
export function logLogisticLogPdf(x: number, alpha: number, beta: number): number {
  if (Number.isNaN(x) || !valid(alpha, beta)) return NaN;
  if (x < 0) return -Infinity;
  if (x === 0) return beta > 1 ? -Infinity : beta === 1 ? -Math.log(alpha) : Infinity;
  const u = logistArg(x, alpha, beta);
  return Math.log(beta) - Math.log(x) - log1pExp(u) - log1pExp(-u);
}

/** log P(X > t) = −softplus(u) (0 for t ≤ 0). */
export function logLogisticLogSf(t: number, alpha: number, beta: number): number {
  if (Number.isNaN(t) || !valid(alpha, beta)) return NaN;
  return t <= 0 ? 0 : 0 - log1pExp(logistArg(t, alpha, beta)); // 0 − x, not −x: log 1 is +0, never −0
}

/** log P(X ≤ t) = −softplus(−u) (−Infinity for t ≤ 0). */
export function logLogisticLogCdf(t: number, alpha: number, beta: number): number {
  if (Number.isNaN(t) || !valid(alpha, beta)) return NaN;
  return t <= 0 ? -Infinity : 0 - log1pExp(-logistArg(t, alpha, beta));
}

/**
 * Quantile α·(p/(1 − p))^{1/β}; Infinity at p = 1. The odds p/(1 − p) are exact to an ulp (1 − p is exact
 * for p ≥ ½) and `pow` keeps that (exp((log p − log1p(−p))/β) would lose |log p|·ulp, 2e-14 at p = 1e-300);
 * the log form is the fallback where α·odds^{1/β} leaves the double range.
 */
export function logLogisticQuantile(p: number, alpha: number, beta: number): number {
  if (!(p >= 0 && p <= 1) || !valid(alpha, beta)) return NaN;
  const q = alpha * Math.pow(p / (1 - p), 1 / beta);
  if ((q > 0 && q < Infinity) || p === 0 || p === 1) return q;
  return Math.exp((Math.log(p) - Math.log1p(-p)) / beta + Math.log(alpha));
}

/** sin(π/β) for β > 1, as sin(π(β − 1)/β) when β < 2 (β − 1 is exact there; π/β ≈ π would cancel). */
function sinPiOverBeta(beta: number): number {
  return beta >= 2 ? Math.sin(Math.PI / beta) : Math.sin((Math.PI * (beta - 1)) / beta);
}

/** E[X] = α(π/β)/sin(π/β) for β > 1, Infinity for β ≤ 1. */
export function logLogisticMean(alpha: number, beta: number): number {
  if (!valid(alpha, beta)) return NaN;
  if (beta <= 1) return Infinity;
  return alpha * (Math.PI / beta / sinPiOverBeta(beta));
}

/** sin c − c·cos c, by its series Σ_{k≥1} (−1)^{k+1}·2k·c^{2k+1}/(2k+1)! for c < ½ (no cancellation). */
function sinMinusCCos(c: number): number {
  if (c >= 0.5) return Math.sin(c) - c * Math.cos(c);
  const c2 = c * c;
  let term = c; // c^{2k+1}/(2k+1)! with k = 0
  let sum = 0;
  for (let k = 1; k < 20; k++) {
    term *= -c2 / ((2 * k) * (2 * k + 1));
    const add = -2 * k * term;
    sum += add;
    if (Math.abs(add) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}

/**
 * Var[X] = α²(2c/sin 2c − c²/sin²c), c = π/β, for β > 2, rewritten c(sin c − c·cos c)/(cos c·sin²c)
 * so nothing cancels for large β; cos c = sin(π(β − 2)/(2β)) near β = 2. Infinity for β ≤ 2.
 */
export function logLogisticVariance(alpha: number, beta: number): number {
  if (!valid(alpha, beta)) return NaN;
  if (beta <= 2) return Infinity;
  const c = Math.PI / beta;
  const cos = beta < 4 ? Math.sin((Math.PI * (beta - 2)) / (2 * beta)) : Math.cos(c);
  const sin = Math.sin(c);
  return alpha * alpha * ((c * sinMinusCCos(c)) / (cos * sin * sin));
}

/** The pieces of the partial mean at t > 0: a, b, log S, log F and which continued fraction converges. */
function partialMeanParts(t: number, alpha: number, beta: number) {
  const u = logistArg(t, alpha, beta);
  const logS = -log1pExp(u);
  const logF = -log1pExp(-u);
  const a = (beta - 1) / beta;
  const b = 1 + 1 / beta;
  const direct = Math.exp(logS) < (a + 1) / 4; // (a + 1)/(a + b + 2), a + b = 2
  return { u, logS, logF, a, b, direct };
}

/** E[X·1{X > t}] as a SignedLog; the whole mean for t ≤ 0; +∞ for β ≤ 1. */
export function logLogisticLogPartialMean(t: number, alpha: number, beta: number): SignedLog {
  if (Number.isNaN(t) || !valid(alpha, beta)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  if (beta <= 1) return POS_INF_LOG;
  const logMean = Math.log(logLogisticMean(alpha, beta));
  if (t <= 0) return { log: logMean, sign: 1 };
  const { logS, logF, a, b, direct } = partialMeanParts(t, alpha, beta);
  const logAlpha = Math.log(alpha);
  if (direct) {
    return { log: logAlpha + a * logS + b * logF - Math.log(a) + Math.log(betacf(Math.exp(logS), a, b)), sign: 1 };
  }
  const lower = logAlpha + b * logF + a * logS - Math.log(b) + Math.log(betacf(Math.exp(logF), b, a));
  return lsum({ log: logMean, sign: 1 }, { log: lower, sign: -1 });
}

/**
 * E[X | X > t]. In the direct branch the ratio m(t)/S simplifies to α·S^{−1/β}·F^b·betacf(S, a, b)/a, with
 * −logS/β = softplus(u)/β ≈ log(t/α): no difference of large logs is formed. NaN at t = ∞.
 */
export function logLogisticTailMean(t: number, alpha: number, beta: number): number {
  if (Number.isNaN(t) || !valid(alpha, beta) || t === Infinity) return NaN;
  if (beta <= 1) return Infinity;
  if (t <= 0) return logLogisticMean(alpha, beta);
  const { u, logS, logF, a, b, direct } = partialMeanParts(t, alpha, beta);
  if (direct) {
    const log = log1pExp(u) / beta + b * logF - Math.log(a) + Math.log(betacf(Math.exp(logS), a, b));
    return alpha * Math.exp(log);
  }
  const pm = logLogisticLogPartialMean(t, alpha, beta);
  return pm.sign * Math.exp(pm.log - logS);
}

/**
 * log E[e^{λX}]: 0 at λ = 0, Infinity for λ > 0 (heavy right tail); for λ < 0 finite (support bounded
 * below): X = α·e^{W/β}, W standard logistic, integrated in w (logMgfNegativeTilt: relative accuracy as
 * λ → 0⁻; quadrature in x gave −1.1e-16 at λ = −1e-300 and −0.70 for α = 1e-50, β = 100 where the answer is −1.0e-50).
 */
export function logLogisticLogMgf(lambda: number, alpha: number, beta: number): number {
  if (Number.isNaN(lambda) || !valid(alpha, beta)) return NaN;
  if (lambda === 0) return 0;
  if (lambda > 0) return Infinity;
  return logMgfNegativeTilt(lambda, logLogisticStandardized(alpha, beta));
}

/** Log-logistic(α = scale, β = shape); throws DomainError naming 'alpha' or 'beta' unless finite and > 0. */
export function logLogistic(params: { alpha: number; beta: number }): Distribution {
  const alpha = requirePositive('logLogistic', 'alpha', params.alpha);
  const beta = requirePositive('logLogistic', 'beta', params.beta);
  return defineDistribution({
    spec: { family: 'logLogistic', alpha, beta },
    support: { lower: 0, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(beta), left: boundedTail() },
    logPdf(x) { return logLogisticLogPdf(x, alpha, beta); },
    logCdf(x) { return logLogisticLogCdf(x, alpha, beta); },
    logSf(x) { return logLogisticLogSf(x, alpha, beta); },
    quantile(p) { return logLogisticQuantile(p, alpha, beta); },
    mean() { return logLogisticMean(alpha, beta); },
    variance() { return logLogisticVariance(alpha, beta); },
    logPartialMean(t) { return logLogisticLogPartialMean(t, alpha, beta); },
    tailMean(t) { return logLogisticTailMean(t, alpha, beta); },
    logMgf(lambda) { return logLogisticLogMgf(lambda, alpha, beta); },
  });
}
