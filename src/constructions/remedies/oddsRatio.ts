/**
 * The odds-ratio cap remedy (claims.md §2 "Remedies"; post: "capping the maximum odds ratio for any action
 * (similar to quantilizers) still results in positive utility"). The maximiser of E_P[U] over
 * {P : dP/dQ ≤ K} is the quantilizer P_K = Q(· | U ≥ u_K), Q(U ≥ u_K) = 1/K, randomised at an atom of U:
 * ratio K on {U > u}, and the rest p_u = 1 − K·Q(U > u) spread in proportion to Q on the atom (quantilize.ts).
 * For a pair with finite V (finitePair.ts) the atom (class i, V = vᵢ) gets P-weight pᵢ·wᵢ with
 *   wᵢ = K·F̄ᵢ(u − gᵢ) + (p_u/Q(lo < U ≤ u))·[F̄ᵢ(lo − gᵢ) − F̄ᵢ(u − gᵢ)],
 * u the least double with Q(U > u) ≤ 1/K and lo the double below it (bisection on asinh t, where Q(U > t) is
 * an exact sum of closed-form tails), so E_{P_K}[V] − E_Q[V] = Σ pᵢ(vᵢ − μ)wᵢ.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { fromSignedLog, logAddExp, logSumExp, lsum, SIGNED_ZERO, toSignedLog, type SignedLog } from '../../numerics/logspace.ts';
import { continuousOddsRatioVerdict } from './continuousOddsRatio.ts';
import { shiftClasses } from './shiftClasses.ts';
import { centredV, finiteAtoms, commonNoise, logIntervalProb, meanV, type FiniteAtom } from './finitePair.ts';

/** log Q(U > t) = log Σ pᵢ F̄ᵢ(t − gᵢ), allocation-free (two passes: the largest term, then the sum scaled by it). */
function logSfU(atoms: readonly FiniteAtom[], logP: Float64Array, t: number, buf: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < atoms.length; i++) {
    const l = logP[i] + atoms[i].noise.logSf(t - atoms[i].g);
    buf[i] = l;
    if (l > m) m = l;
  }
  if (!(m > -Infinity) || m === Infinity) return m;
  let s = 0;
  for (let i = 0; i < atoms.length; i++) s += Math.exp(buf[i] - m);
  return m + Math.log(s);
}

export interface QuantilizerShift {
  /** E_{P_K}[V] − E_Q[V] and its error as doubles (0 where below the double range: decide on the logs) */
  readonly shift: number;
  readonly error: number;
  /** the shift as a signed log and log of its error bound (a gain of e^{−1400} keeps its value here) */
  readonly logShift: SignedLog;
  readonly logError: number;
  /** u_K */
  readonly threshold: number;
  /** mass put on the atom of U at u_K */
  readonly atomMass: number;
}

/**
 * u = min{t : Q(U > t) ≤ 1/K} (as a double), and the double below it. The bracket is found in s = asinh t by
 * doubling steps (|s| ≤ 710: about ten evaluations to any double), narrowed by the Illinois variant of regula
 * falsi on f(s) = log Q(U > sinh s) + log K (nearly linear in s for power tails, smooth for the others), with a
 * bisection step whenever f is infinite and every fourth step (a discrete X makes f a step function), and finished by bisection on the doubles themselves. Every evaluation keeps the invariant
 * "not ok at lo, ok at u", so the result is the same pair of adjacent doubles as plain bisection gives
 * (log Q(U > t) is non-increasing in t).
 */
/** asinh of the largest double: sinh(s) is finite for |s| ≤ S_MAX */
const S_MAX = Math.asinh(Number.MAX_VALUE);

function threshold(atoms: readonly FiniteAtom[], logK: number): { u: number; lo: number } | undefined {
  const logP = Float64Array.from(atoms, (a) => Math.log(a.p));
  const buf = new Float64Array(atoms.length);
  // f carries log Q(U > t) itself; "ok" compares it with −log K (not f + log K ≤ 0, which rounds differently)
  const f = (t: number): number => logSfU(atoms, logP, t, buf);
  const ok = (v: number): boolean => v <= -logK;
  // bracket in s = asinh t: f(sinh sa) > 0 ≥ f(sinh sb)
  let sa = -1, sb = 1, fa = f(Math.sinh(sa)), fb = f(Math.sinh(sb));
  for (let step = 2; ok(fa) && sa > -S_MAX; step *= 2) { sb = sa; fb = fa; sa = Math.max(-S_MAX, sa - step); fa = f(Math.sinh(sa)); }
  for (let step = 2; !ok(fb) && sb < S_MAX; step *= 2) { sa = sb; fa = fb; sb = Math.min(S_MAX, sb + step); fb = f(Math.sinh(sb)); }
  if (ok(fa) || !ok(fb) || !Number.isFinite(Math.sinh(sa)) || !Number.isFinite(Math.sinh(sb))) return undefined;
  let side = 0;
  for (let i = 0; i < 400; i++) {
    let m = 0.5 * (sa + sb);
    // every fourth step bisects: regula falsi alone may creep on a step-shaped f
    if (i % 4 !== 3 && Number.isFinite(fa) && Number.isFinite(fb) && fa !== fb) {
      const r = sb - ((fb + logK) * (sb - sa)) / (fb - fa);
      if (r > sa && r < sb) m = r;
    }
    if (m === sa || m === sb) { m = 0.5 * (sa + sb); if (m === sa || m === sb) break; }
    const fm = f(Math.sinh(m));
    if (ok(fm)) {
      sb = m; fb = fm;
      if (side === 1) fa = -logK + (fa + logK) / 2; // Illinois: halve the stale end's value of f + log K
      side = 1;
    } else {
      sa = m; fa = fm;
      if (side === -1) fb = -logK + (fb + logK) / 2;
      side = -1;
    }
  }
  // finish on the doubles themselves
  let lo = Math.sinh(sa), u = Math.sinh(sb);
  for (let i = 0; i < 2200; i++) {
    const m = lo + (u - lo) / 2;
    if (m === lo || m === u) break;
    if (ok(f(m))) u = m; else lo = m;
  }
  return { u, lo };
}

export function quantilizerShift(atoms: readonly FiniteAtom[], logK: number): QuantilizerShift | { reason: string } {
  const th = threshold(atoms, logK);
  if (!th) return { reason: `u_K beyond the double range (log K = ${logK})` };
  const { u, lo } = th;
  const K = Math.exp(logK);
  const above = atoms.map((a) => a.noise.sf(u - a.g));
  const between = atoms.map((a, i) => Math.max(0, a.noise.sf(lo - a.g) - above[i]));
  const qAbove = atoms.reduce((s, a, i) => s + a.p * above[i], 0);
  const qAtom = atoms.reduce((s, a, i) => s + a.p * between[i], 0);
  const pu = Math.max(0, 1 - K * qAbove);
  const w = atoms.map((_, i) => K * above[i] + (qAtom > 0 ? (pu / qAtom) * between[i] : 0));
  const mu = meanV(atoms);
  const c = centredV(atoms);
  let num = 0, den = 0, err = 0;
  atoms.forEach((a, i) => { num += a.p * c[i] * w[i]; den += a.p * w[i]; err += a.p * Math.abs(c[i]) * w[i] * 1e-12; });
  const moved = den; // Σpᵢ·(the weights multiplying vᵢ − μ): an error δμ in μ moves the numerator by δμ·moved
  const n = commonNoise(atoms);
  if (!(den > 0)) return { reason: `P-mass ${den}: the quantilizer's weights vanished (threshold ${u})` };
  const muErr = 4e-16 * atoms.length * Math.max(...c.map(Math.abs));
  if (n && n.support.kind === 'continuous' && !(pu > 1e-12)) return intervalShift(atoms, c, n, u, logK, den, muErr, pu);
  const shift = num / den;
  const error = (err + muErr * moved) / den + Math.abs(shift) * 1e-12;
  return { shift, error, logShift: toSignedLog(shift), logError: Math.log(error), threshold: u, atomMass: pu };
}

/**
 * No randomisation mass (pu = 0 to rounding): Σpᵢ(vᵢ − μ) = 0, so the numerator is Σᵢ pᵢ(vᵢ − μ)·K·[F̄(u − gᵢ) −
 * F̄(u − g_min)], each bracket an interval probability P(u − gᵢ < N ≤ u − g_min) formed without cancellation
 * (finitePair.logIntervalProb), summed in LOG space with signs (numerics/logspace.lsum): a term K·P = e^{−1400}
 * (an atom whose shift is far below u_K's in a light tail) keeps its value and its error, where the linear sum
 * made it 0 — and a gain made only of such terms read as an exact 0, a false "fails". The error: each term's
 * relative error plus 4e-16·n for the summation, the centring's rounding δμ times Σ of the weights, and 1e-12
 * of the result (as for the sums above).
 */
function intervalShift(atoms: readonly FiniteAtom[], c: readonly number[], n: Distribution, u: number, logK: number, den: number, muErr: number, pu: number): QuantilizerShift {
  const gMin = Math.min(...atoms.map((a) => a.g));
  let num: SignedLog = SIGNED_ZERO;
  const errs: number[] = [], moved: number[] = [];
  for (const [i, a] of atoms.entries()) {
    const ip = logIntervalProb(n, u - a.g, a.g - gMin, u - gMin);
    const lDelta = Math.log(a.p) + logK + ip.log;
    moved.push(lDelta);
    if (c[i] === 0 || lDelta === -Infinity) continue;
    const l = Math.log(Math.abs(c[i])) + lDelta;
    num = lsum(num, { log: l, sign: c[i] > 0 ? 1 : -1 });
    errs.push(l + Math.log(ip.relError + 4e-16 * atoms.length));
  }
  const logDen = Math.log(den);
  const logShift: SignedLog = num.sign === 0 ? SIGNED_ZERO : { log: num.log - logDen, sign: num.sign };
  const logError = logAddExp(logAddExp(logSumExp(errs), Math.log(muErr) + logSumExp(moved)) - logDen, logShift.log + Math.log(1e-12));
  return { shift: fromSignedLog(logShift), error: Math.exp(logError), logShift, logError, threshold: u, atomMass: pu };
}


/**
 * |shift| > error: on the doubles where the error is a normal double (the decisions of the linear sums, bit for
 * bit), on the logs below (a gain of e^{−1400} against an error of e^{−1427}).
 */
const beats = (s: QuantilizerShift): boolean => (s.error > 1e-300 && Number.isFinite(s.error) ? Math.abs(s.shift) > s.error : s.logShift.log > s.logError);

/** x for the message, e^{log} where x left the double range. */
const shown = (x: number, l: SignedLog): string => (x !== 0 || l.sign === 0 ? fmt(x) : `${l.sign < 0 ? '−' : ''}e^${fmt(l.log)}`);

/** E_{P_K}[V] > E_Q[V] ("positive utility" with E_π₀[V] = 0); `flipped`: the mutant "≤". */
export function oddsRatioVerdict(atoms: readonly FiniteAtom[], logK: number, flipped = false): Verdict {
  if (atoms.every((a) => a.v === atoms[0].v)) {
    return flipped ? holds('V constant', {}) : fails(`V = ${fmt(atoms[0].v)} a.s.: E_P[V] = E[V] for every P`, { v: atoms[0].v });
  }
  if (!(logK > 0)) return flipped ? holds('K ≤ 1: P = Q', { logK }) : fails(`K = e^${fmt(logK)} ≤ 1: dP/dQ ≤ 1 forces P = Q, so E_P[V] = E_Q[V]`, { logK });
  const s = quantilizerShift(atoms, logK);
  if ('reason' in s) return inconclusive(s.reason, { logK });
  const numbers = { shift: s.shift, error: s.error, logAbsShift: s.logShift.log, logError: s.logError, logK, threshold: s.threshold, atomMass: s.atomMass };
  const what = `quantilizer K = e^${fmt(logK)} (u_K = ${fmt(s.threshold)}): E_P[V] − E_Q[V] = ${shown(s.shift, s.logShift)} (error ${shown(s.error, { log: s.logError, sign: 1 })})`;
  const positive = s.logShift.sign > 0 && beats(s), negative = s.logShift.sign < 0 && beats(s);
  if (flipped) return positive ? fails(`${what} > 0`, numbers) : holds(`${what}: not > 0`, numbers);
  if (positive) return holds(what, numbers);
  if (negative) return fails(`${what} < 0 (exact sums of closed-form tails)`, numbers);
  if (s.logShift.sign === 0) {
    // exactly 0 certifies only where u_K − g is resolved for every shift g of U: at u_K ≈ 9e307 (a zeta X with
    // s ≈ 1.001) u − 1 rounds to u and the positive gain pmf(u − 1)·… vanishes in the rounding
    const gs = [...new Set(atoms.map((a) => a.g))];
    const resolved = gs.every((g) => (s.threshold - g) + g === s.threshold) && new Set(gs.map((g) => s.threshold - g)).size === gs.length;
    if (!resolved) return inconclusive('E_P[V] − E_Q[V] computed as 0, but u_K − g rounds for some atom of V (beyond double resolution)', numbers);
    return fails(`${what}: exactly 0 — the cap reweights every value of V alike`, numbers);
  }
  return inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
}

/** The verdict for any pair in shift form: exact sums for a finite V (oddsRatioVerdict), quadrature over V otherwise. */
export function oddsRatioPairVerdict(pair: PairSpec, logK: number, flipped = false): Verdict {
  const atoms = finiteAtoms(pair);
  if (atoms) return oddsRatioVerdict(atoms, logK, flipped);
  const classes = shiftClasses(pair);
  if (!classes) return inconclusive(`pair kind ${pair.kind} is not in shift form`, { logK });
  return continuousOddsRatioVerdict(classes, logK, flipped);
}
