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
import { logSumExp } from '../../numerics/logspace.ts';
import { centredV, commonNoise, logIntervalProb, meanV, type FiniteAtom } from './finitePair.ts';

const logSfU = (atoms: readonly FiniteAtom[], t: number): number => logSumExp(atoms.map((a) => Math.log(a.p) + a.noise.logSf(t - a.g)));

export interface QuantilizerShift {
  readonly shift: number;
  readonly error: number;
  /** u_K */
  readonly threshold: number;
  /** mass put on the atom of U at u_K */
  readonly atomMass: number;
}

/** u = min{t : Q(U > t) ≤ 1/K} (as a double), and the double below it. */
function threshold(atoms: readonly FiniteAtom[], logK: number): { u: number; lo: number } | undefined {
  const ok = (t: number): boolean => logSfU(atoms, t) <= -logK;
  let a = -1, b = 1;
  for (let i = 0; i < 2000 && ok(a); i++) a = a * 2;
  for (let i = 0; i < 2000 && !ok(b); i++) b = b * 2;
  if (ok(a) || !ok(b) || !Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  let sa = Math.asinh(a), sb = Math.asinh(b);
  for (let i = 0; i < 200; i++) {
    const m = 0.5 * (sa + sb);
    if (m === sa || m === sb) break;
    if (ok(Math.sinh(m))) sb = m; else sa = m;
  }
  // finish on the doubles themselves
  let lo = Math.sinh(sa), u = Math.sinh(sb);
  for (let i = 0; i < 200; i++) {
    const m = lo + (u - lo) / 2;
    if (m === lo || m === u) break;
    if (ok(m)) u = m; else lo = m;
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
  let moved = den; // Σpᵢ·(the weights multiplying vᵢ − μ): an error δμ in μ moves the numerator by δμ·moved
  const n = commonNoise(atoms);
  if (n && n.support.kind === 'continuous' && !(pu > 1e-12)) {
    // no randomisation mass (pu = 0 to rounding): Σpᵢ(vᵢ − μ) = 0, so the numerator is Σpᵢ(vᵢ − μ)·K·[F̄(u − gᵢ) − F̄(u − g_min)], each bracket an interval
    // probability P(u − gᵢ < N ≤ u − g_min) formed without cancellation (finitePair.logIntervalProb)
    const gMin = Math.min(...atoms.map((a) => a.g));
    num = 0; err = 0; moved = 0;
    for (const [i, a] of atoms.entries()) {
      const ip = logIntervalProb(n, u - a.g, a.g - gMin, u - gMin);
      const delta = a.p * Math.exp(logK + ip.log);
      num += c[i] * delta;
      err += Math.abs(c[i] * delta) * ip.relError;
      moved += delta;
    }
  }
  if (!(den > 0)) return { reason: `P-mass ${den}: the quantilizer's weights vanished (threshold ${u})` };
  const shift = num / den;
  const muErr = 4e-16 * atoms.length * Math.max(...c.map(Math.abs));
  return { shift, error: (err + muErr * moved) / den + Math.abs(shift) * 1e-12, threshold: u, atomMass: pu };
}


/** E_{P_K}[V] > E_Q[V] ("positive utility" with E_π₀[V] = 0); `flipped`: the mutant "≤". */
export function oddsRatioVerdict(atoms: readonly FiniteAtom[], logK: number, flipped = false): Verdict {
  if (atoms.every((a) => a.v === atoms[0].v)) {
    return flipped ? holds('V constant', {}) : fails(`V = ${fmt(atoms[0].v)} a.s.: E_P[V] = E[V] for every P`, { v: atoms[0].v });
  }
  if (!(logK > 0)) return flipped ? holds('K ≤ 1: P = Q', { logK }) : fails(`K = e^${fmt(logK)} ≤ 1: dP/dQ ≤ 1 forces P = Q, so E_P[V] = E_Q[V]`, { logK });
  const s = quantilizerShift(atoms, logK);
  if ('reason' in s) return inconclusive(s.reason, { logK });
  const numbers = { shift: s.shift, error: s.error, logK, threshold: s.threshold, atomMass: s.atomMass };
  const what = `quantilizer K = e^${fmt(logK)} (u_K = ${fmt(s.threshold)}): E_P[V] − E_Q[V] = ${fmt(s.shift)} (error ${fmt(s.error)})`;
  if (flipped) return s.shift > s.error ? fails(`${what} > 0`, numbers) : holds(`${what}: not > 0`, numbers);
  if (s.shift > s.error) return holds(what, numbers);
  if (s.shift < -s.error) return fails(`${what} < 0 (exact sums of closed-form tails)`, numbers);
  if (s.shift === 0) {
    // exactly 0 certifies only where u_K − g is resolved for every shift g of U: at u_K ≈ 9e307 (a zeta X with
    // s ≈ 1.001) u − 1 rounds to u and the positive gain pmf(u − 1)·… vanishes in the rounding
    const gs = [...new Set(atoms.map((a) => a.g))];
    const resolved = gs.every((g) => (s.threshold - g) + g === s.threshold) && new Set(gs.map((g) => s.threshold - g)).size === gs.length;
    if (!resolved) return inconclusive('E_P[V] − E_Q[V] computed as 0, but u_K − g rounds for some atom of V (beyond double resolution)', numbers);
    return fails(`${what}: exactly 0 — the cap reweights every value of V alike`, numbers);
  }
  return inconclusive('|E_P[V] − E_Q[V]| below its error estimate', numbers);
}
