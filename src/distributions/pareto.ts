/**
 * Pareto type I (xm, α): F̄(t) = (xm/t)^α on [xm, ∞), density α·xm^α/t^{α+1}.
 * Formulas: numerics.md §4.2 (Pareto I row), claims.md §3 (m(t) = α·xm^α·t^{1−α}/(α − 1)).
 * With ℓ = log(t/xm): logSf = −αℓ, log m(t) = log(α/(α−1)) + log xm − (α−1)ℓ, E[X | X > t] = αt/(α − 1).
 * Right tail regularly varying with index α (powerTail(α)); left side bounded at xm.
 */
import { log1mExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { expIntegralE, scaledExpIntegralE } from '../numerics/special/hurwitzZeta.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requirePositive } from './validate.ts';

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const POS_INF_LOG: SignedLog = { log: Infinity, sign: 1 };

function valid(xm: number, alpha: number): boolean {
  return xm > 0 && xm < Infinity && alpha > 0 && alpha < Infinity;
}

/**
 * ℓ = log(t/xm) for t ≥ xm (numerics.md §4.2): log1p((t − xm)/xm) when t/xm < 2 (t − xm is exact there,
 * Sterbenz), log(t/xm) when the ratio is finite, log t − log xm when it overflows.
 */
export function paretoLogRatio(t: number, xm: number): number {
  const r = t / xm;
  if (r < 2) return Math.log1p((t - xm) / xm);
  if (Number.isFinite(r)) return Math.log(r);
  return Math.log(t) - Math.log(xm);
}

/** log f(x) = log α − log xm − (α + 1)·ℓ on [xm, ∞), −Infinity below xm. */
export function paretoLogPdf(x: number, xm: number, alpha: number): number {
  if (Number.isNaN(x) || !valid(xm, alpha)) return NaN;
  if (x < xm) return -Infinity;
  return Math.log(alpha) - Math.log(xm) - (alpha + 1) * paretoLogRatio(x, xm);
}

/** log P(X > t) = −α·ℓ for t > xm, 0 for t ≤ xm. */
export function paretoLogSf(t: number, xm: number, alpha: number): number {
  if (Number.isNaN(t) || !valid(xm, alpha)) return NaN;
  return t <= xm ? 0 : -alpha * paretoLogRatio(t, xm);
}

/** log P(X ≤ t) = log1mExp(−αℓ) (exact as t → xm⁺). */
export function paretoLogCdf(t: number, xm: number, alpha: number): number {
  if (Number.isNaN(t) || !valid(xm, alpha)) return NaN;
  if (t === Infinity) return 0;
  return t <= xm ? -Infinity : log1mExp(-alpha * paretoLogRatio(t, xm));
}

/** Quantile xm·(1 − p)^{−1/α}, computed as exp(−log1p(−p)/α)·xm (careful near p → 1); Infinity at p = 1. */
export function paretoQuantile(p: number, xm: number, alpha: number): number {
  if (!(p >= 0 && p <= 1) || !valid(xm, alpha)) return NaN;
  const e = -Math.log1p(-p) / alpha;
  // For very large e the product would overflow through exp alone although xm·e^e may be finite.
  return e > 700 ? Math.exp(e + Math.log(xm)) : Math.exp(e) * xm;
}

/** E[X] = α·xm/(α − 1) for α > 1, Infinity for α ≤ 1 (α − 1 is exact near α = 1). */
export function paretoMean(xm: number, alpha: number): number {
  if (!valid(xm, alpha)) return NaN;
  return alpha <= 1 ? Infinity : (alpha / (alpha - 1)) * xm;
}

/** Var[X] = xm²α/((α − 1)²(α − 2)) for α > 2, Infinity for α ≤ 2. */
export function paretoVariance(xm: number, alpha: number): number {
  if (!valid(xm, alpha)) return NaN;
  if (alpha <= 2) return Infinity;
  const s = xm / (alpha - 1);
  return s * s * (alpha / (alpha - 2));
}

/** E[X·1{X > t}] as a SignedLog; the whole mean for t ≤ xm; +∞ for α ≤ 1. */
export function paretoLogPartialMean(t: number, xm: number, alpha: number): SignedLog {
  if (Number.isNaN(t) || !valid(xm, alpha)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  if (alpha <= 1) return POS_INF_LOG;
  const base = Math.log(alpha / (alpha - 1)) + Math.log(xm);
  if (t <= xm) return { log: base, sign: 1 };
  return { log: base - (alpha - 1) * paretoLogRatio(t, xm), sign: 1 };
}

/** E[X | X > t] = α·max(t, xm)/(α − 1) for α > 1; Infinity for α ≤ 1; NaN at t = ∞. */
export function paretoTailMean(t: number, xm: number, alpha: number): number {
  if (Number.isNaN(t) || !valid(xm, alpha) || t === Infinity) return NaN;
  if (alpha <= 1) return Infinity;
  return (alpha / (alpha - 1)) * Math.max(t, xm);
}

/**
 * log E[e^{λX}]: 0 at λ = 0, Infinity for λ > 0 (heavy right tail). For λ < 0, with s = −λ·xm and
 * x = xm·u, M = α·∫_1^∞ u^{−α−1}e^{−su} du = α·E_{α+1}(s) (DLMF 8.19.1), and by DLMF 8.19.12
 * α·E_{α+1}(s) = e^{−s} − s·E_α(s), so
 *   1 − M = −expm1(−s) + s·E_α(s),
 * a sum of two positive terms: log M = log1p(−(1 − M)) keeps full relative accuracy as λ → 0⁻ (≈ λ·mean
 * for α > 1, ≈ −Γ(1 − α)s^α for α < 1, −s·log(1/s) at α = 1). Once 1 − M > ½: log α + log E_{α+1}(s),
 * with E_{α+1}(s) = e^{−s}·(e^{s}E_{α+1}(s)) for s ≥ 1 so that s > 745 still works.
 * (Before: adaptive quadrature of e^{λx}f(x), which lost digits for α ≈ 1 at tiny |λ|.)
 * Example: paretoLogMgf(−1, 1, 3) = log(3·E₄(1)) = −1.354069314629101… (mpmath).
 */
export function paretoLogMgf(lambda: number, xm: number, alpha: number): number {
  if (Number.isNaN(lambda) || !valid(xm, alpha)) return NaN;
  if (lambda === 0) return 0;
  if (lambda > 0) return Infinity;
  const s = -lambda * xm;
  if (s === Infinity) return -Infinity;
  const oneMinusM = -Math.expm1(-s) + s * expIntegralE(alpha, s);
  if (oneMinusM <= 0.5) return Math.log1p(-oneMinusM);
  if (s >= 1) return Math.log(alpha) + Math.log(scaledExpIntegralE(alpha + 1, s)) - s;
  return Math.log(alpha) + Math.log(expIntegralE(alpha + 1, s));
}

/** Pareto type I; throws DomainError naming 'xm' or 'alpha' unless both are finite and > 0. */
export function pareto(params: { xm: number; alpha: number }): Distribution {
  const xm = requirePositive('pareto', 'xm', params.xm);
  const alpha = requirePositive('pareto', 'alpha', params.alpha);
  return defineDistribution({
    spec: { family: 'pareto', xm, alpha },
    support: { lower: xm, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(alpha), left: boundedTail() },
    logPdf(x) { return paretoLogPdf(x, xm, alpha); },
    logCdf(x) { return paretoLogCdf(x, xm, alpha); },
    logSf(x) { return paretoLogSf(x, xm, alpha); },
    quantile(p) { return paretoQuantile(p, xm, alpha); },
    mean() { return paretoMean(xm, alpha); },
    variance() { return paretoVariance(xm, alpha); },
    logPartialMean(t) { return paretoLogPartialMean(t, xm, alpha); },
    tailMean(t) { return paretoTailMean(t, xm, alpha); },
    logMgf(lambda) { return paretoLogMgf(lambda, xm, alpha); },
  });
}
