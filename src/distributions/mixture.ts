/**
 * Finite mixture Σ w_k·P_k of already-built distributions. Every tail quantity is a log-sum-exp over the
 * components with positive weight (numerics.md §4.1: lsum / logSumExp), so nothing underflows in a tail:
 * log F̄(t) = log Σ w_k F̄_k(t), log m(t) = log Σ w_k m_k(t) (signed), log M(λ) = log Σ w_k M_k(λ).
 * Tail profiles follow claims.md §1; see `mixtureTail` for how the dominant component is chosen.
 */
import { DomainError } from '../errors.ts';
import { logSumExp, lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import type { Rng } from '../numerics/rng.ts';
import { defineDistribution } from './base.ts';
import {
  logLowerPartialMean,
  logStrictCdf,
  lowerTailMean,
} from './lowerPartialMean.ts';
import type { Distribution, Support, TailClass, TailProfile } from './types.ts';

/*
 * Bisection on the ordinal of doubles: the doubles are totally ordered by their bit patterns (sign-
 * magnitude, mapped here to a signed integer), so halving the ordinal interval reaches adjacent doubles
 * in at most 64 steps from any bracket, infinite ends included. (Brent's method needs a continuous
 * function; the generalised inverse of a cdf with atoms needs the exact jump, which this finds.)
 */
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
const SIGN = -0x8000000000000000n;

function ordinalOf(x: number): bigint {
  f64[0] = x;
  const b = i64[0];
  return b >= 0n ? b : SIGN - b;
}

function doubleOf(o: bigint): number {
  i64[0] = o >= 0n ? o : SIGN - o;
  return f64[0];
}

/**
 * The generalised inverse inf{x : F(x) ≥ p} of a cdf given in log space, found by bisection on doubles
 * between support.lower and support.upper. F(x) ≥ p is tested as log F(x) ≥ log p for p ≤ ½ and as
 * log F̄(x) ≤ log(1 − p) for p > ½ (1 − p is exact there), so both tails are resolved to the accuracy of
 * logCdf/logSf. Returns the exact atom for laws with atoms; p = 0 gives support.lower, p = 1 the least x
 * with F̄(x) = 0 (support.upper when the law is unbounded); NaN outside [0, 1].
 * Accuracy: the result is within one double of the true quantile of the computed cdf.
 */
export function quantileByBisection(
  p: number,
  logCdf: (x: number) => number,
  logSf: (x: number) => number,
  support: Support,
): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return support.lower;
  const target = p <= 0.5 ? Math.log(p) : Math.log1p(-p);
  const reached = p <= 0.5 ? (x: number) => logCdf(x) >= target : (x: number) => logSf(x) <= target;
  if (reached(support.lower)) return support.lower;
  let lo = ordinalOf(support.lower);
  let hi = ordinalOf(support.upper);
  while (hi - lo > 1n) {
    const mid = (lo + hi) >> 1n;
    const x = doubleOf(mid);
    if (Number.isNaN(x)) return NaN;
    if (reached(x)) hi = mid;
    else lo = mid;
  }
  return doubleOf(hi);
}

/** Weights must sum to 1 within this absolute tolerance; they are then renormalised exactly. */
export const WEIGHT_SUM_TOLERANCE = 1e-12;

function tailClassOf(mgfSup: number): TailClass {
  return mgfSup === 0 ? 'heavy' : mgfSup === Infinity ? 'stronglyLight' : 'light';
}

/**
 * The tail profile of a mixture from the profiles of its positive-weight components (one side).
 * - λ₊ = min_k λ₊(P_k) (M = Σ w_k M_k is finite iff every M_k is); the class follows from λ₊.
 * - bounded iff all are; ratioLight iff all are (F̄(t+1)/F̄(t) ≤ max_k F̄_k(t+1)/F̄_k(t); the converse
 *   assumes the non-ratio-light component is not eventually negligible, true for the suite's families).
 * - heavyPaper, longTailed, subexponential, powerIndex come from the dominant heavy tail: the heavy
 *   components with the smallest powerIndex (a smaller regular-variation index is a heavier tail; every
 *   heavy tail dominates every light one). Ties (e.g. lognormal with Weibull k < 1, both index ∞) are
 *   resolved conservatively: heavyPaper if any tied component has it (F̄ ≥ w_k F̄_k), longTailed and
 *   subexponential only if all tied components have them. With no heavy component all three are false.
 */
export function mixtureTail(profiles: readonly TailProfile[]): TailProfile {
  const mgfSup = Math.min(...profiles.map((p) => p.mgfSup));
  const powerIndex = Math.min(...profiles.map((p) => p.powerIndex));
  const heavy = profiles.filter((p) => p.tailClass === 'heavy');
  const minHeavyIndex = Math.min(...heavy.map((p) => p.powerIndex));
  const dominant = heavy.filter((p) => p.powerIndex === minHeavyIndex);
  return {
    mgfSup,
    tailClass: tailClassOf(mgfSup),
    heavyPaper: profiles.some((p) => p.heavyPaper),
    longTailed: dominant.length > 0 && dominant.every((p) => p.longTailed),
    subexponential: dominant.length > 0 && dominant.every((p) => p.subexponential),
    ratioLight: profiles.every((p) => p.ratioLight),
    bounded: profiles.every((p) => p.bounded),
    powerIndex,
  };
}

/** Support hull of the components; 'mixed' when continuous (or mixed) and discrete parts meet. */
export function mixtureSupport(supports: readonly Support[]): Support {
  const kinds = new Set(supports.map((s) => s.kind));
  const kind = kinds.size === 1 ? supports[0].kind : 'mixed';
  return {
    lower: Math.min(...supports.map((s) => s.lower)),
    upper: Math.max(...supports.map((s) => s.upper)),
    kind,
  };
}

/** Σ w_k μ_k, with IEEE rules giving the suite's conventions: NaN anywhere → NaN, +∞ with −∞ → NaN. */
function mixtureMean(ws: readonly number[], means: readonly number[]): number {
  let sum = 0;
  let comp = 0; // Neumaier compensation
  for (let k = 0; k < ws.length; k++) {
    const term = ws[k] * means[k];
    const t = sum + term;
    if (Number.isFinite(t)) comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + comp : sum;
}

/**
 * Law of total variance Σ w_k σ_k² + Σ_{j<k} w_j w_k (μ_j − μ_k)². The pairwise form of the between-
 * component term has only non-negative summands (no cancellation, unlike E[X²] − E[X]²).
 * NaN when the mean is undefined; Infinity when any component mean or variance diverges.
 */
function mixtureVariance(ws: readonly number[], means: readonly number[], vars: readonly number[]): number {
  const mean = mixtureMean(ws, means);
  if (Number.isNaN(mean)) return NaN;
  if (!Number.isFinite(mean)) return Infinity;
  let within = 0;
  let between = 0;
  for (let k = 0; k < ws.length; k++) {
    if (Number.isNaN(vars[k])) return NaN;
    within += ws[k] * vars[k];
    for (let j = 0; j < k; j++) {
      const d = Math.sqrt(ws[j] * ws[k]) * (means[j] - means[k]);
      between += d * d;
    }
  }
  return within + between;
}

function validate(params: { components: unknown; weights: unknown }): { cs: Distribution[]; ws: number[] } {
  const { components, weights } = params;
  if (!Array.isArray(components) || components.length === 0) {
    throw new DomainError('mixture', 'components', 'a non-empty array of distributions', components);
  }
  if (!Array.isArray(weights) || weights.length !== components.length) {
    throw new DomainError('mixture', 'weights', `an array of ${components.length} weights`, weights);
  }
  if (!weights.every((w) => typeof w === 'number' && w >= 0 && Number.isFinite(w))) {
    throw new DomainError('mixture', 'weights', 'finite numbers ≥ 0', weights);
  }
  const total = (weights as number[]).reduce((a, b) => a + b, 0);
  if (!(Math.abs(total - 1) <= WEIGHT_SUM_TOLERANCE)) {
    throw new DomainError('mixture', 'weights', `summing to 1 within ${WEIGHT_SUM_TOLERANCE}`, weights);
  }
  return { cs: components as Distribution[], ws: weights as number[] };
}

/**
 * mixture({ components, weights }): weights ≥ 0 summing to 1 within 1e-12 (renormalised internally),
 * components non-empty and as many as the weights; throws DomainError naming 'components' or 'weights'.
 * Components of weight 0 appear in the spec only.
 * Example: mixture({ components: [exponential({ rate: 1 }), pareto({ xm: 1, alpha: 2 })], weights: [0.5, 0.5] })
 * has sf(2) = ½e^{−2} + ½·¼ = 0.19267…
 */
export function mixture(params: { components: readonly Distribution[]; weights: readonly number[] }): Distribution {
  const { cs: all, ws: allW } = validate(params);
  const total = allW.reduce((a, b) => a + b, 0);
  const keep = allW.map((w, k) => k).filter((k) => allW[k] > 0);
  const cs = keep.map((k) => all[k]);
  const ws = keep.map((k) => allW[k] / total);
  const lws = ws.map(Math.log);
  const support = mixtureSupport(cs.map((c) => c.support));
  const densityParts = cs.map((c, k) => k).filter((k) => support.kind === 'discrete' || cs[k].support.kind !== 'discrete');
  const cumulative = ws.map((_, k) => ws.slice(0, k + 1).reduce((a, b) => a + b, 0));
  // Method shorthand, destructured (they do not use `this`): tsx/esbuild keepNames wraps each `const f = (…) =>`
  // in a defineProperty per build (see base.ts).
  const helpers = {
    over(f: (c: Distribution) => number): number {
      return logSumExp(cs.map((c, k) => lws[k] + f(c)));
    },
    overSigned(f: (c: Distribution) => SignedLog): SignedLog {
      return cs.reduce<SignedLog>((acc, c, k) => {
        const v = f(c);
        return lsum(acc, { log: v.log + lws[k], sign: v.sign }); // a NaN term (sign 0, log NaN) stays NaN
      }, SIGNED_ZERO);
    },
    // log Σ w_k F_k(x) can round above 0 where every F_k = 1 (Σ w_k = 1 only to rounding; logSumExp adds
    // its own ulps: logSf below the support was +2.8e-17). A probability is ≤ 1, so min(0, ·) removes only
    // rounding; NaN passes through (Math.min propagates it).
    logCdf(x: number): number {
      return Math.min(0, over((c) => c.logCdf(x)));
    },
    logSf(x: number): number {
      return Math.min(0, over((c) => c.logSf(x)));
    },
    means(): number[] {
      return cs.map((c) => c.mean());
    },
  };
  const { over, overSigned, logCdf, logSf, means } = helpers;

  const dist = defineDistribution({
    spec: { family: 'mixture', components: all.map((c) => c.spec), weights: [...allW] },
    support,
    tails: {
      right: mixtureTail(cs.map((c) => c.tails.right)),
      left: mixtureTail(cs.map((c) => c.tails.left)),
    },
    /** density of the continuous part (pmf when every component is discrete) */
    logPdf(x) { return logSumExp(densityParts.map((k) => lws[k] + cs[k].logPdf(x))); },
    massAt(x) { return ws.reduce((acc, w, k) => acc + w * cs[k].massAt(x), 0); },
    logCdf,
    logSf,
    quantile(p) { return quantileByBisection(p, logCdf, logSf, support); },
    mean() { return mixtureMean(ws, means()); },
    variance() { return mixtureVariance(ws, means(), cs.map((c) => c.variance())); },
    logPartialMean(t) { return overSigned((c) => c.logPartialMean(t)); },
    tailMean(t) { return convexTailMean(cs.map((c, k) => lws[k] + c.logSf(t)), (c) => c.tailMean(t), cs); },
    logMgf(lambda) { return lambda === 0 ? 0 : over((c) => c.logMgf(lambda)); },
    sample(rng: Rng) {
      const u = rng();
      let k = cumulative.findIndex((c) => u < c);
      if (k < 0) k = cs.length - 1;
      return cs[k].sample(rng);
    },
    lowerPartialMean(u) { return overSigned((c) => logLowerPartialMean(c, u)); },
    lowerTailMean(u) {
      const m = convexTailMean(cs.map((c, k) => lws[k] + logStrictCdf(c, u)), (c) => lowerTailMean(c, u), cs);
      return Number.isNaN(m) && u > support.lower && u !== Infinity ? hullMidpoint(cs.map((c) => lowerTailMean(c, u))) : m;
    },
  });
  return dist;
}

/**
 * Where every log P_k(X_k < u) is −∞ in doubles (u = −5e299 for Gumbel and normal components: e^{−z} and u²
 * overflow) but the components still report finite lower tail means (their closed forms do not need the
 * probability), the answer Σ π_k m_k lies in [min m_k, max m_k]; its midpoint is off by at most half that
 * spread (nothing, to rounding, so far out). NaN when no component has a finite value.
 */
function hullMidpoint(ms: readonly number[]): number {
  const finite = ms.filter((m) => Number.isFinite(m));
  if (finite.length === 0) return NaN;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return lo + (hi - lo) / 2;
}

/**
 * E[X | X > t] = Σ π_k·E[X_k | X_k > t] with π_k ∝ w_k·F̄_k(t): a convex combination of the components' own
 * direct tail means, so it stays between them however far out t is. The ratio of the mixture's log partial
 * mean and log survival (the default) subtracts two logs of size ~1e17 in a Weibull-type tail and was seen
 * 5000× off at t = 1.3e17. NaN when no component has mass above t. The same with π_k ∝ w_k·P(X_k < u) and
 * the components' lower tail means gives E[X | X < u] (for reflections of mixtures).
 * `logs[k]` = log(w_k·P_k(event)), `componentMean(c)` = E[X_k | event].
 */
function convexTailMean(
  logs: readonly number[],
  componentMean: (c: Distribution) => number,
  cs: readonly Distribution[],
): number {
  let top = -Infinity;
  for (const l of logs) {
    if (Number.isNaN(l)) return NaN;
    if (l > top) top = l;
  }
  if (top === -Infinity) return NaN;
  let num = 0;
  let den = 0;
  for (let k = 0; k < cs.length; k++) {
    if (logs[k] === -Infinity) continue;
    const w = Math.exp(logs[k] - top);
    num += w * componentMean(cs[k]);
    den += w;
  }
  return num / den;
}
