/**
 * The odds-ratio cap (quantilizer) for X discrete ⊥ V continuous (finite mean): U = X + V has no atoms, so the
 * maximiser of E_P[U] over {dP/dQ ≤ K} is P = Q(· | U > u), Q(U > u) = 1/K, and
 *   E_P[V] − E_Q[V] = E[(V − μ)·1{U > u}] / Q(U > u),
 *   Q(U > u) = Σ_x P(X = x)·F̄_V(u − x),   E[(V − μ)·1{U > u}] = Σ_x P(X = x)·h(u − x),
 * sums over the atoms of X (atomLattice.ts, atomSums.ts: exact closed forms, bracketed lattice remainders) of
 * closed-form tails of V (vFactors.ts). Every term h ≥ 0, so the gain is ≥ 0; it is exactly 0 — a certified
 * failure — when every atom puts u − x off the interior of V's support (a bounded V narrower than the gaps
 * between the atoms of X, at a cap K = 1/P(X ≥ x) that falls in a gap). u is found as in
 * continuousOddsRatio.continuousThreshold (Illinois on asinh t; the lower tail for K < 2), and the verdict is
 * for the cap K′ = 1/Q(U > u) actually met (numbers.logKMet, |log K′ − log K| ≤ 1e-6·max(1, log K)).
 * Where u is far beyond 2^53·|scale| (a zeta X at a large cap) the atoms near u are not doubles and the sum's
 * bracket there is wide; a window bound (logWindowGain) then certifies the gain > 0, and `holds` is decided on
 * that certified lower bound (numbers.lower).
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import { buildCached } from '../../claims/buildCached.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { atomPartsOf, type AtomPart, type LatticeAtoms } from './atomLattice.ts';
import { asinhThreshold, type Threshold } from './asinhThreshold.ts';
import { atomSum, type AtomSum } from './atomSums.ts';
import { gainFactor, logGain, seedQuantiles, tailFactor } from './vFactors.ts';

export interface DiscreteNoiseCase { readonly parts: readonly AtomPart[]; readonly v: Distribution; readonly mu: number; readonly qs: readonly number[] }

const cases = new WeakMap<object, DiscreteNoiseCase | null>();

/** The case when the pair is X ⊥ V with X purely discrete and V continuous; else undefined (kept per pair object). */
export function discreteNoiseCase(pair: PairSpec): DiscreteNoiseCase | undefined {
  if (pair.kind !== 'independent') return undefined;
  const hit = cases.get(pair);
  if (hit !== undefined) return hit ?? undefined;
  const v = buildCached(pair.v);
  const parts = v.support.kind === 'continuous' ? atomPartsOf(pair.x) : undefined;
  const c = parts ? { parts, v, mu: v.mean(), qs: seedQuantiles(v) } : undefined;
  cases.set(pair, c ?? null);
  return c;
}

/**
 * How many atoms of X a sum may have to take one by one: over the lattice parts, the largest of
 * min(atoms across V's central 1 − 2e-9, atoms across B's central 1 − 2e-9). Large (≳ 1e3) when a lattice is
 * fine against V and itself wide (geometric p = 1e-9 with V of width 1e6): the blocks' brackets are then too
 * coarse for the threshold's accuracy, and the case is left to the generator's filter (extendedOddsRatioPairs.ts).
 */
export function atomWindow(c: DiscreteNoiseCase): number {
  const vWidth = c.qs[c.qs.length - 1] - c.qs[0];
  return Math.max(0, ...c.parts.map((p) => (p.kind === 'finite' ? p.x.length : Math.min(vWidth / Math.abs(p.scale), p.base.quantile(1 - 1e-9) - p.base.quantile(1e-9)))));
}

/** log Q(U > t) (or, `lower`, log Q(U ≤ t)) as a sum over the atoms of X. */
export const logSfUOverAtoms = (c: DiscreteNoiseCase, t: number, lower = false, eps = 1e-14): AtomSum =>
  atomSum(c.parts, tailFactor(c.v, t, lower, c.qs), { eps });

/** u with log Q(U > u) = −log K (to 1e-6 relative), or a reason (the search: asinhThreshold.ts). */
export function discreteNoiseThreshold(c: DiscreteNoiseCase, logK: number): Threshold {
  return asinhThreshold((t, lower, precise) => {
    const q = logSfUOverAtoms(c, t, lower, precise ? undefined : 1e-12);
    const bad = q.bad ? `Q(U > ${t}) not resolved (NaN in a closed form)` : precise && !(q.relError <= 1e-6) ? `Q(U > ${t}) not resolved (relative error ${q.relError})` : undefined;
    return { log: q.log, relError: q.relError, ...(bad === undefined ? {} : { bad }) };
  }, logK, { fTol: 1e-10 * Math.max(1, Math.abs(logK < Math.LN2 ? Math.log(-Math.expm1(-logK)) : -logK)), accept: 1e-6, method: 'illinois' });
}

export interface DiscreteNoiseShift {
  readonly shift: number;
  readonly error: number;
  readonly threshold: number;
  readonly logKMet: number;
  /**
   * a certified lower bound of the gain: shift − error mathematically, kept apart because the window bound
   * (logWindowGain) can be 1e-12 of the bracket's top, below the rounding of shift − error
   */
  readonly lower: number;
  /** the gain is exactly 0: every atom's u − x lies off the interior of V's support (certified) */
  readonly exactZero: boolean;
  readonly atoms: number;
}

/** E_{P_K}[V] − E_Q[V] with its error (file comment), or a reason. */
export function discreteNoiseQuantilizerShift(c: DiscreteNoiseCase, logK: number): DiscreteNoiseShift | { reason: string } {
  if (!Number.isFinite(c.mu)) return { reason: `E[V] = ${c.mu} is not finite` };
  const th = discreteNoiseThreshold(c, logK);
  if ('reason' in th) return th;
  const num = atomSum(c.parts, gainFactor(c.v, c.mu, th.u, c.qs));
  if (num.bad) return { reason: `E[(V − μ)·1{U > ${th.u}}] not resolved (NaN in a closed form)` };
  const base = { threshold: th.u, logKMet: -th.logQ, atoms: num.atoms };
  if (num.log === -Infinity) return num.exactZero ? { shift: 0, error: 0, lower: 0, exactZero: true, ...base } : { reason: `E[(V − μ)·1{U > ${th.u}}] computed as 0, but not certified (an atom's u − x is within rounding of an end of V's support, or a term underflowed)` };
  // the sum's bracket [S(1 − r), S(1 + r)], raised at the bottom by the window bound where that is larger
  const window = Math.max(...c.parts.map((p) => (p.kind === 'lattice' ? logWindowGain(p, c, th.u) : -Infinity)));
  const lowRel = Math.max(1 - num.relError, Math.exp(window - num.log));
  const highRel = 1 + num.relError;
  const scale = Math.exp(num.log - th.logQ);
  const shift = scale * ((lowRel + highRel) / 2);
  const lower = scale * lowRel * (1 - th.relError);
  return { shift, error: scale * ((highRel - lowRel) / 2) + shift * th.relError, lower, exactZero: false, ...base };
}

/**
 * A lower bound of one lattice part's share of E[(V − μ)·1{U > u}] = Σ_n P(X = x_n)·h(u − x_n) that needs no
 * atom to be a double (u ≫ 2^53·|scale|, or a lattice fine against V): the atoms with u − x_n in
 * [q_V(¼), q_V(¾)] number at least ⌊(q_V(¾) − q_V(¼))/|scale|⌋ − 1, each has h ≥ min(h(q_V(¼)), h(q_V(¾))) (h is
 * unimodal) and mass ≥ the smaller pmf at the ends of a slightly widened n-range (geometric, Poisson and zeta
 * pmfs are unimodal in n). log of the bound, −Infinity where it does not apply.
 */
export function logWindowGain(p: LatticeAtoms, c: DiscreteNoiseCase, u: number): number {
  const [s1, s2] = [0.25, 0.75].map((q) => c.v.quantile(q));
  const count = Math.floor((s2 - s1) / Math.abs(p.scale)) - 1;
  if (!(count >= 1)) return -Infinity;
  const ends = [(u - s2 - p.loc) / p.scale, (u - s1 - p.loc) / p.scale];
  const nLo = Math.floor(Math.min(...ends) * (1 - 1e-15 * Math.sign(Math.min(...ends))) - 1);
  const nHi = Math.ceil(Math.max(...ends) * (1 + 1e-15 * Math.sign(Math.max(...ends))) + 1);
  if (!(nLo >= p.n0) || !Number.isFinite(nHi)) return -Infinity;
  const logPmf = Math.min(p.base.logPdf(nLo), p.base.logPdf(nHi));
  const h1 = logGain(c.v, c.mu, s1), h2 = logGain(c.v, c.mu, s2);
  const logH = Math.min(h1.log - 2 * h1.rel, h2.log - 2 * h2.rel);
  const l = Math.log(p.w) + Math.log(count) + logPmf - 2e-12 * Math.max(1, Math.abs(logPmf)) + logH;
  return Number.isNaN(l) ? -Infinity : l;
}

/** E_{P_K}[V] > E_Q[V] for X discrete ⊥ V continuous; `flipped`: the mutant "≤". Same semantics as continuousOddsRatioVerdict. */
export function discreteNoiseOddsRatioVerdict(pair: PairSpec, logK: number, flipped = false): Verdict {
  const c = discreteNoiseCase(pair);
  if (!c) return inconclusive(`pair is not X discrete ⊥ V continuous (kind ${pair.kind})`, { logK });
  if (!(logK > 0)) return flipped ? holds('K ≤ 1: P = Q', { logK }) : fails(`K = e^${fmt(logK)} ≤ 1: dP/dQ ≤ 1 forces P = Q, so E_P[V] = E_Q[V]`, { logK });
  const s = discreteNoiseQuantilizerShift(c, logK);
  if ('reason' in s) return inconclusive(s.reason, { logK });
  const numbers = { shift: s.shift, error: s.error, lower: s.lower, logK, logKMet: s.logKMet, threshold: s.threshold };
  // holds/fails of the mutant on the certified lower bound (> 0 exactly when shift > error, without the rounding)
  const positive = s.lower > 0 || s.shift > s.error;
  const what = (): string => `quantilizer K' = e^${fmt(s.logKMet)} (u = ${fmt(s.threshold)}): E_P[V] − E_Q[V] = ${fmt(s.shift)} (error ${fmt(s.error)}, certified ≥ ${fmt(s.lower)}, sum over ${s.atoms} atoms of X)`;
  if (flipped) {
    if (positive) return fails(() => `${what()} > 0`, numbers);
    return s.exactZero || s.shift <= -s.error ? holds(() => `${what()}: not > 0`, numbers) : inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
  }
  if (positive) return holds(what, numbers);
  if (s.exactZero) return fails(() => `${what()}: exactly 0 — every atom x of X puts u − x off the interior of V's support, so {U > u} is {X ≥ x₀} up to a null set, independent of V`, numbers);
  return inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
}
