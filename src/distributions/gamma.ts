/**
 * Gamma(shape k, rate r), θ = 1/r: density r^k x^{k−1}e^{−rx}/Γ(k) on (0, ∞). numerics.md §4.2 (Gamma row)
 * and §4.3 (tilt mean kθ/(1 − λθ)); x = r·t below.
 *   log F̄(t) = log Q(k, x); E[X·1{X > t}] = kθ·Q(k+1, x) (DLMF 8.8.1: Γ(k+1, x) = kΓ(k, x) + x^k e^{−x});
 *   E[X | X > t] = θ·(k + 1/h) in the continued-fraction region x ≥ k + 1, where Γ(k, x) = x^k e^{−x}·h
 *   (Legendre's fraction, Numerical Recipes §6.2) — no difference of two logs of size x;
 *   log E[e^{λX}] = −k·log1p(−λ/r) for λ < r, +∞ otherwise.
 * Right tail exponential-type with λ₊ = r; left side bounded at 0.
 *
 * Example: gamma({ shape: 2, rate: 1 }).logSf(10) = log(11·e^{−10}) = −7.6021…; tailMean(10) = 10 + 12/11.
 */
import { type SignedLog, SIGNED_ZERO } from '../numerics/logspace.ts';
import { brent } from '../numerics/roots.ts';
import { logGammaPrefactor, logLowerRegGamma, logUpperRegGamma, logUpperFraction } from '../numerics/special/incompleteGamma.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, exponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const valid = (k: number, r: number): boolean => k > 0 && k < Infinity && r > 0 && r < Infinity;

/** log f(x) = log(x^k e^{−x}/Γ(k)) at x = r·t, minus log t (logGammaPrefactor keeps large k exact). */
export function gammaLogPdf(t: number, shape: number, rate: number): number {
  if (Number.isNaN(t) || !valid(shape, rate)) return NaN;
  if (t < 0 || t === Infinity) return -Infinity;
  if (t === 0) return shape < 1 ? Infinity : shape === 1 ? Math.log(rate) : -Infinity;
  const lx = Math.log(rate) + Math.log(t);
  return logGammaPrefactor(shape, rate * t, lx) - Math.log(t);
}

/** log P(X > t) = log Q(k, r·t); lx = log r + log t is passed so r·t may underflow. */
export function gammaLogSf(t: number, shape: number, rate: number): number {
  if (Number.isNaN(t) || !valid(shape, rate)) return NaN;
  if (t <= 0) return 0;
  return logUpperRegGamma(shape, rate * t, Math.log(rate) + Math.log(t));
}

/** log P(X ≤ t) = log P(k, r·t). */
export function gammaLogCdf(t: number, shape: number, rate: number): number {
  if (Number.isNaN(t) || !valid(shape, rate)) return NaN;
  if (t <= 0) return -Infinity;
  return logLowerRegGamma(shape, rate * t, Math.log(rate) + Math.log(t));
}

/** E[X·1{X > t}] = (k/r)·Q(k+1, r·t) as a SignedLog; the mean k/r for t ≤ 0. */
export function gammaLogPartialMean(t: number, shape: number, rate: number): SignedLog {
  if (Number.isNaN(t) || !valid(shape, rate)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  const logMean = Math.log(shape) - Math.log(rate);
  if (t <= 0) return { log: logMean, sign: 1 };
  return { log: logMean + logUpperRegGamma(shape + 1, rate * t, Math.log(rate) + Math.log(t)), sign: 1 };
}

/** E[X | X > t] = θ(k + 1/h) for r·t ≥ k + 1, else the log-space ratio; k/r for t ≤ 0; NaN at t = ∞. */
export function gammaTailMean(t: number, shape: number, rate: number): number {
  if (Number.isNaN(t) || !valid(shape, rate) || t === Infinity) return NaN;
  if (t <= 0) return shape / rate;
  const x = rate * t;
  if (x >= shape + 1) return (shape + Math.exp(-logUpperFraction(shape, x))) / rate;
  return Math.exp(gammaLogPartialMean(t, shape, rate).log - gammaLogSf(t, shape, rate));
}

/**
 * inf{t : P(X ≤ t) ≥ p}: Brent on y = log(r·t) for log P(k, e^y) = log p (p ≤ ½) or log Q(k, e^y) = log(1−p),
 * both monotone in y; the bracket's upper end is pushed out until it holds the root.
 */
export function gammaQuantile(p: number, shape: number, rate: number): number {
  if (!(p >= 0 && p <= 1) || !valid(shape, rate)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const g =
    p <= 0.5
      ? (y: number) => logLowerRegGamma(shape, Math.exp(y), y) - Math.log(p)
      : (y: number) => Math.log1p(-p) - logUpperRegGamma(shape, Math.exp(y), y);
  const lo = -1000;
  if (g(lo) >= 0) return 0;
  let hi = Math.log(shape + 10 * Math.sqrt(shape) + 50);
  while (g(hi) < 0) hi += Math.max(1, Math.abs(hi));
  const y = brent(g, lo, hi, { xTol: 0, rTol: Number.EPSILON }).root;
  return Math.exp(y - Math.log(rate)); // not e^y/r: e^y may underflow where t does not
}

/** log E[e^{λX}] = −k·log1p(−λ/r) for λ < r; +∞ for λ ≥ r. */
export function gammaLogMgf(lambda: number, shape: number, rate: number): number {
  if (Number.isNaN(lambda) || !valid(shape, rate)) return NaN;
  if (lambda >= rate) return Infinity;
  return -shape * Math.log1p(-lambda / rate);
}

/** Mean of the exponential tilt: Λ'(λ) = k/(r − λ) for λ < r (numerics.md §4.3), +∞ beyond. */
export function gammaTiltMean(lambda: number, shape: number, rate: number): number {
  if (Number.isNaN(lambda) || !valid(shape, rate)) return NaN;
  return lambda >= rate ? Infinity : shape / (rate - lambda);
}

/** Gamma({ shape, rate }); throws DomainError naming 'shape' or 'rate'. */
export function gamma(params: { shape: number; rate: number }): Distribution {
  const shape = requirePositive('gamma', 'shape', params.shape);
  const rate = requirePositive('gamma', 'rate', params.rate);
  return defineDistribution({
    spec: { family: 'gamma', shape, rate },
    support: { lower: 0, upper: Infinity, kind: 'continuous' },
    tails: { right: exponentialTail(rate), left: boundedTail() },
    logPdf(x) { return gammaLogPdf(x, shape, rate); },
    logCdf(t) { return gammaLogCdf(t, shape, rate); },
    logSf(t) { return gammaLogSf(t, shape, rate); },
    quantile(p) { return gammaQuantile(p, shape, rate); },
    mean() { return shape / rate; },
    variance() { return shape / (rate * rate); },
    logPartialMean(t) { return gammaLogPartialMean(t, shape, rate); },
    tailMean(t) { return gammaTailMean(t, shape, rate); },
    logMgf(lambda) { return gammaLogMgf(lambda, shape, rate); },
  });
}
