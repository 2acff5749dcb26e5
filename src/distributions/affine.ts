/**
 * Affine image Y = loc + scale·X of an already-built distribution X (scale ≠ 0 finite, loc finite).
 * With u = (t − loc)/scale:
 * - scale > 0: F̄_Y(t) = F̄_X(u), F_Y(t) = F_X(u), E[Y·1{Y > t}] = loc·F̄_X(u) + scale·E[X·1{X > u}];
 * - scale < 0 (reflection, the tails swap): F̄_Y(t) = P(X < u) = F_X(u⁻), F_Y(t) = P(X ≥ u) = F̄_X(u⁻) (u⁻ the double
 *   below u, used only at atoms: see lowerPartialMean.ts logStrictCdf),
 *   E[Y·1{Y > t}] = loc·P(X < u) + scale·E[X·1{X < u}] (lower partial mean, see lowerPartialMean.ts);
 * - log M_Y(λ) = λ·loc + log M_X(scale·λ), so λ₊(Y) = λ₊(side of X)/|scale|;
 * - density f_Y(y) = f_X(u)/|scale| (a pmf is carried over unchanged).
 * All in log space (numerics.md §4.1: logAddExp/logSubExp/lsum).
 * Atoms of Y are the doubles fl(loc + scale·x) (what `sample` returns). The round trip (y − loc)/scale = x is
 * exact only when the arithmetic is (integer or dyadic loc and scale): −1.1 = fl(−1 − 0.1·1) maps back to
 * 1.0000000000000009, and cdf/massAt there used to miss the atom. So for a discrete base the preimage is
 * snapped to the nearest atom x of X (nearestAtom: Math.round on integer lattices, the nearest value for a
 * categorical law), and y is compared with the double fl(loc + scale·x) exactly: y is that atom when equal;
 * otherwise the atom lies on the side of y given by the comparison (the next atoms are |scale| away).
 */
import { DomainError } from '../errors.ts';
import { lsum, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import type { Rng } from '../numerics/rng.ts';
import { defineDistribution, tailMeanFromLogs } from './base.ts';
import {
  logClosedSf,
  logLowerPartialMean,
  hasAtom,
  logStrictCdf,
  lowerTailMean,
  nearestAtom,
} from './lowerPartialMean.ts';
import { quantileByBisection } from './mixture.ts';
import type { Distribution, Support, TailProfile } from './types.ts';
import { requireFinite } from './validate.ts';

/**
 * The profile of the tail of a·X (a > 0) from that of X. Every class of claims.md §1 is scale-invariant
 * except ratio-lightness: F̄(t + 1/a)/F̄(t) → 0 follows from step 1 when 1/a ≥ 1 (F̄ is monotone), and
 * for every step for the continuous ratio-light laws of the suite (normal, Weibull k > 1, bounded sides);
 * a lattice law such as Poisson stretched by a > 1 has F̄(n + 1/a)/F̄(n) = 1 at every lattice point, so
 * an unbounded discrete (or mixed) ratio-light tail stops being ratio-light when a > 1.
 */
export function scaleTail(p: TailProfile, a: number, kind: Support['kind']): TailProfile {
  const mgfSup = p.mgfSup === 0 || p.mgfSup === Infinity ? p.mgfSup : Math.max(p.mgfSup / a, Number.MIN_VALUE);
  const ratioLight = p.ratioLight && (a <= 1 || p.bounded || kind === 'continuous');
  return { ...p, mgfSup, ratioLight };
}

function signedTerm(logAbs: number, sign: number): SignedLog {
  if (sign === 0 || logAbs === -Infinity) return SIGNED_ZERO;
  return { log: logAbs, sign: sign > 0 ? 1 : -1 };
}

/** c·e^{logA}·(sign) + s·v as a SignedLog, i.e. loc·P + scale·(partial mean). */
function combine(loc: number, logProb: number, scale: number, pm: SignedLog): SignedLog {
  const a = loc === 0 ? SIGNED_ZERO : signedTerm(Math.log(Math.abs(loc)) + logProb, Math.sign(loc));
  const b = pm.sign === 0 ? SIGNED_ZERO : signedTerm(Math.log(Math.abs(scale)) + pm.log, Math.sign(scale) * pm.sign);
  if (Number.isNaN(logProb) || Number.isNaN(pm.log)) return { log: NaN, sign: 0 };
  return lsum(a, b);
}

function validate(params: { base: unknown; loc: unknown; scale: unknown }): void {
  const b = params.base as Partial<Distribution> | null;
  if (typeof b !== 'object' || b === null || typeof b.logSf !== 'function' || b.spec === undefined) {
    throw new DomainError('affine', 'base', 'a built Distribution', params.base);
  }
  requireFinite('affine', 'loc', params.loc);
  const s = params.scale;
  if (typeof s !== 'number' || !Number.isFinite(s) || s === 0) {
    throw new DomainError('affine', 'scale', 'a finite number ≠ 0', s);
  }
}

/** An affine map y = loc + scale·x over its base law, with the preimage guard `u` of `affine`. */
interface AffineMap {
  readonly base: Distribution;
  readonly loc: number;
  readonly scale: number;
  readonly reflect: boolean;
  readonly discrete: boolean;
  readonly u: (t: number) => number;
}

/** The preimage of t, snapped to the nearest atom of a discrete base (see the file comment). */
function preimage(m: AffineMap, t: number): number {
  if (!m.discrete) return m.u(t);
  const x = nearestAtom(m.base, m.u(t));
  return hasAtom(m.base, x) === true ? x : m.u(t);
}

/** Whether y is the atom fl(loc + scale·x) of the atom x = preimage(y) of X. */
function isAtomImage(m: AffineMap, x: number, y: number): boolean {
  return m.loc + m.scale * x === y && hasAtom(m.base, x) === true;
}

/** Whether the atom of X at v (if any) lands at or below y: Y's atoms are the doubles loc + scale·x. */
function atomAtOrBelow(m: AffineMap, v: number, y: number): boolean {
  return hasAtom(m.base, v) === true && m.loc + m.scale * v <= y;
}

/** y·P(X = v) with y = loc + scale·v, when X has an atom at v whose image satisfies `keep`. */
function atomTerm(m: AffineMap, v: number, keep: (y: number) => boolean): SignedLog {
  const y = m.loc + m.scale * v;
  if (hasAtom(m.base, v) !== true || !keep(y) || y === 0) return SIGNED_ZERO;
  const logMass = m.discrete ? m.base.logPdf(v) : Math.log(m.base.massAt(v)); // the log pmf survives underflow
  return signedTerm(Math.log(Math.abs(y)) + logMass, Math.sign(y));
}

function affineLogCdf(m: AffineMap, y: number): number {
  const v = preimage(m, y);
  const atom = atomAtOrBelow(m, v, y);
  if (m.reflect) return atom ? logClosedSf(m.base, v) : m.base.logSf(v);
  return atom ? m.base.logCdf(v) : logStrictCdf(m.base, v);
}

function affineLogSf(m: AffineMap, y: number): number {
  const v = preimage(m, y);
  const atom = atomAtOrBelow(m, v, y);
  if (m.reflect) return atom ? logStrictCdf(m.base, v) : m.base.logCdf(v);
  return atom ? m.base.logSf(v) : logClosedSf(m.base, v);
}

/**
 * affine({ base, loc, scale }): the law of loc + scale·X for X ~ base. Throws DomainError naming 'base',
 * 'loc' or 'scale' (scale must be finite and ≠ 0). Example: affine({ base: exponential({ rate: 1 }),
 * loc: 0, scale: -1 }) has sf(−1) = P(X < 1) = 1 − e^{−1} = 0.63212….
 */
export function affine(params: { base: Distribution; loc: number; scale: number }): Distribution {
  validate(params);
  const { base, loc, scale } = params;
  const reflect = scale < 0;
  const a = Math.abs(scale);
  const logA = Math.log(a);
  const kind = base.support.kind;
  /**
   * The preimage (t − loc)/scale. Where it overflows although t is finite (|scale| < 1) and X's tail on that
   * side is heavy, every quantity there is unknown rather than 0: log F̄ is still a moderate number (a power
   * tail with index near 1 keeps ~1e-6 of its first moment beyond), so NaN, which a quadrature reports as
   * not converged instead of silently dropping that mass. Light and bounded sides keep the limit (their logs
   * overflow too).
   */
  const u = (t: number): number => {
    const r = (t - loc) / scale;
    if (Number.isFinite(r) || !Number.isFinite(t)) return r;
    const side = r > 0 ? base.tails.right : base.tails.left;
    return side.mgfSup === 0 && !side.bounded ? NaN : r;
  };
  const discrete = kind === 'discrete';
  const map: AffineMap = { base, loc, scale, reflect, discrete, u };
  const ends = [loc + scale * base.support.lower, loc + scale * base.support.upper];
  const support: Support = { lower: Math.min(...ends), upper: Math.max(...ends), kind };
  const tails = reflect
    ? { right: scaleTail(base.tails.left, a, kind), left: scaleTail(base.tails.right, a, kind) }
    : { right: scaleTail(base.tails.right, a, kind), left: scaleTail(base.tails.left, a, kind) };
  // Method shorthand (not `const f = (y) => …`): tsx/esbuild keepNames wraps each named arrow in a
  // defineProperty per build, a third of building an affine law (see base.ts).
  const cdfs = {
    logCdf(y: number): number {
      return affineLogCdf(map, y);
    },
    logSf(y: number): number {
      return affineLogSf(map, y);
    },
  };
  const { logCdf, logSf } = cdfs;

  const dist: Distribution = defineDistribution({
    spec: { family: 'affine', base: base.spec, loc, scale },
    support,
    tails,
    logPdf(y) {
      if (!discrete) return base.logPdf(u(y)) - logA;
      const x = preimage(map, y);
      return Number.isNaN(x) ? NaN : isAtomImage(map, x, y) ? base.logPdf(x) : -Infinity;
    },
    massAt(y) {
      const x = preimage(map, y);
      return Number.isNaN(x) ? NaN : loc + scale * x === y ? base.massAt(x) : 0;
    },
    logCdf,
    logSf,
    quantile(p) {
      if (!reflect) return loc + scale * base.quantile(p);
      // 1 − p is exact for p ≥ ½; below that, and at atoms (the upper quantile of X is needed), search.
      if (kind === 'continuous' && p >= 0.5 && p <= 1) return loc + scale * base.quantile(1 - p);
      const y = quantileByBisection(p, logCdf, logSf, support);
      // Snap to the atom loc + scale·x itself (what `sample` returns), not a double that rounds onto it.
      const x = preimage(map, y);
      return hasAtom(base, x) === true ? loc + scale * x : y;
    },
    mean() { return loc + scale * base.mean(); },
    variance() { return a * (a * base.variance()); },
    logPartialMean(t) {
      const v = preimage(map, t);
      const main = reflect
        ? combine(loc, logStrictCdf(base, v), scale, logLowerPartialMean(base, v))
        : combine(loc, base.logSf(v), scale, base.logPartialMean(v));
      return lsum(main, atomTerm(map, v, (y) => y > t));
    },
    // E[Y | Y > t] = loc + scale·E[X | X > u] (scale > 0) or loc + scale·E[X | X < u] (scale < 0) for a
    // continuous base: the base's own direct tail mean (lowerTailMean for reflections), not the ratio of two
    // logs that are both ~1e17 far in a Weibull-type tail (or −e^{57} in a reflected Gumbel at t = 56, where
    // the ratio gave 0, then NaN). Other kinds: the log-space ratio. Clamped to [t, sup Y], where it lies
    // mathematically: loc + scale·u(t) may round one ulp below t, a ratio one ulp above the top atom.
    tailMean(t: number) {
      const m =
        kind === 'continuous'
          ? loc + scale * (reflect ? lowerTailMean(base, u(t)) : base.tailMean(u(t)))
          : tailMeanFromLogs(dist.logPartialMean(t), dist.logSf(t));
      return Number.isNaN(m) ? m : Math.min(support.upper, Math.max(t, m));
    },
    logMgf(lambda) {
      if (lambda === 0) return 0;
      const m = base.logMgf(scale * lambda);
      return m === Infinity ? Infinity : lambda * loc + m;
    },
    sample(rng: Rng) { return loc + scale * base.sample(rng); },
    // E[Y·1{Y < v}]: X < w for scale > 0, X > w for scale < 0, w = (v − loc)/scale.
    lowerPartialMean(v) {
      const w = preimage(map, v);
      const main = reflect
        ? combine(loc, base.logSf(w), scale, base.logPartialMean(w))
        : combine(loc, logStrictCdf(base, w), scale, logLowerPartialMean(base, w));
      return lsum(main, atomTerm(map, w, (y) => y < v));
    },
    nearestAtom: discrete ? (y: number): number => loc + scale * nearestAtom(base, u(y)) : undefined,
    // E[Y | Y < v] = loc + scale·E[X | X < w] (scale > 0) or loc + scale·E[X | X > w] (scale < 0).
    lowerTailMean:
      kind === 'continuous'
        ? (v: number): number => {
            const w = u(v);
            return loc + scale * (reflect ? base.tailMean(w) : lowerTailMean(base, w));
          }
        : undefined,
  });
  return dist;
}
