/**
 * Gumbel (maximum) law, location μ, scale β: F(t) = exp(−e^{−z}), z = (t − μ)/β, y = e^{−z}.
 * Right tail exponential-type with λ₊ = 1/β; left tail doubly exponential (superExponentialTail(true)).
 *
 *   log F(t) = −y; log F̄(t) = log(1 − e^{−y}), via −z − y/2 + y²/24 once y < 1e-5 (so z > 745, where y
 *   underflows, still works; log((1 − e^{−y})/y) = −y/2 + y²/24 − y⁴/2880 + …);
 *   with Z = −log U, U ~ Exp(1): E[Z·1{Z > z}] = G(y) = ∫_0^y (−log u)e^{−u} du
 *     = Ein(y) + z·(1 − e^{−y}) = γ + E₁(y) + e^{−y}·log y   (integration by parts; DLMF 6.2.3
 *   Ein(y) = ∫_0^y (1 − e^{−u})/u du = E₁(y) + log y + γ), so E[X·1{X > t}] = μ·F̄ + β·G(y) and
 *   E[X | X > t] = t + β·Ein(y)/(1 − e^{−y}) for z ≥ 0 (no cancellation with μ), μ + β·G/F̄ for z < 0;
 *   E[X] = μ + βγ, Var = π²β²/6, log E[e^{λX}] = μλ + lgamma(1 − βλ) for βλ < 1, tilt mean μ − βψ(1 − βλ).
 *   Lower partial mean (for reflections): E[Z·1{Z < z}] = ∫_y^∞ (−log u)e^{−u} du = −(e^{−y}log y + E₁(y)),
 *   so E[X·1{X < u}] = e^{−y}·(u − β·e^{y}E₁(y)) (no cancellation in the left tail, where y > 1).
 *
 * Example: gumbel({ mu: 0, beta: 1 }).logSf(0) = log(1 − 1/e) = −0.4586751453870819.
 */
import { log1mExp, lsum, SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { digamma } from '../numerics/special/digamma.ts';
import { expIntegralE, scaledExpIntegralE } from '../numerics/special/hurwitzZeta.ts';
import { lgamma } from '../numerics/special/lgamma.ts';
import { defineDistribution, tailMeanFromLogs } from './base.ts';
import { exponentialTail, superExponentialTail } from './tails.ts';
import type { Distribution } from './types.ts';
import { requireFinite, requirePositive } from './validate.ts';
import { standardize } from './standardize.ts';

const EULER_GAMMA = 0.57721566490153286061;
/** log(Number.MAX_VALUE) ≈ 709.78: e^{w} overflows for w above it. */
const LOG_MAX_DOUBLE = Math.log(Number.MAX_VALUE);
const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const valid = (mu: number, beta: number): boolean => Number.isFinite(mu) && beta > 0 && beta < Infinity;

/** log F̄ for the standard law at z (y = e^{−z}). */
function standardLogSf(z: number): number {
  if (z > 11.5) {
    const y = Math.exp(-z); // < 1e-5, possibly 0
    return -z - y / 2 + (y * y) / 24;
  }
  return log1mExp(-Math.exp(-z));
}

/** Ein(y)/y = Σ_{k≥1} (−y)^{k−1}/(k·k!) for 0 ≤ y ≤ 1 (alternating, first term 1). */
function einOverY(y: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 2; k < 40; k++) {
    term *= -y / k;
    const contribution = term / k;
    sum += contribution;
    if (Math.abs(contribution) < 1e-17 * sum) break;
  }
  return sum;
}

/** (1 − e^{−y})/y, exact as y → 0. */
function oneMinusExpOverY(y: number): number {
  return y === 0 ? 1 : -Math.expm1(-y) / y;
}

/** E[Z | Z > z] for the standard Gumbel law (see the file comment); NaN at z = ∞. */
function standardTailMean(z: number): number {
  if (z === Infinity) return NaN;
  if (z === -Infinity) return EULER_GAMMA;
  if (z >= 0) {
    const y = Math.exp(-z);
    return z + einOverY(y) / oneMinusExpOverY(y);
  }
  const y = Math.exp(-z);
  const g = EULER_GAMMA + (y === Infinity ? 0 : expIntegralE(1, y) + Math.exp(-y) * -z);
  return g / -Math.expm1(-y);
}

/**
 * log f(x) = −log β − z − e^{−z}. z is formed as x/β − μ/β when x − μ overflows (x = 1e308, μ = −1e308,
 * β = 1e300 has z = 2e8 and a finite log density). In the doubly-exponential left tail e^{−z} overflows
 * exactly when −z > log(Number.MAX_VALUE) ≈ 709.78, and then −z − e^{−z} < −1.7e308 is itself beyond the
 * double range, so −∞ is the correctly rounded answer; |z| = ∞ likewise gives −∞ (never ∞ − ∞ = NaN).
 */
export function gumbelLogPdf(x: number, mu: number, beta: number): number {
  if (Number.isNaN(x) || !valid(mu, beta)) return NaN;
  const z = standardize(x, mu, beta);
  if (!Number.isFinite(z) || -z > LOG_MAX_DOUBLE) return -Infinity;
  return -Math.log(beta) - z - Math.exp(-z);
}

export function gumbelLogSf(t: number, mu: number, beta: number): number {
  if (Number.isNaN(t) || !valid(mu, beta)) return NaN;
  return standardLogSf(standardize(t, mu, beta));
}

export function gumbelLogCdf(t: number, mu: number, beta: number): number {
  if (Number.isNaN(t) || !valid(mu, beta)) return NaN;
  return -Math.exp(-standardize(t, mu, beta));
}

/** E[X | X > t]: t + β·Ein(y)/(1 − e^{−y}) for z ≥ 0, μ + β·G(y)/F̄ for z < 0; NaN at t = ∞. */
export function gumbelTailMean(t: number, mu: number, beta: number): number {
  if (Number.isNaN(t) || !valid(mu, beta) || t === Infinity) return NaN;
  if (t === -Infinity) return mu + beta * EULER_GAMMA;
  const z = standardize(t, mu, beta);
  if (z >= 0) {
    const y = Math.exp(-z);
    return t + (beta * einOverY(y)) / oneMinusExpOverY(y);
  }
  return mu + beta * standardTailMean(z);
}

/** E[X·1{X > t}]: F̄·tail mean for z ≥ 0; the signed sum μ·F̄ + β·G(y) for z < 0 (F̄ > 1 − 1/e there). */
export function gumbelLogPartialMean(t: number, mu: number, beta: number): SignedLog {
  if (Number.isNaN(t) || !valid(mu, beta)) return NAN_LOG;
  if (t === Infinity) return SIGNED_ZERO;
  const z = standardize(t, mu, beta);
  if (z >= 0) {
    const tm = gumbelTailMean(t, mu, beta);
    if (tm === 0) return SIGNED_ZERO;
    return { log: standardLogSf(z) + Math.log(Math.abs(tm)), sign: tm > 0 ? 1 : -1 };
  }
  const logSf = standardLogSf(z);
  const meanPart: SignedLog = mu === 0 ? SIGNED_ZERO : { log: Math.log(Math.abs(mu)) + logSf, sign: mu > 0 ? 1 : -1 };
  const scalePart: SignedLog = { log: Math.log(beta) + logSf + Math.log(standardTailMean(z)), sign: 1 };
  return lsum(meanPart, scalePart);
}

/**
 * E[X·1{X < u}] (strict; the law is continuous) as a SignedLog, y = e^{−z}, z = (u − μ)/β:
 *   y > 1 (left of the mode): e^{−y}·(u − β·g), g = e^{y}E₁(y) ∈ (1/(y + 1), 1/y) by its continued
 *     fraction, so log|L| = −y + log|u − βg| stays finite where e^{−y} underflows (u − βg cancels only
 *     where L itself changes sign); −∞ once y overflows (L is below every double);
 *   y ≤ 1: μ·e^{−y} + β·(γ − G(y)), G = y·Ein(y)/y + z·(1 − e^{−y}) as in the file comment
 *     (E₁(y) = Ein(y) − log y − γ with log y = −z, so y may underflow to 0).
 * Before this the generic route (μ − m(u), then quadrature) returned NaN from z ≈ −25 to −709.
 */
export function gumbelLogLowerPartialMean(u: number, mu: number, beta: number): SignedLog {
  if (Number.isNaN(u) || !valid(mu, beta)) return NAN_LOG;
  if (u === -Infinity) return SIGNED_ZERO;
  if (u === Infinity) return toSignedLog(mu + beta * EULER_GAMMA);
  const z = standardize(u, mu, beta);
  const y = Math.exp(-z);
  if (y > 1) {
    if (y === Infinity) return SIGNED_ZERO;
    const v = u - beta * scaledExpIntegralE(1, y);
    return v === 0 ? SIGNED_ZERO : { log: -y + Math.log(Math.abs(v)), sign: v > 0 ? 1 : -1 };
  }
  const upper = y * einOverY(y) + z * y * oneMinusExpOverY(y);
  return lsum(toSignedLog(mu * Math.exp(-y)), toSignedLog(beta * (EULER_GAMMA - upper)));
}

/**
 * E[X | X < u] (the lower tail mean, for reflections). W = e^{−(X−μ)/β} ~ Exp(1) and {X < u} = {W > w},
 * w = e^{−z}; by memorylessness W = w + W′ given W > w, so X = u − β·log(1 + W′/w) and
 *   E[X | X < u] = u − β·E[log(1 + W′/w)] = u − β·e^{w}E₁(w)
 * (integration by parts: ∫_0^∞ e^{−x}log(1 + x/w) dx = ∫_0^∞ e^{−x}/(w + x) dx = e^{w}E₁(w), DLMF 6.2.2).
 * For w > 1 the continued fraction gives e^{w}E₁(w) ∈ (1/(w + 1), 1/w) directly (scaledExpIntegralE), so
 * the result stays accurate where log F(u) = −w is −1e24 or −∞ (the ratio of logs returned 0, then NaN,
 * for reflections at s ≳ 56). For w ≤ 1 (u right of the mode) u − β·e^{w}E₁(w) would cancel
 * (e^{w}E₁(w) ≈ z − γ), and the ratio L(u)/F(u) of moderate logs (|log F| ≤ 1) is used instead.
 */
export function gumbelLowerTailMean(u: number, mu: number, beta: number): number {
  if (Number.isNaN(u) || !valid(mu, beta) || u === -Infinity) return NaN;
  if (u === Infinity) return mu + beta * EULER_GAMMA;
  const w = Math.exp(-standardize(u, mu, beta));
  if (w > 1) return u - beta * scaledExpIntegralE(1, w);
  return tailMeanFromLogs(gumbelLogLowerPartialMean(u, mu, beta), gumbelLogCdf(u, mu, beta));
}

/** t = μ − β·log(−log p), with −log p = −log1p(p − 1) (p − 1 exact for p ≥ ½). */
export function gumbelQuantile(p: number, mu: number, beta: number): number {
  if (!(p >= 0 && p <= 1) || !valid(mu, beta)) return NaN;
  const minusLogP = p >= 0.5 ? -Math.log1p(p - 1) : -Math.log(p);
  return mu - beta * Math.log(minusLogP);
}

/**
 * log E[e^{λX}] = μλ + lgamma(1 − βλ) for βλ < 1, +∞ otherwise; +∞ at λ = −∞ too (the left tail is
 * unbounded; μλ + lgamma(∞) was −∞ + ∞ = NaN for μ > 0).
 */
export function gumbelLogMgf(lambda: number, mu: number, beta: number): number {
  if (Number.isNaN(lambda) || !valid(mu, beta)) return NaN;
  if (lambda === 0) return 0;
  if (beta * lambda >= 1 || lambda === -Infinity) return Infinity;
  return mu * lambda + lgamma(1 - beta * lambda);
}

/** Mean of the exponential tilt: Λ'(λ) = μ − β·ψ(1 − βλ) for βλ < 1, +∞ beyond. */
export function gumbelTiltMean(lambda: number, mu: number, beta: number): number {
  if (Number.isNaN(lambda) || !valid(mu, beta)) return NaN;
  if (beta * lambda >= 1) return Infinity;
  return mu - beta * digamma(1 - beta * lambda);
}

/** Gumbel({ mu, beta }) (maximum convention); throws DomainError naming 'mu' or 'beta'. */
export function gumbel(params: { mu: number; beta: number }): Distribution {
  const mu = requireFinite('gumbel', 'mu', params.mu);
  const beta = requirePositive('gumbel', 'beta', params.beta);
  const d = defineDistribution({
    spec: { family: 'gumbel', mu, beta },
    support: { lower: -Infinity, upper: Infinity, kind: 'continuous' },
    tails: { right: exponentialTail(1 / beta), left: superExponentialTail(true) },
    logPdf(x) { return gumbelLogPdf(x, mu, beta); },
    logCdf(t) { return gumbelLogCdf(t, mu, beta); },
    logSf(t) { return gumbelLogSf(t, mu, beta); },
    cdf(t) { return Math.exp(gumbelLogCdf(t, mu, beta)); },
    sf(t) { return Math.exp(gumbelLogSf(t, mu, beta)); },
    quantile(p) { return gumbelQuantile(p, mu, beta); },
    mean() { return mu + beta * EULER_GAMMA; },
    variance() { return (Math.PI * Math.PI * beta * beta) / 6; },
    logPartialMean(t) { return gumbelLogPartialMean(t, mu, beta); },
    tailMean(t) { return gumbelTailMean(t, mu, beta); },
    logMgf(lambda) { return gumbelLogMgf(lambda, mu, beta); },
    lowerPartialMean(u) { return gumbelLogLowerPartialMean(u, mu, beta); },
    lowerTailMean(u) { return gumbelLowerTailMean(u, mu, beta); },
  });
  return d;
}
