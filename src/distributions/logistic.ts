/**
 * Logistic(μ, s): F(t) = 1/(1 + e^{−z}), z = (t − μ)/s. logSf = −softplus(z) (numerics.md §4.2).
 * Partial mean, by parts m(t) = t·F̄(t) + s·softplus(−z). With w = e^{−|z|} and L = log1p(w)/w:
 * z > 0: m = e^{−z}·(t/(1 + w) + sL); z ≤ 0: m = μ − e^{z}·(t/(1 + w) − sL) (the naive form cancels for
 * t ≪ μ). MGF B(1 − sλ, 1 + sλ)e^{μλ} = e^{μλ}·πsλ/sin(πsλ) for |sλ| < 1.
 * Both tails exponential-type with λ₊ = 1/s.
 */
import { log1pExp, lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { defineDistribution } from './base.ts';
import { standardize } from './standardize.ts';
import { exponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };

function valid(mu: number, s: number): boolean {
  return Number.isFinite(mu) && s > 0 && s < Infinity;
}

/** log f(x) = −softplus(z) − softplus(−z) − log s. */
export function logisticLogPdf(x: number, mu: number, s: number): number {
  if (Number.isNaN(x) || !valid(mu, s)) return NaN;
  const z = standardize(x, mu, s);
  return -log1pExp(z) - log1pExp(-z) - Math.log(s);
}

/** log P(X > t) = −softplus(z). */
export function logisticLogSf(t: number, mu: number, s: number): number {
  if (Number.isNaN(t) || !valid(mu, s)) return NaN;
  return 0 - log1pExp(standardize(t, mu, s)); // 0 − x, not −x: log 1 is +0, never −0
}

/** log P(X ≤ t) = −softplus(−z). */
export function logisticLogCdf(t: number, mu: number, s: number): number {
  if (Number.isNaN(t) || !valid(mu, s)) return NaN;
  return 0 - log1pExp(-standardize(t, mu, s));
}

/** Quantile μ + s·(log p − log1p(−p)). */
export function logisticQuantile(p: number, mu: number, s: number): number {
  if (!(p >= 0 && p <= 1) || !valid(mu, s)) return NaN;
  return mu + s * (Math.log(p) - Math.log1p(-p));
}

/** E[X] = μ. */
export function logisticMean(mu: number, s: number): number {
  return valid(mu, s) ? mu : NaN;
}

/** Var[X] = s²π²/3. */
export function logisticVariance(mu: number, s: number): number {
  return valid(mu, s) ? (s * Math.PI) ** 2 / 3 : NaN;
}

/** w = e^{−|z|} and L = log1p(w)/w (1 when w underflows). */
function wAndL(z: number): { w: number; L: number } {
  const w = Math.exp(-Math.abs(z));
  return { w, L: w === 0 ? 1 : Math.log1p(w) / w };
}

/** E[X·1{X > t}] as a SignedLog (numerics.md §4.2, logistic row); the mean μ at t = −∞. */
export function logisticLogPartialMean(t: number, mu: number, s: number): SignedLog {
  if (Number.isNaN(t) || !valid(mu, s)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  const muLog: SignedLog = mu === 0 ? SIGNED_ZERO : { log: Math.log(Math.abs(mu)), sign: mu > 0 ? 1 : -1 };
  if (t === -Infinity) return muLog;
  const z = standardize(t, mu, s);
  const { w, L } = wAndL(z);
  if (z > 0) {
    const bracket = t / (1 + w) + s * L;
    if (bracket === 0) return SIGNED_ZERO;
    return { log: -z + Math.log(Math.abs(bracket)), sign: bracket > 0 ? 1 : -1 };
  }
  const lower = t / (1 + w) - s * L; // E[X·1{X ≤ t}] = e^{z}·lower
  if (lower === 0) return muLog;
  return lsum(muLog, { log: z + Math.log(Math.abs(lower)), sign: lower > 0 ? -1 : 1 });
}

/** E[X | X > t]: t + s·L·(1 + w) for z > 0; (1 + w)·(μ − w·(t/(1 + w) − sL)) for z ≤ 0; NaN at t = ∞. */
export function logisticTailMean(t: number, mu: number, s: number): number {
  if (Number.isNaN(t) || !valid(mu, s) || t === Infinity) return NaN;
  if (t === -Infinity) return mu;
  const z = standardize(t, mu, s);
  const { w, L } = wAndL(z);
  if (z > 0) return t + s * L * (1 + w);
  return (1 + w) * mu - w * (t - s * L * (1 + w));
}

/** sin(πx) for |x| ≤ 1, reflecting x ∈ (½, 1] to 1 − x (exact) so that sin(πx) keeps relative accuracy. */
function sinPi(x: number): number {
  const a = Math.abs(x);
  const v = a > 0.5 ? Math.sin(Math.PI * (1 - a)) : Math.sin(Math.PI * a);
  return x < 0 ? -v : v;
}

/** cot(πx) for 0 < |x| < 1, by the same reflection. */
function cotPi(x: number): number {
  const a = Math.abs(x);
  const v = a > 0.5 ? -1 / Math.tan(Math.PI * (1 - a)) : 1 / Math.tan(Math.PI * a);
  return x < 0 ? -v : v;
}

/**
 * log(y/sin y) for y = πx, |x| < 1. For |y| ≤ ½ the series Σ (−1)^{n+1}2^{2n}B_{2n}y^{2n}/(2n(2n)!)
 * = y²/6 + y⁴/180 + y⁶/2835 + … (coefficients from mpmath), otherwise log(πx) − log sin(πx).
 */
function logYOverSinY(x: number): number {
  const y = Math.PI * Math.abs(x);
  if (y > 0.5) return Math.log(y) - Math.log(sinPi(Math.abs(x)));
  const y2 = y * y;
  let sum = 0;
  for (let i = LOG_Y_OVER_SIN_Y.length - 1; i >= 0; i--) sum = sum * y2 + LOG_Y_OVER_SIN_Y[i]!;
  return sum * y2;
}
/** Coefficients c_n of y^{2n}, n = 1…9, in log(y/sin y) = Σ c_n y^{2n} (mpmath: taylor(log(y/sin y))). */
const LOG_Y_OVER_SIN_Y = [
  1 / 6, 1 / 180, 1 / 2835, 1 / 37800, 1 / 467775, 691 / 3831077250, 2 / 127702575,
  3617 / 2605132530000, 43867 / 350813659321125,
];

/** log E[e^{λX}] = μλ + log(πsλ/sin(πsλ)) for |sλ| < 1, Infinity otherwise. */
export function logisticLogMgf(lambda: number, mu: number, s: number): number {
  if (Number.isNaN(lambda) || !valid(mu, s)) return NaN;
  const x = s * lambda;
  if (!(Math.abs(x) < 1)) return Infinity;
  if (lambda === 0) return 0;
  return mu * lambda + logYOverSinY(x);
}

/**
 * Tilt mean Λ'(λ) = μ + πs·(1/y − cot y), y = πsλ, for |sλ| < 1; ±Infinity beyond. For |y| ≤ ½ the
 * series 1/y − cot y = y/3 + y³/45 + 2y⁵/945 + y⁷/4725 + 2y⁹/93555 + … avoids the cancellation.
 */
export function logisticTiltMean(lambda: number, mu: number, s: number): number {
  if (Number.isNaN(lambda) || !valid(mu, s)) return NaN;
  const x = s * lambda;
  if (!(Math.abs(x) < 1)) return x > 0 ? Infinity : -Infinity;
  const y = Math.PI * x;
  if (Math.abs(y) > 0.5) return mu + Math.PI * s * (1 / y - cotPi(x));
  const y2 = y * y;
  let sum = 0;
  for (let i = INV_Y_MINUS_COT.length - 1; i >= 0; i--) sum = sum * y2 + INV_Y_MINUS_COT[i]!;
  return mu + Math.PI * s * y * sum;
}
/** Coefficients of y^{2n+1}, n = 0…10, in 1/y − cot y = Σ 2^{2n+2}|B_{2n+2}|/(2n+2)! · y^{2n+1}. */
const INV_Y_MINUS_COT = [
  1 / 3, 1 / 45, 2 / 945, 1 / 4725, 2 / 93555, 1382 / 638512875, 4 / 18243225,
  3617 / 162820783125, 87734 / 38979295480125, 349222 / 1531329465290625, 310732 / 13447856940643125,
];

/** Logistic(μ, s); throws DomainError naming 'mu' (finite) or 's' (finite, > 0). */
export function logistic(params: { mu: number; s: number }): Distribution {
  const mu = requireFinite('logistic', 'mu', params.mu);
  const s = requirePositive('logistic', 's', params.s);
  return defineDistribution({
    spec: { family: 'logistic', mu, s },
    support: { lower: -Infinity, upper: Infinity, kind: 'continuous' },
    tails: { right: exponentialTail(1 / s), left: exponentialTail(1 / s) },
    logPdf(x) { return logisticLogPdf(x, mu, s); },
    logCdf(x) { return logisticLogCdf(x, mu, s); },
    logSf(x) { return logisticLogSf(x, mu, s); },
    quantile(p) { return logisticQuantile(p, mu, s); },
    mean() { return logisticMean(mu, s); },
    variance() { return logisticVariance(mu, s); },
    logPartialMean(t) { return logisticLogPartialMean(t, mu, s); },
    tailMean(t) { return logisticTailMean(t, mu, s); },
    logMgf(lambda) { return logisticLogMgf(lambda, mu, s); },
  });
}
