/**
 * Lévy(μ, c): F(t) = erfc(w), F̄(t) = erf(w), w = √(c/(2(t − μ))) for t > μ;
 * f(t) = √(c/2π)·(t − μ)^{−3/2}·e^{−c/(2(t−μ))}. Mean and variance are +∞; E[e^{λX}] = e^{λμ − √(−2cλ)} for λ ≤ 0.
 * Formulas: numerics.md §4.2 (Lévy row). Right tail regularly varying with index ½; bounded below by μ.
 */
import { LN2, LOG_SQRT_2PI, type SignedLog } from '../numerics/logspace.ts';
import { erf, erfc, erfcx, logErfc } from '../numerics/special/erfcx.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive, withDefault } from './validate.ts';

const LOG_2_OVER_SQRT_PI = Math.log(2 / Math.sqrt(Math.PI));

function valid(mu: number, c: number): boolean {
  return Number.isFinite(mu) && c > 0 && c < Infinity;
}

/** log w = ½(log c − ln 2 − log(t − μ)), for t > μ. */
function logW(t: number, mu: number, c: number): number {
  return 0.5 * (Math.log(c) - LN2 - Math.log(t - mu));
}

/** log f(t) = ½log(c/2π) − c/(2(t − μ)) − (3/2)·log(t − μ). */
export function levyLogPdf(t: number, mu: number, c: number): number {
  if (Number.isNaN(t) || !valid(mu, c)) return NaN;
  if (t <= mu || t === Infinity) return -Infinity;
  const d = t - mu;
  return 0.5 * Math.log(c) - LOG_SQRT_2PI - c / (2 * d) - 1.5 * Math.log(d);
}

/** log P(X ≤ t) = log erfc(w). */
export function levyLogCdf(t: number, mu: number, c: number): number {
  if (Number.isNaN(t) || !valid(mu, c)) return NaN;
  if (t <= mu) return -Infinity;
  if (t === Infinity) return 0;
  return logErfc(Math.exp(logW(t, mu, c)));
}

/**
 * log P(X > t) = log erf(w). For w < ½: log(2/√π) + log w + log Σₙ(−w²)ⁿ/(n!(2n + 1)) (Maclaurin series
 * of erf, DLMF 7.6.1), exact where w underflows; else log1p(−erfc(w)).
 */
export function levyLogSf(t: number, mu: number, c: number): number {
  if (Number.isNaN(t) || !valid(mu, c)) return NaN;
  if (t <= mu) return 0;
  if (t === Infinity) return -Infinity;
  const lw = logW(t, mu, c);
  const w = Math.exp(lw);
  if (w >= 0.5) return Math.log1p(-erfc(w));
  const u = w * w;
  let power = 1;
  let sum = 1;
  for (let n = 1; n < 40; n++) {
    power *= -u / n;
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * sum) break;
  }
  return LOG_2_OVER_SQRT_PI + lw + Math.log(sum);
}

/** E[X·1{X > t}] = +∞ for every t < ∞ (the tail is ~ t^{−1/2}); 0 at t = ∞. */
export function levyLogPartialMean(t: number, mu: number, c: number): SignedLog {
  if (Number.isNaN(t) || !valid(mu, c)) return { log: NaN, sign: 0 };
  return t === Infinity ? { log: -Infinity, sign: 0 } : { log: Infinity, sign: 1 };
}

/**
 * erfc⁻¹(p), p ∈ (0, 1). p ≤ ½: Newton on the concave log erfc(w) − log p from w₀ = √(−log p), right of the
 * root (erfc(w) ≤ e^{−w²}), so the iterates decrease monotonically. p > ½: erf(w) = 1 − p (exact) by Newton
 * from w₀ = (1 − p)√π/2, left of the root (erf concave on w > 0), increasing monotonically.
 */
export function erfcInverse(p: number): number {
  if (!(p >= 0 && p <= 2)) return NaN;
  if (p === 0) return Infinity;
  if (p > 1) return -erfcInverse(2 - p);
  if (p === 1) return 0;
  if (p <= 0.5) {
    const lp = Math.log(p);
    let w = Math.sqrt(-lp);
    for (let i = 0; i < 100; i++) {
      const step = (logErfc(w) - lp) * (Math.sqrt(Math.PI) / 2) * erfcx(w);
      if (!(step < 0)) break;
      w += step;
      if (-step <= 1e-16 * w) break;
    }
    return w;
  }
  const q = 1 - p;
  let w = (q * Math.sqrt(Math.PI)) / 2;
  for (let i = 0; i < 100; i++) {
    const step = (q - erf(w)) * (Math.sqrt(Math.PI) / 2) * Math.exp(w * w);
    if (!(step > 0)) break;
    w += step;
    if (step <= 1e-16 * w) break;
  }
  return w;
}

/** inf{x : P(X ≤ x) ≥ p} = μ + c/(2·erfc⁻¹(p)²). */
export function levyQuantile(p: number, mu: number, c: number): number {
  if (!(p >= 0 && p <= 1) || !valid(mu, c)) return NaN;
  if (p === 0) return mu;
  if (p === 1) return Infinity;
  const w = erfcInverse(p);
  return mu + c / 2 / w / w;
}

/** E[X] = +∞. */
export function levyMean(mu: number, c: number): number {
  return valid(mu, c) ? Infinity : NaN;
}

/** Var[X] = +∞. */
export function levyVariance(mu: number, c: number): number {
  return valid(mu, c) ? Infinity : NaN;
}

/** log E[e^{λX}] = λμ − √(−2cλ) for λ ≤ 0; Infinity for λ > 0. */
export function levyLogMgf(lambda: number, mu: number, c: number): number {
  if (Number.isNaN(lambda) || !valid(mu, c)) return NaN;
  if (lambda === 0) return 0;
  if (lambda > 0) return Infinity;
  return lambda * mu - Math.sqrt(-2 * c * lambda);
}

/** Lévy(μ = 0, c); throws DomainError naming the parameter when one is out of range. */
export function levy(params: { mu?: number; c: number }): Distribution {
  const mu = withDefault(params.mu, 0, (v) => requireFinite('levy', 'mu', v));
  const c = requirePositive('levy', 'c', params.c);
  return defineDistribution({
    spec: { family: 'levy', mu, c },
    support: { lower: mu, upper: Infinity, kind: 'continuous' },
    tails: { right: powerTail(0.5), left: boundedTail() },
    logPdf(x) { return levyLogPdf(x, mu, c); },
    logCdf(x) { return levyLogCdf(x, mu, c); },
    logSf(x) { return levyLogSf(x, mu, c); },
    quantile(p) { return levyQuantile(p, mu, c); },
    mean() { return levyMean(mu, c); },
    variance() { return levyVariance(mu, c); },
    logPartialMean(t) { return levyLogPartialMean(t, mu, c); },
    logMgf(lambda) { return levyLogMgf(lambda, mu, c); },
  });
}
