/**
 * The factors of the sums over the atoms x of a discrete X independent of a continuous V (atomSums.ts), for a
 * threshold t on U = X + V:
 *   tail:  φ(x) = F̄_V(t − x) (non-decreasing in x), or F_V(t − x) (`lower`, non-increasing), so that
 *          P(U > t) = Σ P(X = x)·F̄_V(t − x) and P(U ≤ t) = Σ P(X = x)·F_V(t − x);
 *   gain:  φ(x) = h(t − x), h(s) = E[(V − μ)·1{V > s}], so that E[(V − μ)·1{U > t}] = Σ P(X = x)·h(t − x).
 * h ≥ 0 everywhere (for s ≥ μ the integrand is ≥ 0; for s < μ, h(s) = E[(μ − V)·1{V ≤ s}] ≥ 0), rises on
 * (−∞, μ] and falls on [μ, ∞), and vanishes exactly off the interior of V's support. It is formed without
 * cancellation: h(s) = F̄(s)·(E[V | V > s] − μ) for s ≥ μ, h(s) = F(s)·(μ − E[V | V < s]) for s < μ
 * (lowerPartialMean.lowerTailMean), each difference of a conditional mean beyond s and μ, so of one sign.
 * Relative errors: numerics.md's 1e-12·max(1, |log|) per closed-form log tail; the conditional means to
 * 1e-12 (upper) and 1e-10 (lower: up to three digits may cancel inside lowerTailMean) of their magnitude.
 */
import { logSubExpClamped } from '../../numerics/logspace.ts';
import { lowerTailMean } from '../../distributions/lowerPartialMean.ts';
import type { Distribution } from '../../distributions/types.ts';
import { exactAffine } from './atomLattice.ts';
import type { AtomFactor, Bracket } from './atomSums.ts';

const relOf = (l: number): number => 1e-12 * Math.max(1, Math.abs(l));

/** V's quantiles that seed the marches: the factor changes fastest at x = t − q. */
export const seedQuantiles = (v: Distribution): number[] => [1e-9, 0.001, 0.5, 0.999, 1 - 1e-9].map((p) => v.quantile(p)).filter(Number.isFinite);

/** log(e^a − e^b) for a ≥ b (−Infinity when equal or below). */

/** log P(sLo < V ≤ sHi) for sLo ≤ sHi (either may be infinite), from whichever tail is smaller. */
function logBetween(v: Distribution, sLo: number, sHi: number): number {
  const sf = (s: number): number => (s === -Infinity ? 0 : s === Infinity ? -Infinity : v.logSf(s));
  const cdf = (s: number): number => (s === -Infinity ? -Infinity : s === Infinity ? 0 : v.logCdf(s));
  const a = sf(sLo);
  return a < -Math.LN2 ? logSubExpClamped(a, sf(sHi)) : logSubExpClamped(cdf(sHi), cdf(sLo));
}

/** φ(x) = F̄_V(t − x), or F_V(t − x) when `lower`. */
export function tailFactor(v: Distribution, t: number, lower: boolean, qs: readonly number[]): AtomFactor {
  const logTail = lower
    ? (s: number) => (s === -Infinity ? -Infinity : s === Infinity ? 0 : v.logCdf(s))
    : (s: number) => (s === -Infinity ? 0 : s === Infinity ? -Infinity : v.logSf(s));
  const f: AtomFactor = {
    rel: 0,
    log(x) {
      const l = logTail(t - x);
      f.rel = relOf(l);
      return l;
    },
    over(xa, xb): Bracket {
      const sLo = t - Math.max(xa, xb), sHi = t - Math.min(xa, xb);
      const a = logTail(sLo), b = logTail(sHi);
      // F̄ falls in s, F rises: the bracket's ends are the tails at the two ends; hi − lo = P(sLo < V ≤ sHi)
      return { lo: Math.min(a, b), hi: Math.max(a, b), width: logBetween(v, sLo, sHi) };
    },
    centres: () => qs.map((q) => t - q),
  };
  return f;
}

/**
 * A log tail of −Infinity inside the support is an overflow of the exponent (normal logSf at 1e160: −z²/2 <
 * −1.8e308), not a zero: the term lies in (0, e^{−1.8e308}], counted as e^{−1.8e308} with relative error 1 (an
 * upper bound, not an exact value: with error 0 a sum of such terms read as a certified lower bound).
 */
const UNDERFLOW = -Number.MAX_VALUE;

/** log h(s) with its relative error; −Infinity exactly off the interior of the support. */
export function logGain(v: Distribution, mu: number, s: number): { log: number; rel: number } {
  if (!(s > v.support.lower) || !(s < v.support.upper)) return Number.isNaN(s) ? { log: NaN, rel: NaN } : { log: -Infinity, rel: 0 };
  if (s >= mu) {
    const ls = v.logSf(s);
    const d = v.tailMean(s) - mu;
    if (!(d > 0) || Number.isNaN(ls)) return { log: NaN, rel: NaN };
    if (ls === -Infinity) return { log: UNDERFLOW, rel: 1 };
    return { log: ls + Math.log(d), rel: relOf(ls) + (1e-12 * (Math.abs(d + mu) + Math.abs(mu))) / d };
  }
  const lc = v.logCdf(s);
  const m = lowerTailMean(v, s);
  const d = mu - m;
  if (Number.isNaN(lc)) return { log: NaN, rel: NaN };
  // far in the left tail E[V | V < s] may round to s or below the support's end: h ≤ F(s)·(μ − lower end)
  if (lc === -Infinity) return { log: UNDERFLOW, rel: 1 };
  if (!(d > 0)) return { log: NaN, rel: NaN };
  return { log: lc + Math.log(d), rel: relOf(lc) + (1e-10 * (Math.abs(m) + Math.abs(mu))) / d };
}

/** φ(x) = h(t − x) (see the file comment); h(μ) is the largest value. */
export function gainFactor(v: Distribution, mu: number, t: number, qs: readonly number[]): AtomFactor {
  const top = logGain(v, mu, mu);
  const logMax = top.log + 2 * top.rel;
  const h = (s: number): number => (s === Infinity || s === -Infinity ? -Infinity : logGain(v, mu, s).log);
  const f: AtomFactor = {
    rel: 0,
    log(x, xExact) {
      const s = t - x;
      const g = logGain(v, mu, s);
      f.rel = g.rel;
      // a 0 (s off the support's interior) is certain when s is exact, or clear of the end by its rounding
      if (g.log === -Infinity && !(xExact && exactAffine(t, -1, x))) {
        const end = s >= v.support.upper ? v.support.upper : v.support.lower;
        if (!(Math.abs(s - end) > 8 * Number.EPSILON * (Math.abs(t) + Math.abs(x)))) f.uncertainZero = true;
      }
      return g.log;
    },
    over(xa, xb): Bracket {
      const sLo = t - Math.max(xa, xb), sHi = t - Math.min(xa, xb);
      const a = h(sLo), b = h(sHi);
      const lo = Math.min(a, b);
      // unimodal with its peak at μ: the largest value on [sLo, sHi] is h(μ) if μ is inside, else an end's
      const hi = sLo <= mu && mu <= sHi ? logMax : Math.max(a, b);
      return { lo, hi, width: logSubExpClamped(hi, lo) };
    },
    centres: () => [t - mu, ...qs.map((q) => t - q)],
  };
  return f;
}
