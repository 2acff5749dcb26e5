/**
 * The bounded-reward weights for a purely discrete noise N (atoms xⱼ, masses pⱼ), as exact sums over its atoms
 * instead of boundedReward.ts's layer cake (whose integrand P(t(s) − g < N ≤ t(s) − g₀) is 0 except on narrow
 * s-windows where an atom falls in the interval, which an adaptive quadrature over s ∈ [−1e7, log(2/β)] can miss):
 *   W(g) = Σⱼ pⱼ·h(g + xⱼ),   W(g) − W(g₀) = Σⱼ pⱼ·[h(g + xⱼ) − h(g₀ + xⱼ)],   h = e^{(r − 1)/β},
 * each term in log space without cancellation (squashLogs.ts), summed by atomSums.atomSum over the atom sets of
 * atomLattice.atomPartsOf (finite atoms one by one; lattices in blocks bracketed by lo ≤ φ ≤ hi, the tails
 * beyond the last block by their mass times the bracket of φ there — a rigorous bound added to the error).
 * Brackets on a block x ∈ [xa, xb]: the term h(g + x) is increasing; the gap term φ(x) lies below
 * h(g + xb) − h(g₀ + xa) and, by the mean value theorem, in (g − g₀)·[min h′, max h′] over [g₀ + xa, g + xb].
 * Every term's error includes the rounding of y = (g + x − loc)/scale (a few ulps of g, x, loc), so the sum's
 * relative error is an error bound, not an estimate.
 */
import { logSubExpClamped } from '../../numerics/logspace.ts';
import { isExactSum } from '../../numerics/errorFree.ts';
import { build } from '../../distributions/build.ts';
import type { Distribution } from '../../distributions/types.ts';
import { mixtureParts } from './shiftClasses.ts';
import { atomPartsOf, exactAffine, type AtomPart, type LatticeAtoms } from './atomLattice.ts';
import { atomSum, type AtomFactor, type Bracket } from './atomSums.ts';
import type { Reward } from './reward.ts';
import { hPrimeMode, logExpm1OfExp, logH, logHAboveFloor, logHGap, logHPrimeRange, logOneMinusH, logRGap, logRPrime, type SmoothSquash } from './squashLogs.ts';

const EPS = Number.EPSILON;
const partsCache = new WeakMap<Distribution, readonly AtomPart[] | null>();

/** The atom sets of a purely discrete noise (atomLattice.ts), or undefined (a continuous or mixed law). */
export function discreteNoiseParts(noise: Distribution): readonly AtomPart[] | undefined {
  if (noise.support.kind !== 'discrete') return undefined;
  let p = partsCache.get(noise);
  if (p === undefined) partsCache.set(noise, (p = atomPartsOf(noise.spec) ?? null));
  return p ?? undefined;
}

/**
 * A mixed noise (some components discrete, some continuous: shiftClasses.mixtureParts, affine maps pushed inside)
 * as its discrete components' atoms, weighted by their mixture weights (one sub-probability atom sum), and its
 * continuous components with their weights; undefined unless the noise is 'mixed' and every discrete component
 * has atom sets (atomLattice.ts).
 */
export interface NoiseSplit { readonly atoms: readonly AtomPart[]; readonly continuous: readonly { readonly w: number; readonly d: Distribution }[] }
const splitCache = new WeakMap<Distribution, NoiseSplit | null>();
export function mixedNoiseSplit(noise: Distribution): NoiseSplit | undefined {
  if (noise.support.kind !== 'mixed') return undefined;
  let s = splitCache.get(noise);
  if (s === undefined) {
    const atoms: AtomPart[] = [], continuous: { w: number; d: Distribution }[] = [];
    let ok = true;
    for (const q of mixtureParts(noise.spec)) {
      if (!(q.p > 0)) continue;
      const d = build(q.spec);
      const parts = d.support.kind === 'discrete' ? atomPartsOf(q.spec) : undefined;
      if (parts) atoms.push(...parts.map((a) => ({ ...a, w: a.w * q.p })));
      else if (d.support.kind === 'continuous') continuous.push({ w: q.p, d });
      else ok = false;
    }
    splitCache.set(noise, (s = ok && atoms.length > 0 ? { atoms, continuous } : null));
  }
  return s ?? undefined;
}

export interface AtomLogValue { readonly log: number; readonly relError: number; readonly exactZero: boolean; readonly bad: boolean; readonly atoms: number }


/**
 * y = (g + x − loc)/scale with a bound on its rounding; 0 where x is the atom exactly (`xExact`, atomSums) and
 * every step is exact (two-sums, and y·scale reproducing the numerator exactly): a clip's zero term at y = ±1
 * is then certified (atoms on the integers with loc = 0, scale = 1).
 */
function yOf(r: Reward, g: number, x: number, xExact = false): { y: number; dy: number } {
  if (!Number.isFinite(x)) return { y: x, dy: 0 };
  const s = g + x, t = s - r.loc, y = t / r.scale;
  if (xExact && isExactSum(g, x) && isExactSum(s, -r.loc) && exactAffine(-t, y, r.scale) && y * r.scale === t) return { y, dy: 0 };
  return { y, dy: (4 * EPS * (Math.abs(g) + Math.abs(x) + Math.abs(r.loc))) / r.scale + 2 * EPS * Math.abs(y) + Number.MIN_VALUE };
}

/** |Δ log h| from an error dy in y: r′ ≤ r′(y)e^{2dy} nearby (|d log r′/dy| ≤ 2); clip: r′ ≤ 1 */
function logHError(sq: SmoothSquash, beta: number, y: number, dy: number, lh: number): number {
  const rp = sq === 'clip' ? (Math.abs(y) < 1 + dy ? 1 : 0) : Math.exp(logRPrime(sq, y) + 2 * dy);
  return (rp * dy) / beta + 4 * EPS * Math.abs(lh) + 1e-16;
}


/** The factor φ(x) = h(g + x) (W(g) = E[φ(N)]). */
function valueFactor(r: Reward, sq: SmoothSquash, beta: number, g: number): AtomFactor {
  const f: AtomFactor = {
    rel: 0,
    log(x: number, xExact: boolean): number {
      const { y, dy } = yOf(r, g, x, xExact);
      const l = logH(sq, beta, y);
      f.rel = Math.expm1(logHError(sq, beta, y, dy, l));
      return l;
    },
    over(xa: number, xb: number): Bracket {
      const a = yOf(r, g, Math.min(xa, xb)), b = yOf(r, g, Math.max(xa, xb));
      const ya = a.y - a.dy, yb = b.y + b.dy;
      const lo = logH(sq, beta, ya), hi = logH(sq, beta, yb);
      const d = (yb - ya) * (1 + 4 * EPS);
      const width = ya === -Infinity ? (yb === Infinity ? Math.log(-Math.expm1(-2 / beta)) : logHAboveFloor(sq, beta, yb))
        : yb === Infinity ? logOneMinusH(sq, beta, ya) : logHGap(sq, beta, ya, d, Math.log(d));
      return { lo, hi, width };
    },
    centres: () => [r.loc + r.scale * hPrimeMode(sq, beta) - g, r.loc - g, ...(sq === 'clip' ? [r.loc - r.scale - g] : [])],
  };
  return f;
}

/** The factor φ(x) = h(g + x) − h(g₀ + x), g > g₀ (W(g) − W(g₀) = E[φ(N)]). */
function gapFactor(r: Reward, sq: SmoothSquash, beta: number, g: number, g0: number): AtomFactor {
  const d = (g - g0) / r.scale, ld = Math.log(g - g0) - Math.log(r.scale);
  const dExact = isExactSum(g, -g0) && exactAffine(-(g - g0), d, r.scale) && d * r.scale === g - g0;
  const lb = Math.log(beta);
  const f: AtomFactor = {
    rel: 0,
    log(x: number, xExact: boolean): number {
      const { y, dy } = yOf(r, g0, x, xExact);
      const lD = logRGap(sq, y, d, ld);
      if (lD === -Infinity) {
        // clip: [y, y + d] misses (−1, 1); a zero within rounding of an end is not certified (y + d: also the
        // rounding of d and of the sum, none where all are exact)
        const dd = dy === 0 && dExact && isExactSum(y, d) ? 0 : dy + 4 * EPS * (Math.abs(y) + d) + Number.MIN_VALUE;
        if (y >= 1 ? y < 1 + dy : y + d > -1 - dd) f.uncertainZero = true;
        f.rel = 0;
        return -Infinity;
      }
      const l0 = logH(sq, beta, y), a = Math.exp(lD - lb);
      const dD = sq === 'clip'
        ? (y - dy >= -1 && y + d + dy <= 1 ? 2 * EPS : (2 * dy) / Math.exp(lD) + 2 * EPS)
        : 2 * dy + 2 * EPS * (1 + d) + 8 * EPS * (1 + Math.abs(lD));
      const err = logHError(sq, beta, y, dy, l0) + (1 + a) * dD + 8 * EPS * (Math.abs(l0) + a);
      f.rel = Math.expm1(err);
      return l0 + logExpm1OfExp(lD - lb);
    },
    over(xa: number, xb: number): Bracket {
      const a = yOf(r, g0, Math.min(xa, xb)), b = yOf(r, g0, Math.max(xa, xb));
      const ya = a.y - a.dy, yb = b.y + b.dy;
      const span = (yb - ya) * (1 + 4 * EPS);
      // h(g + xb) − h(g₀ + xa): the monotone bound
      const mono = ya === -Infinity ? (yb === Infinity ? Math.log(-Math.expm1(-2 / beta)) : logHAboveFloor(sq, beta, yb + d))
        : yb === Infinity ? logOneMinusH(sq, beta, ya) : logHGap(sq, beta, ya, d + span, Math.log(d + span));
      const mvt = logHPrimeRange(sq, beta, ya, yb + d);
      const hi = Math.min(mono, ld + mvt.max);
      // h(g + xa) − h(g₀ + xb) where positive, and the mean-value lower bound
      const monoLo = Number.isFinite(span) && span < d ? logHGap(sq, beta, yb, d - span, Math.log(d - span)) : -Infinity;
      const lo = Math.min(hi, Math.max(monoLo, ld + mvt.min));
      return { lo, hi, width: logSubExpClamped(hi, lo) };
    },
    centres: () => {
      const c = r.loc + r.scale * (hPrimeMode(sq, beta) - d / 2) - g0;
      return [c, r.loc - g0, r.loc - g, ...(sq === 'clip' ? [r.loc - r.scale - g0, r.loc + r.scale - g] : [])];
    },
  };
  return f;
}

/**
 * The atom n of a lattice part where pmf(n)·φ(x_n) peaks, seeding atomSum's march there (its own seeds are φ's
 * transition points and B's median; a term that peaks between them, e.g. Poisson(1e5) reflected under a tanh
 * saturated low, where pmf(n)·e^{2x_n} peaks at n ≈ λ/e², would be marched up to one atom at a time). A grid
 * n₀ + 2^{k/2} until the tail beyond cannot reach e^{−50} of the best term (P(B > n)·sup φ), then a ternary
 * search between the best point's neighbours (the terms are unimodal in n for the suite's log-concave or
 * monotone pmfs against a unimodal φ; elsewhere the seed is only less good, never wrong).
 */
function latticePeak(p: LatticeAtoms, f: AtomFactor): number {
  const term = (n: number): number => {
    const l = p.base.logPdf(n) + f.log(p.loc + p.scale * n, false);
    return Number.isNaN(l) ? -Infinity : l;
  };
  const grid: number[] = [], vals: number[] = [];
  let best = -Infinity;
  for (let k = 0; k <= 2000; k++) {
    const n = p.n0 + Math.floor(2 ** (k / 2)) - 1;
    if (grid.length && n === grid[grid.length - 1]) continue;
    const v = term(n);
    grid.push(n); vals.push(v);
    if (v > best) best = v;
    const x = p.loc + p.scale * n;
    const tail = p.base.logSf(n) + f.over(x, p.scale > 0 ? Infinity : -Infinity).hi;
    if (!(tail > best - 50)) break;
  }
  const i = vals.indexOf(best);
  if (i < 0 || best === -Infinity) return p.median;
  let lo = grid[Math.max(0, i - 1)], hi = grid[Math.min(grid.length - 1, i + 1)];
  while (hi - lo > 2) {
    const m1 = lo + Math.floor((hi - lo) / 3), m2 = hi - Math.floor((hi - lo) / 3);
    if (term(m1) < term(m2)) lo = m1; else hi = m2;
  }
  let arg = lo;
  for (let n = lo + 1; n <= hi; n++) if (term(n) > term(arg)) arg = n;
  return arg;
}

/** φ's centres plus the peak of every lattice part's terms (latticePeak). */
function withPeaks(f: AtomFactor, parts: readonly AtomPart[]): AtomFactor {
  const own = f.centres;
  const peaks = parts.filter((q): q is LatticeAtoms => q.kind === 'lattice').map((q) => q.loc + q.scale * latticePeak(q, f));
  f.uncertainZero = false;
  f.centres = () => [...own(), ...peaks];
  return f;
}

/** The sum's tolerance for a requested relative tolerance: atomSum's eps (its blocks' acceptance and tails' cut). */
const epsFor = (relTol: number): number => Math.min(1e-8, Math.max(1e-14, relTol / 10));

const isSmooth = (r: Reward): r is Reward & { squash: SmoothSquash } => r.squash === 'clip' || r.squash === 'tanh' || r.squash === 'sigmoid';

/** log W(g) = log Σⱼ pⱼ h(g + xⱼ) (clip, tanh, sigmoid). */
export function logMeanHOverAtoms(r: Reward, beta: number, g: number, parts: readonly AtomPart[], relTol = 1e-10): AtomLogValue {
  if (!isSmooth(r)) return { log: NaN, relError: NaN, exactZero: false, bad: true, atoms: 0 };
  const s = atomSum(parts, withPeaks(valueFactor(r, r.squash, beta, g), parts), { eps: epsFor(relTol) });
  return { log: s.log, relError: s.relError, exactZero: s.exactZero, bad: s.bad, atoms: s.atoms };
}

/** log(W(g) − W(g₀)) for g > g₀ (clip, tanh, sigmoid). */
export function logMeanHGapOverAtoms(r: Reward, beta: number, g: number, g0: number, parts: readonly AtomPart[], relTol = 1e-10): AtomLogValue {
  if (!isSmooth(r)) return { log: NaN, relError: NaN, exactZero: false, bad: true, atoms: 0 };
  if (!(g > g0)) return { log: -Infinity, relError: 0, exactZero: true, bad: false, atoms: 0 };
  const s = atomSum(parts, withPeaks(gapFactor(r, r.squash, beta, g, g0), parts), { eps: epsFor(relTol) });
  return { log: s.log, relError: s.relError, exactZero: s.exactZero, bad: s.bad, atoms: s.atoms };
}
