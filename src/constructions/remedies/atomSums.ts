/**
 * Σ over the atoms of a discrete X of P(X = x)·φ(x) for a factor φ ≥ 0 of closed form (atomLattice.ts), with
 * rigorous brackets for the atoms not evaluated one by one. Finite parts are summed atom by atom. On a lattice
 * part (x_n = loc + scale·n) the sum starts at the best of a few seed indices (the factor's transition points,
 * the median of B) and marches outward on both sides in blocks of consecutive atoms n ∈ [a, b]:
 *   Σ_{a ≤ n ≤ b} P(X = x_n)·φ(x_n) ∈ P(a ≤ B ≤ b)·[lo, hi],  lo ≤ φ ≤ hi on the block's x-range (factor.over),
 * counted as its midpoint with half its width as error; the block mass is a difference of closed-form tails of B.
 * A block of one atom is evaluated exactly. The block size doubles while a block's bracket width is below
 * `eps`·(sum so far) and halves otherwise; a side ends with the bracket of everything beyond (b = ±∞) once that
 * is below `eps`·(sum so far), or after `maxSteps` blocks (its bracket then stays as the error). Blocks reach
 * atoms beyond 2^53 (where a lattice of integers is no longer one atom per double), so a zeta X with u ≈ 1e170 works.
 * Relative error of each closed form: numerics.md's |Δ log| ≤ 1e-12·max(1, |log|).
 */
import { logSubExpClamped } from '../../numerics/logspace.ts';
import { exactAffine, type AtomPart, type LatticeAtoms } from './atomLattice.ts';

/** Logs of lo ≤ φ ≤ hi on a range of x, and of hi − lo (formed without cancellation); −Infinity only for an exact 0. */
export interface Bracket { readonly lo: number; readonly hi: number; readonly width: number }

/** The factor φ(x) at the atoms, in log space. */
export interface AtomFactor {
  /**
   * log φ(x); −Infinity where φ(x) = 0; NaN where not resolved. Sets `rel` (its relative error). `xExact`: x is
   * the atom exactly (else it may be a few ulps off, and a 0 read at a support end is not certified).
   */
  log(x: number, xExact: boolean): number;
  rel: number;
  /** set when some 0 was read where rounding of x could hide a positive value (exactZero is then withheld) */
  uncertainZero?: boolean;
  /** a bracket of φ on the x-range between xa and xb (either order; xb may be ±Infinity) */
  over(xa: number, xb: number): Bracket;
  /** x where φ changes fastest (window centres), to seed the march */
  centres(): readonly number[];
}

export interface AtomSum {
  /** log of the sum (brackets at their midpoints) */
  readonly log: number;
  /** absolute error over the sum */
  readonly relError: number;
  /** every term and every bracket is exactly 0, so the sum is exactly 0 */
  readonly exactZero: boolean;
  /** factor evaluations */
  readonly atoms: number;
  /** NaN met */
  readonly bad: boolean;
}

/** Running sum in linear space relative to e^{ref}: e^{l} is added as e^{l − ref}. */
class Accumulator {
  ref = -Infinity;
  sum = 0;
  err = 0;
  private rescale(l: number): void {
    if (l > this.ref + 600 || this.ref === -Infinity) {
      const f = this.ref === -Infinity ? 0 : Math.exp(this.ref - l);
      this.sum *= f; this.err *= f; this.ref = l;
    }
  }
  add(l: number, rel: number): void {
    if (l === -Infinity) return;
    this.rescale(l);
    const v = Math.exp(l - this.ref);
    this.sum += v; this.err += v * rel;
  }
  addErr(l: number): void {
    if (l === -Infinity) return;
    this.rescale(l);
    this.err += Math.exp(l - this.ref);
  }
  get log(): number { return this.sum > 0 ? this.ref + Math.log(this.sum) : -Infinity; }
}

const relOf = (l: number): number => 1e-12 * Math.max(1, Math.abs(l));

/** log(e^a − e^b) for a ≥ b (−Infinity when equal). */

/**
 * log(e^a − e^b) with its relative error, the logs a, b carrying relOf(·) each: (δa + e^{b−a}·δb)/(1 − e^{b−a})
 * (the cancellation of two close tails: a block of two atoms of zeta(2.1) at 1e15 loses 21%). `upper` = a
 * bounds the difference from above whatever the rounding.
 */
function logDiffWithError(a: number, b: number): { log: number; rel: number; upper: number } {
  if (b === -Infinity) return { log: a, rel: relOf(a), upper: a };
  const log = logSubExpClamped(a, b);
  const rel = log === -Infinity ? Infinity : (relOf(a) + Math.exp(b - a) * relOf(b)) / -Math.expm1(b - a);
  return { log, rel, upper: a };
}
/** Above this relative error a block's mass is not used as a value: the block counts as error only. */
const MASS_REL_LIMIT = 1e-6;

export interface AtomSumOptions { readonly eps?: number; readonly maxSteps?: number }

/** Σ_x P(X = x)·φ(x) over every part. */
export function atomSum(parts: readonly AtomPart[], f: AtomFactor, opts: AtomSumOptions = {}): AtomSum {
  const eps = opts.eps ?? 1e-13;
  const maxSteps = opts.maxSteps ?? 4000;
  const acc = new Accumulator();
  const st = { zero: true, bad: false, atoms: 0 };
  const exact = (logMass: number, x: number, xExact: boolean): void => {
    st.atoms++;
    const l = f.log(x, xExact);
    if (Number.isNaN(l) || Number.isNaN(logMass)) { st.bad = true; return; }
    if (l === -Infinity || logMass === -Infinity) return;
    st.zero = false;
    acc.add(logMass + l, f.rel + relOf(logMass));
  };
  const lattices: LatticeAtoms[] = [];
  for (const part of parts) {
    if (part.kind === 'lattice') { lattices.push(part); continue; }
    const lw = Math.log(part.w);
    for (let i = 0; i < part.x.length; i++) exact(lw + Math.log(part.p[i]), part.x[i], part.exact);
  }
  for (const part of lattices) marchLattice(part, f, eps, maxSteps, acc, exact, st);
  if (st.bad) return { log: NaN, relError: NaN, exactZero: false, atoms: st.atoms, bad: true };
  const log = acc.log;
  if (log === -Infinity) return { log, relError: 0, exactZero: st.zero && acc.err === 0 && !f.uncertainZero, atoms: st.atoms, bad: false };
  return { log, relError: acc.err / acc.sum + 1e-15, exactZero: false, atoms: st.atoms, bad: false };
}

const N_MAX = 2 ** 1000;

/** The lattice part from the best seed outward in blocks (file comment). */
function marchLattice(part: LatticeAtoms, f: AtomFactor, eps: number, maxSteps: number, acc: Accumulator, exact: (lm: number, x: number, xExact: boolean) => void, st: { zero: boolean; bad: boolean; atoms: number }): void {
  const { base, loc, scale, n0 } = part;
  const lw = Math.log(part.w);
  const xOf = (n: number): number => loc + scale * n;
  // a block's x-range widened by the rounding of loc + scale·n (a few ulps), so that its bracket covers the true atoms
  const slack = (x: number): number => 8 * Number.EPSILON * (Math.abs(x) + Math.abs(loc)) + Number.MIN_VALUE;
  const overBlock = (xa: number, xb: number): Bracket => {
    const lo = Math.min(xa, xb), hi = Math.max(xa, xb);
    return f.over(lo - slack(lo), hi + slack(hi));
  };
  const clampN = (n: number): number => Math.min(N_MAX, Math.max(n0, Math.round(n)));
  const seeds = [...f.centres().map((x) => (x - loc) / scale), part.median].filter(Number.isFinite).map(clampN);
  // the best seed by the bracket's top over its atom's rounding (beyond 2^53 x_n − t is rounding noise, and the
  // exact φ(x_n) can read 0 where the atoms it stands for are not); underflow markers (< e^{−1e300}) count as 0
  let start = seeds[0], best = -1e300;
  for (const n of seeds) {
    const l = base.logPdf(n) + overBlock(xOf(n), xOf(n)).hi;
    st.atoms++;
    if (l > best) { best = l; start = n; }
  }
  const threshold = (): number => acc.log + Math.log(eps);
  // log P(a ≤ B ≤ b) from the upper tails above the median, from the lower ones below (no cancellation)
  const logMass = (a: number, b: number): { log: number; rel: number; upper: number } => {
    const above = a > part.median;
    const d = above
      ? logDiffWithError(base.logSf(a - 1), base.logSf(b))
      : logDiffWithError(base.logCdf(b), a - 1 < n0 ? -Infinity : base.logCdf(a - 1));
    if (above && !(d.rel <= MASS_REL_LIMIT)) {
      // the two tails cancel (far out, where a block is tiny against n): above the median the pmf of the
      // suite's lattices (zeta, geometric, Poisson: mode ≤ median) is non-increasing, so the block's mass lies in
      // [m·pmf(b), m·pmf(a)], which is tight exactly there ((b/a)^s ≈ 1 + s·m/n for zeta)
      const lm = Math.log(b - a + 1);
      const hi = lw + lm + base.logPdf(a), lo = lw + lm + base.logPdf(b);
      if (hi >= lo && lo > -Infinity) {
        const r = Math.exp(lo - hi);
        return { log: hi + Math.log((1 + r) / 2), rel: (1 - r) / (1 + r) + 2 * relOf(hi), upper: hi + 4 * relOf(hi) };
      }
    }
    return { log: lw + d.log, rel: d.rel, upper: lw + d.upper };
  };
  const addBlock = (lm: number, br: Bracket, massRel = relOf(lm), upper = lm): void => {
    if (Number.isNaN(lm) || Number.isNaN(upper) || Number.isNaN(br.lo) || Number.isNaN(br.hi) || Number.isNaN(br.width)) { st.bad = true; return; }
    if (br.hi === -Infinity || upper === -Infinity) return;
    // a block has atoms of positive mass: its factor bracket decides, not a mass lost to cancellation
    st.zero = false;
    if (!(massRel <= MASS_REL_LIMIT)) {
      // the tails' difference is not resolved (two equal tails, or cancellation past 1e-6): the block's value
      // lies in [0, upper·e^{hi}], counted as error around 0
      acc.addErr(upper + br.hi);
      return;
    }
    const mid = br.width === -Infinity ? br.hi : br.hi + Math.log1p(-0.5 * Math.exp(br.width - br.hi));
    // the ends' own rounding (relative 1e-12·|log|) widens the bracket by that much of hi
    acc.add(lm + mid, massRel + 2 * relOf(br.hi) * Math.exp(br.hi - mid) + 1e-15);
    acc.addErr(lm + br.width - Math.LN2);
  };
  for (const dir of [1, -1] as const) {
    // dir = 1: n = start, start + 1, …; dir = −1: n = start − 1, start − 2, … (n is the next atom not yet summed)
    let n = dir === 1 ? start : start - 1;
    let m = 1, singles = 0;
    for (let step = 0; ; step++) {
      if (dir === -1 && n < n0) break;
      if (st.bad) return;
      // beyond 2^52 consecutive integers are not all doubles: blocks of at least 256 ulps
      const huge = Math.abs(n) >= 2 ** 52;
      if (step < 8 || step % 8 === 0 || m > 1 || huge || step >= maxSteps) {
        const restMass = dir === 1 ? lw + (n - 1 < n0 ? 0 : base.logSf(n - 1)) : lw + base.logCdf(n);
        if (restMass === -Infinity) break;
        const xn = xOf(n);
        const rest = f.over(scale * dir > 0 ? xn - slack(xn) : xn + slack(xn), scale * dir > 0 ? Infinity : -Infinity);
        if (step >= maxSteps || rest.hi === -Infinity || (step > 0 && restMass + rest.width <= threshold())) { addBlock(restMass, rest); break; }
      }
      const mMin = huge ? 2 ** (Math.ceil(Math.log2(Math.abs(n))) - 44) : 1;
      m = Math.max(m, mMin);
      if (dir === -1) m = Math.min(m, n - n0 + 1);
      if (m <= 1) {
        exact(lw + base.logPdf(n), xOf(n), part.exact && exactAffine(loc, scale, n));
        n += dir;
        singles++;
        if (singles >= 64 && singles % 16 === 0) m = 2;
        continue;
      }
      const a = dir === 1 ? n : n - m + 1, b = dir === 1 ? n + m - 1 : n;
      const mass = logMass(a, b);
      const br = overBlock(xOf(a), xOf(b));
      if (mass.upper + br.width <= threshold() + Math.log(1e-3) || m <= mMin) {
        // a − 1 rounding to a (beyond 2^53) drops the atom a from the mass: count it as error
        if (a - 1 === a) acc.addErr(lw + base.logPdf(a));
        addBlock(mass.log, br, mass.rel, mass.upper);
        n += dir * m;
        m *= 2;
      } else m = Math.max(1, Math.floor(m / 2));
    }
  }
}
