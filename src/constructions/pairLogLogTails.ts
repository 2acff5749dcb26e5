/**
 * Two-sided log-log tail bounds of one summand Y of U = X + V at t = e^σ beyond the double range
 * (pairLogLogWitness.ts): logYUpper(σ) ≥ log(−log P(Y > e^σ)) (a lower bound on the tail, from
 * logNegLogSfUpper of logLogWitnessSf.ts) and logYLower(σ) ≤ log(−log P(Y > e^σ)) (an upper bound on it):
 * - Weibull(k, λ): −log F̄ = (t/λ)^k exactly, log = k(σ − log λ); Pareto(x_m, α): α(σ − log x_m);
 *   lognormal: Φ̄(z) ≤ φ(z)/z (Mills ratio), so −log Φ̄(z) ≥ z²/2 + log z + ½log 2π;
 * - affine a·Y + b, a > 0: {aY + b > e^σ} ⊆ {Y > (e^σ − |b|)/a} (lower side), ⊇ {Y > (e^σ + |b|)/a} (upper side);
 * - mixture: F̄ = Σ w_k F̄_k ≤ max_k F̄_k, so −log F̄ ≥ min_k y_k;
 * - anything with a finite log-MGF Λ(λ) = log E e^{λY} (Chernoff): −log P(Y > x) ≥ λx − Λ(λ), in log-log
 *   log λ + σ + log1p(−Λe^{−σ}/λ), the best over λ = 2^j; a support bounded above below e^σ gives +∞.
 * leftLogYLower(σ) ≤ log(−log P(Y ≤ −e^σ)) likewise (Chernoff with Λ(−λ), +∞ past a finite ess inf).
 * Every value carries an outward pad for its rounding (8ε of the terms it is formed from).
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution } from '../distributions/types.ts';
import { logNegLogSfUpper } from './logLogWitnessSf.ts';

const EPS = Number.EPSILON;
const down = (x: number, ...terms: number[]) => x - 8 * EPS * terms.reduce((a, b) => a + Math.abs(b), Math.abs(x)) - 1e-15;
const up = (x: number, ...terms: number[]) => x + 8 * EPS * terms.reduce((a, b) => a + Math.abs(b), Math.abs(x)) + 1e-15;
/** λ = 2^j, j = 1000 … −40 by 4 (large λ for sub-Gaussian and bounded laws, whose Λ stays finite) */
const LAMBDAS = Array.from({ length: 261 }, (_, j) => 2 ** (1000 - 4 * j));

/** log-MGF values on the λ grid, computed once per law */
export function memoLogMgf(logMgf: (lambda: number) => number): (lambda: number) => number {
  const memo = new Map<number, number>();
  return (l) => {
    let m = memo.get(l);
    if (m === undefined) {
      m = logMgf(l);
      memo.set(l, m);
    }
    return m;
  };
}

/** Chernoff in log-log form from a log-MGF: the best over λ = 2^j of log(λe^σ − Λ(λ)); −∞ if none is finite. */
export function chernoffLogLog(logMgf: (lambda: number) => number, sigma: number): number {
  let best = -Infinity;
  for (const l of LAMBDAS) {
    const m = logMgf(l);
    if (!Number.isFinite(m)) continue;
    const r = m <= 0 ? 0 : Math.log1p(-Math.min(1, Math.exp(Math.log(m) - Math.log(l) - sigma)));
    const v = down(Math.log(l) + sigma + r, sigma, Math.log(l));
    if (v > best) best = v;
  }
  return best;
}

/** A lower bound on log(−log P(Y > e^σ)) for a distribution; −∞ where none is known. */
export function logNegLogSfLower(d: Distribution, sigma: number, logMgf: (lambda: number) => number = (l) => d.logMgf(l)): number {
  if (Number.isNaN(sigma)) return NaN;
  if (d.support.upper < Infinity && Math.log(Math.max(d.support.upper, 0)) < sigma) return Infinity;
  const spec = d.spec;
  let family = -Infinity;
  switch (spec.family) {
    case 'weibull':
      family = down(spec.k * (sigma - Math.log(spec.lambda)), spec.k * sigma);
      break;
    case 'pareto':
      if (sigma > Math.log(spec.xm)) family = down(Math.log(spec.alpha) + Math.log(sigma - Math.log(spec.xm)), sigma);
      break;
    case 'lognormal': {
      const z = (sigma - spec.mu) / spec.sigma;
      if (z >= 1 && z < 1e150) family = down(Math.log((z * z) / 2 + Math.log(z) + 0.5 * Math.log(2 * Math.PI)), z);
      else if (z >= 1e150) family = down(2 * Math.log(z) - Math.LN2, z);
      break;
    }
    case 'affine':
      if (spec.scale > 0 && Math.log(Math.abs(spec.loc) + 1) < sigma - 1) {
        const shifted = sigma - Math.log(spec.scale) + Math.log1p(-Math.abs(spec.loc) * Math.exp(-sigma));
        family = logNegLogSfLower(buildCached(spec.base), down(shifted, sigma, Math.log(spec.scale)));
      }
      break;
    case 'mixture': {
      let worst = Infinity;
      spec.components.forEach((c, k) => {
        if (spec.weights[k] > 0) worst = Math.min(worst, logNegLogSfLower(buildCached(c), sigma));
      });
      family = worst;
      break;
    }
    default:
      break;
  }
  return Math.max(family, chernoffLogLog(logMgf, sigma));
}

/** A lower bound on log(−log P(Y ≤ −e^σ)); −∞ where none is known. */
export function leftLogYLower(d: Distribution, sigma: number, logMgfLeft: (lambda: number) => number = (l) => d.logMgf(-l)): number {
  if (d.support.lower > -Infinity && Math.log(Math.max(-d.support.lower, 0)) < sigma) return Infinity;
  return chernoffLogLog(logMgfLeft, sigma);
}

/** The log-log tail bounds of one summand. */
export interface LogLogTail {
  logYUpper(sigma: number): number;
  logYLower(sigma: number): number;
  /** ≤ log(−log P(Y ≤ −e^σ)) (only for a summand that is a distribution itself; −∞ otherwise) */
  leftLogYLower(sigma: number): number;
}

export function distributionTail(d: Distribution): LogLogTail {
  const right = memoLogMgf((l) => d.logMgf(l));
  const left = memoLogMgf((l) => d.logMgf(-l));
  return {
    logYUpper: (s) => logNegLogSfUpper(d, s),
    logYLower: (s) => logNegLogSfLower(d, s, right),
    leftLogYLower: (s) => leftLogYLower(d, s, left),
  };
}

/** Y = c·V + b. */
export function affineTail(v: Distribution, c: number, b: number): LogLogTail {
  const none = { leftLogYLower: () => -Infinity };
  const chernoff = memoLogMgf((l) => l * b + v.logMgf(c * l));
  if (c === 0) return { ...none, logYUpper: () => Infinity, logYLower: (s) => (b <= Math.exp(s) ? Infinity : -Infinity) };
  if (c < 0) return { ...none, logYUpper: () => Infinity, logYLower: (s) => chernoffLogLog(chernoff, s) };
  const lc = Math.log(c);
  return {
    ...none,
    logYUpper: (s) => logNegLogSfUpper(v, up(s - lc + Math.log1p(Math.abs(b) * Math.exp(-s)), s, lc)),
    logYLower: (s) =>
      Math.log(Math.abs(b) + 1) < s - 1
        ? logNegLogSfLower(v, down(s - lc + Math.log1p(-Math.abs(b) * Math.exp(-s)), s, lc))
        : chernoffLogLog(chernoff, s),
  };
}

/** Only a Chernoff lower side (E e^{λY} ≤ e^{logMgfUpper(λ)}). */
export function chernoffTail(logMgfUpper: (lambda: number) => number): LogLogTail {
  const m = memoLogMgf(logMgfUpper);
  return { logYUpper: () => Infinity, logYLower: (s) => chernoffLogLog(m, s), leftLogYLower: () => -Infinity };
}
