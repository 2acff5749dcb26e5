/**
 * Fréchet(α, s, m): F(t) = exp(−y), y = ((t − m)/s)^{−α} for t > m; X = m + s·W^{−1/α}, W ~ Exp(1).
 * m(t) = E[X·1{X > t}] = s·γ(1 − 1/α, y) + m·F̄(t) for α > 1 (numerics.md §4.2, Fréchet row).
 * Right tail regularly varying with index α (powerTail(α)); bounded below by m.
 */
import { logMgfNegativeTilt } from '../numerics/negativeTiltMgf.ts';
import { frechetStandardized } from './standardizedPositive.ts';
import { lsum, MIN_NORMAL, type SignedLog } from '../numerics/logspace.ts';
import { logLowerGamma } from '../numerics/special/incompleteGamma.ts';
import { lgamma } from '../numerics/special/lgamma.ts';
import { defineDistribution } from './base.ts';
import { powerTail, boundedTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { log1mExpNeg } from './weibull.ts';
import { logAbsDifference, standardize } from './standardize.ts';
import { requireFinite, requirePositive, withDefault } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };

function valid(alpha: number, s: number, m: number): boolean {
  return alpha > 0 && alpha < Infinity && s > 0 && s < Infinity && Number.isFinite(m);
}

/**
 * log z, z = (t − m)/s > 0, without overflow or underflow of the quotient; where t − m itself overflows
 * (t = 1.5e308, m = −1.5e308) log(t − m) = log(t/2 − m/2) + log 2.
 */
function logZ(t: number, s: number, m: number): number {
  const z = standardize(t, m, s);
  if (z >= MIN_NORMAL && z < Infinity) return Math.log(z);
  return logAbsDifference(t, m) - Math.log(s);
}

/** y = ((t − m)/s)^{−α} by pow where the quotient is a normal double (one rounding), else e^{−α·log z}. */
function yOf(t: number, alpha: number, s: number, m: number): number {
  const z = standardize(t, m, s);
  return z >= MIN_NORMAL && z < Infinity ? Math.pow(z, -alpha) : Math.exp(-alpha * logZ(t, s, m));
}

/** Σₙ yⁿ/(a(a+1)…(a+n)), the series of γ(a, y) = y^a e^{−y}·Σ (DLMF 8.7.1); used for 0 ≤ y < 1 (tailMean). */
function lowerGammaSeries(a: number, y: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100 && term > 1e-17 * sum; n++) {
    term *= y / (a + n);
    sum += term;
  }
  return sum;
}

/** log f(t) = log(α/s) − (1 + α)·log z − z^{−α}. */
export function frechetLogPdf(t: number, alpha: number, s = 1, m = 0): number {
  if (Number.isNaN(t) || !valid(alpha, s, m)) return NaN;
  if (t <= m || t === Infinity) return -Infinity;
  return Math.log(alpha / s) - (1 + alpha) * logZ(t, s, m) - yOf(t, alpha, s, m);
}

/** log P(X ≤ t) = −y. */
export function frechetLogCdf(t: number, alpha: number, s = 1, m = 0): number {
  if (Number.isNaN(t) || !valid(alpha, s, m)) return NaN;
  if (t <= m) return -Infinity;
  if (t === Infinity) return 0;
  return -yOf(t, alpha, s, m);
}

/** log P(X > t) = log(1 − e^{−y}): log1mexp for y > 1e-5, else ly + log1p(y(−½ + y/6)). */
export function frechetLogSf(t: number, alpha: number, s = 1, m = 0): number {
  if (Number.isNaN(t) || !valid(alpha, s, m)) return NaN;
  if (t <= m) return 0;
  if (t === Infinity) return -Infinity;
  const y = yOf(t, alpha, s, m);
  return y === Infinity ? 0 : log1mExpNeg(y, -alpha * logZ(t, s, m));
}

/** E[X·1{X > t}] = s·γ(1 − 1/α, y) + m·F̄(t) as a SignedLog (lsum: m may be negative); +∞ for α ≤ 1. */
export function frechetLogPartialMean(t: number, alpha: number, s = 1, m = 0): SignedLog {
  if (Number.isNaN(t) || !valid(alpha, s, m)) return NAN_LOG;
  if (t === Infinity) return { log: -Infinity, sign: 0 };
  if (alpha <= 1) return POS_INF_LOG;
  const a = 1 - 1 / alpha;
  const locSign = m > 0 ? 1 : m < 0 ? -1 : 0;
  if (t <= m) return lsum({ log: Math.log(s) + lgamma(a), sign: 1 }, { log: Math.log(Math.abs(m)), sign: locSign });
  const ly = -alpha * logZ(t, s, m);
  const y = yOf(t, alpha, s, m);
  const scalePart: SignedLog = { log: Math.log(s) + logLowerGamma(a, y, ly), sign: 1 };
  const locPart: SignedLog = { log: Math.log(Math.abs(m)) + frechetLogSf(t, alpha, s, m), sign: locSign };
  return lsum(scalePart, locPart);
}

/**
 * E[X | X > t]. For y < 1: with y^a = y·z, s·γ(a, y)/F̄ = (t − m)·e^{−y}·Σ·y/(1 − e^{−y}), so
 * E[X | X > t] = m + (t − m)·e^{−y}·Σ(y)·y/(−expm1(−y)) with no large logs; else the log ratio.
 */
export function frechetTailMean(t: number, alpha: number, s = 1, m = 0): number {
  if (Number.isNaN(t) || !valid(alpha, s, m) || t === Infinity) return NaN;
  if (alpha <= 1) return Infinity;
  if (t <= m) return frechetMean(alpha, s, m);
  const a = 1 - 1 / alpha;
  const y = yOf(t, alpha, s, m);
  if (y < 1) {
    const ratio = y === 0 ? 1 : y / -Math.expm1(-y);
    const c = Math.exp(-y) * lowerGammaSeries(a, y) * ratio;
    // m + (t − m)·c, halved throughout where t − m overflows (the result may still be finite)
    return Number.isFinite(t - m) ? m + (t - m) * c : 2 * (m / 2 + (t / 2 - m / 2) * c);
  }
  const pm = frechetLogPartialMean(t, alpha, s, m);
  return pm.sign * Math.exp(pm.log - frechetLogSf(t, alpha, s, m));
}

/** inf{x : P(X ≤ x) ≥ p} = m + s·(−log p)^{−1/α}. */
export function frechetQuantile(p: number, alpha: number, s = 1, m = 0): number {
  if (!(p >= 0 && p <= 1) || !valid(alpha, s, m)) return NaN;
  if (p === 0) return m;
  return m + s * Math.pow(0 - Math.log(p), -1 / alpha); // 0 − log 1 = +0: pow(−0, −1) would be −∞
}

/** E[X] = m + sΓ(1 − 1/α) for α > 1; Infinity for α ≤ 1. */
export function frechetMean(alpha: number, s = 1, m = 0): number {
  if (!valid(alpha, s, m)) return NaN;
  return alpha > 1 ? m + s * Math.exp(lgamma(1 - 1 / alpha)) : Infinity;
}

/** Var[X] = s²[Γ(1 − 2/α) − Γ(1 − 1/α)²] for α > 2 (expm1 form); Infinity for α ≤ 2 (the mean is +∞ or finite, never undefined). */
export function frechetVariance(alpha: number, s = 1, m = 0): number {
  if (!valid(alpha, s, m)) return NaN;
  if (alpha <= 2) return Infinity;
  const g1 = lgamma(1 - 1 / alpha);
  return s * s * Math.exp(2 * g1) * Math.expm1(lgamma(1 - 2 / alpha) - 2 * g1);
}

/**
 * log E[e^{λX}]: 0 at λ = 0, Infinity for λ > 0. For λ < 0 finite even when m < 0 (X > m, so e^{λX} < e^{λm}):
 * log M = λm + log E[e^{λs·Z}], Z = e^{−w/α} with e^w = Z^{−α} ~ Exp(1), integrated in w
 * (logMgfNegativeTilt; quadrature in x gave NaN for m = 1e10 and −1.02 for s = 1e-50 where the answer is
 * −1.0e-50). At λ = −∞: −∞ for m ≥ 0, +∞ for m < 0 (P(X < 0) > 0).
 */
export function frechetLogMgf(lambda: number, alpha: number, s = 1, m = 0): number {
  if (Number.isNaN(lambda) || !valid(alpha, s, m)) return NaN;
  if (lambda === 0) return 0;
  if (lambda > 0) return Infinity;
  if (lambda === -Infinity) return m < 0 ? Infinity : -Infinity;
  return lambda * m + logMgfNegativeTilt(lambda, frechetStandardized(alpha, s));
}

/** Fréchet(α, s = 1, m = 0); throws DomainError naming the parameter when one is out of range. */
export function frechet(params: { alpha: number; s?: number; m?: number }): Distribution {
  const alpha = requirePositive('frechet', 'alpha', params.alpha);
  const s = withDefault(params.s, 1, (v) => requirePositive('frechet', 's', v));
  const m = withDefault(params.m, 0, (v) => requireFinite('frechet', 'm', v));
  return defineDistribution({
    spec: { family: 'frechet', alpha, s, m },
    support: { lower: m, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(alpha), left: boundedTail() },
    logPdf(x) { return frechetLogPdf(x, alpha, s, m); },
    logCdf(x) { return frechetLogCdf(x, alpha, s, m); },
    logSf(x) { return frechetLogSf(x, alpha, s, m); },
    quantile(p) { return frechetQuantile(p, alpha, s, m); },
    mean() { return frechetMean(alpha, s, m); },
    variance() { return frechetVariance(alpha, s, m); },
    logPartialMean(t) { return frechetLogPartialMean(t, alpha, s, m); },
    tailMean(t) { return frechetTailMean(t, alpha, s, m); },
    logMgf(lambda) { return frechetLogMgf(lambda, alpha, s, m); },
  });
}
