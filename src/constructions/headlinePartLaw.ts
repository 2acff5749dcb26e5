/**
 * The summands of U = X + V seen one at a time (claims.md "Headline corollary"): for the shift pairs of
 * src/pairs (U = g(V) + N with V and N independent) the law of A = g(V) is read off V's closed-form tail
 * functions through the preimages of g, so that P(A > x) costs one or two calls of V.logSf / V.logCdf:
 *   g(v) = cv + b:      P(A > x) = P(V > (x − b)/c) (c > 0), P(V < (x − b)/c) (c < 0), 1{b > x} (c = 0);
 *   g(v) = v² + v:      P(A > x) = P(V > r₊) + P(V < r₋), r± = (−1 ± √(1 + 4x))/2, and 1 for x < −¼;
 *   g(v) = v + clip(v): strictly increasing, P(A > x) = P(V > g⁻¹(x)).
 * A PartLaw also carries its mean and an upper bound on its log-MGF (for Donsker–Varadhan certificates).
 */
import type { Distribution } from '../distributions/types.ts';
import { log1mExp, logAddExp, logSubExp } from '../numerics/logspace.ts';
import type { PairFunction } from '../pairs/types.ts';

/** Right-tail class of a summand: 'unknown' where it cannot be decided from the closed forms. */
export type PartTail = 'heavy' | 'light' | 'unknown';

export interface PartLaw {
  /** log P(Y > x) */
  logSf(x: number): number;
  /** log P(Y ≤ x) */
  logCdf(x: number): number;
  /** right-tail class (claims.md §1: heavy means λ₊ = 0) */
  readonly tail: PartTail;
  /** E[Y] (±Infinity, NaN where undefined) */
  readonly mean: number;
  /** an upper bound on log E[e^{λY}] for λ > 0 (Infinity where none is available) */
  logMgfUpper(lambda: number): number;
}

/** log P(V < y) = log(P(V ≤ y) − P(V = y)). */
export function logBelow(v: Distribution, y: number): number {
  const atom = v.massAt(y);
  return atom > 0 ? logSubExp(v.logCdf(y), Math.log(atom)) : v.logCdf(y);
}

/** log P(V ≥ y). */
function logAtLeast(v: Distribution, y: number): number {
  const atom = v.massAt(y);
  return atom > 0 ? logAddExp(v.logSf(y), Math.log(atom)) : v.logSf(y);
}

export function distributionPart(d: Distribution): PartLaw {
  return {
    logSf: (x) => d.logSf(x),
    logCdf: (x) => d.logCdf(x),
    tail: d.tailClass === 'heavy' ? 'heavy' : 'light',
    mean: d.mean(),
    logMgfUpper: (lambda) => d.logMgf(lambda),
  };
}

function affinePart(v: Distribution, c: number, b: number): PartLaw {
  if (c === 0) {
    return { logSf: (x) => (b > x ? 0 : -Infinity), logCdf: (x) => (b <= x ? 0 : -Infinity), tail: 'light', mean: b, logMgfUpper: (l) => l * b };
  }
  const tail = (c > 0 ? v.tails.right : v.tails.left).tailClass === 'heavy' ? 'heavy' : 'light';
  return {
    logSf: (x) => (c > 0 ? v.logSf((x - b) / c) : logBelow(v, (x - b) / c)),
    logCdf: (x) => (c > 0 ? v.logCdf((x - b) / c) : logAtLeast(v, (x - b) / c)),
    tail,
    mean: c * v.mean() + b,
    logMgfUpper: (l) => l * b + v.logMgf(c * l),
  };
}

/**
 * Is E[e^{θV²}] finite for some θ > 0 on this side (sub-Gaussian tail)? Bounded: yes; heavy or exponential-type:
 * no; otherwise the rate c(x) = −log F̄(x)/x² is probed at x and 10⁴x: it stays put for a normal tail and falls
 * like x^{k−2} for a Weibull(k < 2) tail. Undecided in between.
 */
function subGaussian(v: Distribution, side: 'right' | 'left'): PartTail {
  const prof = v.tails[side];
  if (prof.bounded) return 'light';
  if (prof.tailClass !== 'stronglyLight') return 'heavy';
  const scale = 1 + Math.abs(v.quantile(0.999)) + Math.abs(v.quantile(0.001));
  const logTail = (x: number) => (side === 'right' ? v.logSf(x) : v.logCdf(-x));
  const x1 = 100 * scale;
  const x2 = 1e4 * x1;
  const ratio = (logTail(x2) / (x2 * x2)) / (logTail(x1) / (x1 * x1));
  if (!Number.isFinite(ratio)) return 'unknown';
  return ratio > 0.95 ? 'light' : ratio < 0.5 ? 'heavy' : 'unknown';
}

function squarePart(v: Distribution): PartLaw {
  const roots = (x: number): [number, number] => {
    const r = Math.sqrt(1 + 4 * x);
    return [(-1 - r) / 2, (-1 + r) / 2];
  };
  const sides = [subGaussian(v, 'right'), subGaussian(v, 'left')];
  const tail: PartTail = sides.includes('heavy') ? 'heavy' : sides.every((s) => s === 'light') ? 'light' : 'unknown';
  const mu = v.mean();
  const second = v.variance() + mu * mu;
  return {
    logSf(x) {
      if (x < -0.25) return 0;
      const [lo, hi] = roots(x);
      return logAddExp(v.logSf(hi), logBelow(v, lo));
    },
    logCdf(x) {
      if (x < -0.25) return -Infinity;
      const [lo, hi] = roots(x);
      const inner = v.logCdf(hi);
      const below = logBelow(v, lo);
      return below >= inner ? -Infinity : logSubExp(inner, below);
    },
    tail,
    mean: Number.isNaN(mu) ? NaN : second + mu,
    logMgfUpper: () => Infinity,
  };
}

function clipPart(v: Distribution, lo: number, hi: number): PartLaw {
  const inverse = (x: number) => (x < 2 * lo ? x - lo : x > 2 * hi ? x - hi : x / 2);
  const mu = v.mean();
  // E[clip(V)] = lo·P(V ≤ lo) + E[V·1{lo < V ≤ hi}] + hi·P(V > hi)
  const clipMean = lo * v.cdf(lo) + (v.partialMean(lo) - v.partialMean(hi)) + hi * v.sf(hi);
  return {
    logSf: (x) => v.logSf(inverse(x)),
    logCdf: (x) => v.logCdf(inverse(x)),
    tail: v.tailClass === 'heavy' ? 'heavy' : 'light',
    mean: Number.isFinite(mu) ? mu + clipMean : mu,
    logMgfUpper: (l) => l * hi + v.logMgf(l), // g(v) ≤ v + hi
  };
}

/** The law of A = g(V) for g(v) = f(v) + v (X = f(V) + noise), or g(v) = slope·v for linear pairs. */
export function shiftedPart(v: Distribution, f: PairFunction): PartLaw {
  switch (f.kind) {
    case 'linear':
      return affinePart(v, 1 + f.a, f.b);
    case 'square':
      return squarePart(v);
    case 'clip':
      return clipPart(v, f.lo, f.hi);
  }
}

/** log P(Y > x) for a part, in [log(1 − P(Y ≤ x)), …] form where only the cdf is accurate (far left). */
export function logSfFromCdf(part: PartLaw, x: number): number {
  const c = part.logCdf(x);
  return c < -Math.LN2 ? log1mExp(c) : part.logSf(x);
}
