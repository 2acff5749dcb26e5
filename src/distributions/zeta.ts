/**
 * Zeta (Zipf) law on {1, 2, …}: P(X = n) = n^{−s}/ζ(s), s > 1. Right tail regularly varying with
 * index s − 1 (F̄(t) ~ t^{1−s}/((s−1)ζ(s))), so powerTail(s − 1); left tail bounded.
 *
 * With n = ⌊t⌋ (DLMF 25.11.1, Hurwitz zeta ζ(s, q)):
 *   P(X > t) = ζ(s, n+1)/ζ(s), P(X ≤ t) = H(s, n)/ζ(s) (H the generalised harmonic number);
 *   E[X·1{X > t}] = ζ(s−1, n+1)/ζ(s) for s > 2 (strict inequality: the atom at t is excluded), +∞ for s ≤ 2;
 *   E[X] = ζ(s−1)/ζ(s) (s > 2), Var = ζ(s−2)/ζ(s) − E[X]² (s > 3);
 *   E[e^{λX}] = Li_s(e^λ)/ζ(s) for λ < 0, 1 at λ = 0, +∞ for λ > 0.
 * Of logSf and logCdf, whichever is the smaller probability is computed directly, the other by log1mExp.
 *
 * Example: zeta({ s: 2 }).logSf(1) = log(1 − 6/π²) = −0.9312…
 */
import { log1mExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import {
  logHarmonic,
  logHurwitzZeta,
  logHurwitzZetaScaled,
  logPolylogExp,
  logRiemannZeta,
} from '../numerics/special/hurwitzZeta.ts';
import { defineDistribution } from './base.ts';
import { boundedTail, powerTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireInRange } from './validate.ts';

const invalid = (s: number): boolean => !(s > 1 && s < Infinity);

/*
 * Every kernel takes log ζ(s) as an optional last argument `logZ`: the built law computes it once
 * (a direct sum plus Euler–Maclaurin, ~20% of a conditioning claim's CPU when recomputed per call);
 * the default recomputes it, so callers with (t, s) only get the same values bit for bit.
 */

/** log P(X = x) = −s·log x − log ζ(s); −Infinity off {1, 2, …}. */
export function zetaLogPmf(x: number, s: number, logZ?: number): number {
  if (Number.isNaN(x) || invalid(s)) return NaN;
  if (!Number.isInteger(x) || x < 1) return -Infinity;
  return -s * Math.log(x) - (logZ ?? logRiemannZeta(s));
}

/** log P(X > t) = log ζ(s, ⌊t⌋+1) − log ζ(s) (via log1mExp of the cdf where that is below ½). */
export function zetaLogSf(t: number, s: number, logZ?: number): number {
  if (Number.isNaN(t) || invalid(s)) return NaN;
  if (t < 1) return 0;
  const n = Math.floor(t);
  logZ ??= logRiemannZeta(s);
  const direct = logHurwitzZeta(s, n + 1) - logZ;
  return direct > -Math.LN2 ? log1mExp(logHarmonic(s, n) - logZ) : direct;
}

/** log P(X ≤ t) = log H(s, ⌊t⌋) − log ζ(s) (via log1mExp of the sf where that is below ½). */
export function zetaLogCdf(t: number, s: number, logZ?: number): number {
  if (Number.isNaN(t) || invalid(s)) return NaN;
  if (t < 1) return -Infinity;
  const n = Math.floor(t);
  logZ ??= logRiemannZeta(s);
  const direct = logHarmonic(s, n) - logZ;
  return direct > -Math.LN2 ? log1mExp(logHurwitzZeta(s, n + 1) - logZ) : direct;
}

/** E[X·1{X > t}] = ζ(s−1, max(0,⌊t⌋)+1)/ζ(s) for s > 2, +∞ for s ≤ 2, as a SignedLog. */
export function zetaLogPartialMean(t: number, s: number, logZ?: number): SignedLog {
  if (Number.isNaN(t) || invalid(s)) return { log: NaN, sign: 0 };
  if (t === Infinity) return SIGNED_ZERO;
  if (s <= 2) return { log: Infinity, sign: 1 };
  const n = Math.max(0, Math.floor(t));
  return { log: logHurwitzZeta(s - 1, n + 1) - (logZ ?? logRiemannZeta(s)), sign: 1 };
}

/**
 * E[X | X > t] = ζ(s−1, q)/ζ(s, q) with q = max(0,⌊t⌋) + 1, formed as q·exp(Δ) from the scaled Hurwitz
 * zeta (so t = 1e200 keeps full accuracy); +∞ for s ≤ 2, NaN at t = ∞.
 */
export function zetaTailMean(t: number, s: number): number {
  if (Number.isNaN(t) || invalid(s) || t === Infinity) return NaN;
  if (s <= 2) return Infinity;
  const q = Math.max(0, Math.floor(t)) + 1;
  return q * Math.exp(logHurwitzZetaScaled(s - 1, q) - logHurwitzZetaScaled(s, q));
}

/** log E[e^{λX}] = log Li_s(e^λ) − log ζ(s) for λ ≤ 0; Infinity for λ > 0. */
export function zetaLogMgf(lambda: number, s: number, logZ?: number): number {
  if (Number.isNaN(lambda) || invalid(s)) return NaN;
  if (lambda > 0) return Infinity;
  if (lambda === 0) return 0;
  return logPolylogExp(s, -lambda) - (logZ ?? logRiemannZeta(s));
}

/** E[X] = ζ(s−1)/ζ(s) for s > 2, +∞ for s ≤ 2. */
export function zetaMean(s: number): number {
  if (invalid(s)) return NaN;
  return s <= 2 ? Infinity : Math.exp(logRiemannZeta(s - 1) - logRiemannZeta(s));
}

/**
 * Var[X] for s > 3 (+∞ for s ≤ 3). For s ≤ 8: ζ(s−2)/ζ(s) − E[X]²; beyond, where that cancels
 * (Var ≈ 2^{−s}), the direct sum Σ (n − E[X])² n^{−s}/ζ(s), whose tail past n = 4000 is below 1e-17 of it.
 */
export function zetaVariance(s: number): number {
  if (invalid(s)) return NaN;
  if (s <= 3) return Infinity;
  const logZ = logRiemannZeta(s);
  const mean = zetaMean(s);
  if (s <= 8) return Math.exp(logRiemannZeta(s - 2) - logZ) - mean * mean;
  let v = 0;
  for (let n = 1; n <= 4000; n++) v += (n - mean) ** 2 * Math.exp(-s * Math.log(n) - logZ);
  return v;
}

/** inf{n ≥ 1 : P(X ≤ n) ≥ u}: bracketing by doubling, then bisection on the integers (geometric while wide). */
export function zetaQuantile(u: number, s: number, logZ?: number): number {
  if (Number.isNaN(u) || u < 0 || u > 1 || invalid(s)) return NaN;
  if (u === 1) return Infinity;
  // reached(n) ⇔ F(n) ≥ u, compared on the side (cdf or sf) that is small
  const lz = logZ ?? logRiemannZeta(s);
  const reached =
    u <= 0.5 ? (n: number) => zetaLogCdf(n, s, lz) >= Math.log(u) : (n: number) => zetaLogSf(n, s, lz) <= Math.log1p(-u);
  if (reached(1)) return 1;
  let lo = 1;
  let hi = 2;
  while (!reached(hi)) {
    lo = hi;
    hi *= 2;
    if (hi === Infinity) return Infinity;
  }
  while (hi - lo > 1) {
    const mid = hi > 4 * lo ? Math.floor(Math.sqrt(lo) * Math.sqrt(hi)) : Math.floor((lo + hi) / 2);
    if (mid <= lo || mid >= hi) break;
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Zeta({ s }) on {1, 2, …}; s > 1. */
export function zeta(params: { s: number }): Distribution {
  const s = requireInRange('zeta', 's', params.s, 1, Infinity);
  const logZ = logRiemannZeta(s); // once per law (see the note above zetaLogPmf)
  return defineDistribution({
    spec: { family: 'zeta', s },
    support: { lower: 1, upper: Infinity, kind: 'discrete' },
    tails: { right: powerTail(s - 1), left: boundedTail() },
    logPdf(x) { return zetaLogPmf(x, s, logZ); },
    massAt(x) { return Math.exp(zetaLogPmf(x, s, logZ)); },
    logCdf(t) { return zetaLogCdf(t, s, logZ); },
    logSf(t) { return zetaLogSf(t, s, logZ); },
    quantile(u) { return zetaQuantile(u, s, logZ); },
    mean() { return zetaMean(s); },
    variance() { return zetaVariance(s); },
    logPartialMean(t) { return zetaLogPartialMean(t, s, logZ); },
    tailMean(t) { return zetaTailMean(t, s); },
    logMgf(lambda) { return zetaLogMgf(lambda, s, logZ); },
  });
}
