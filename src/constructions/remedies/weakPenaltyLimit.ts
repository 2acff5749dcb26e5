/**
 * Reading (c) of the bounded-reward remedy: the limit β → 0 of E[V(π*(β))], π*(β) ∝ e^{r(U)/β}, for X ⊥ V,
 * V finite-valued, U = V + X (+ a constant). As β → 0 the tilt tends to Q(· | r(U) = ess sup r):
 * - the squash saturates on U's support (clip: Q(U ≥ loc + s) > 0; step: Q(U > loc) > 0): the limit is
 *   E[V | r(U) = 1], exact: weights P(X ≥ loc + s − v) (clip) or P(X > loc − v) (step);
 * - otherwise (tanh, sigmoid, or clip never reaching 1) the tilt is a soft threshold at t_β → sup U, so the
 *   limit is lim_{t→sup U} E[V | U > t], whose atom weights P(X > t − v)/P(X > t) tend to (from the built
 *   tail profile of X): 1 for a long-tailed X (limit E[V]: the gain vanishes — T5's mechanism); 0 except at
 *   v_max for a ratio-light X or X bounded above (limit max V); e^{λ₊v} for an exponential-type tail (limit:
 *   V tilted by λ₊). A heavy tail that is not long-tailed is left undecided.
 */
import { logSumExp } from '../../numerics/logspace.ts';
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Reward } from './boundedReward.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { centredV, commonNoise, finiteAtoms, logIntervalProb, weightedShift, type FiniteAtom } from './finitePair.ts';
import { shiftClasses } from './shiftClasses.ts';
import { floorPositionAtoms, saturationPoint } from './rewardNeverAboveFloor.ts';
import { saturationDependsOnVContinuous, weakPenaltyVerdictContinuous } from './weakPenaltyContinuous.ts';
import { copulaPairSpec, copulaSaturationDependsOnV, weakPenaltyCopulaVerdict } from './weakPenaltyCopula.ts';

export type LimitWeights = { readonly logW: number[]; readonly how: string } | { readonly reason: string };

/** P(r(U) = 1) for a pair with finite V (0 for squashes that never reach 1). */
export function saturationMass(atoms: readonly FiniteAtom[], r: Reward): number {
  if (r.squash !== 'clip' && r.squash !== 'step') return 0;
  const T = saturationPoint(r) ?? r.loc;
  return atoms.reduce((s, a) => s + a.p * (a.noise.sf(T - a.g) + (r.squash === 'clip' ? a.noise.massAt(T - a.g) : 0)), 0);
}

/**
 * P(r(U) = 1 | V = v) takes at least two values over the atoms of V (to 1e-12 relative): the saturation event
 * is not independent of V. A gap in the support of X can make it so (X = Lévy or −100·Zeta: {U ≥ T} is the
 * Lévy class whatever V is).
 */
export function saturationDependsOnV(atoms: readonly FiniteAtom[], r: Reward): boolean {
  if (r.squash !== 'clip' && r.squash !== 'step') return false;
  const T = saturationPoint(r) ?? r.loc;
  const s = atoms.map((a) => a.noise.sf(T - a.g) + (r.squash === 'clip' ? a.noise.massAt(T - a.g) : 0));
  const lo = Math.min(...s), hi = Math.max(...s);
  return hi > 0 && hi - lo > 1e-12 * hi;
}

/** The limit weights of the atoms of V as β → 0 (see the file comment). */
export function limitWeights(atoms: readonly FiniteAtom[], r: Reward): LimitWeights {
  if (saturationMass(atoms, r) > 0) {
    const T = saturationPoint(r) ?? r.loc;
    return {
      logW: atoms.map((a) => Math.log(a.noise.sf(T - a.g) + (r.squash === 'clip' ? a.noise.massAt(T - a.g) : 0))),
      how: `saturating ${r.squash}: the limit is Q(· | r(U) = 1), Q(r(U) = 1) = ${saturationMass(atoms, r).toPrecision(4)}`,
    };
  }
  const floor = floorPositionAtoms(atoms, r);
  if (floor === 'atFloor') return { logW: atoms.map(() => 0), how: `r(U) = −1 on all of U's support (sup U ≤ ${r.squash === 'clip' ? 'loc − s' : 'loc'}): π*(β) = π₀ for every β` };
  if (floor === 'unknown') return { reason: `sup U within rounding of the ${r.squash} reward's floor level: whether r(U) ever leaves −1 is not decided` };
  const tail = atoms[0].noise.tails.right;
  const gMax = Math.max(...atoms.map((a) => a.g));
  if (tail.bounded || tail.ratioLight) {
    return { logW: atoms.map((a) => (a.g === gMax ? 0 : -Infinity)), how: `X ${tail.bounded ? 'bounded above' : 'ratio-light'}: the limit puts all mass on V = max` };
  }
  if (tail.longTailed) return { logW: atoms.map(() => 0), how: 'X long-tailed: P(X > t − v)/P(X > t) → 1 for every v, the limit is Q\'s law of V' };
  if (tail.mgfSup > 0 && Number.isFinite(tail.mgfSup)) {
    return { logW: atoms.map((a) => tail.mgfSup * (a.g - gMax)), how: `X exponential-type (λ₊ = ${tail.mgfSup.toPrecision(4)}): weights e^{λ₊v}` };
  }
  return { reason: 'heavy X that is not long-tailed: limit weights not determined' };
}

/** lim_{β→0} E[V(π*(β))] − E[V], with its error, or a reason. */
export function limitShift(atoms: readonly FiniteAtom[], r: Reward): { shift: number; error: number; how: string; exactZero: boolean } | { reason: string } {
  const w = limitWeights(atoms, r);
  if ('reason' in w) return w;
  const logDen = logSumExp(atoms.map((a, i) => Math.log(a.p) + w.logW[i]));
  if (!(logDen > -Infinity)) return { reason: 'limit weights all 0' };
  if (w.logW.every((l) => l === w.logW[0])) return { shift: 0, error: 0, how: w.how, exactZero: true };
  const s = weightedShift(atoms, w.logW, w.logW.map(() => 1e-12));
  const n = commonNoise(atoms);
  if (Math.abs(s.shift) > s.error || !n || n.support.kind !== 'continuous' || saturationMass(atoms, r) === 0) {
    return { shift: s.shift, error: s.error, how: w.how, exactZero: false };
  }
  // saturating, continuous X: Σpᵢ(vᵢ − μ)·P(T − gᵢ < X ≤ T − g_min) / Σpᵢwᵢ, each interval formed directly
  const T = saturationPoint(r) ?? r.loc;
  const gMin = Math.min(...atoms.map((a) => a.g));
  const c = centredV(atoms);
  let num = 0, err = 0, moved = 0;
  for (const [i, a] of atoms.entries()) {
    const ip = logIntervalProb(n, T - a.g, a.g - gMin, T - gMin);
    const d = a.p * Math.exp(ip.log - logDen);
    num += c[i] * d;
    err += Math.abs(c[i] * d) * ip.relError;
    moved += d;
  }
  const muErr = 4e-16 * atoms.length * Math.max(...c.map(Math.abs));
  return { shift: num, error: err + muErr * moved + 1e-12 * Math.abs(num), how: w.how, exactZero: false };
}

/** lim_{β→0} E[V(π*(β))] > E[V]; `flipped`: the mutant "≤". */
export function weakPenaltyVerdict(atoms: readonly FiniteAtom[], r: Reward, flipped = false): Verdict {
  const s = limitShift(atoms, r);
  if ('reason' in s) return inconclusive(s.reason, {});
  const numbers = { limitShift: s.shift, error: s.error };
  const what = `lim_{β→0} E[V(π*(β))] − E[V] = ${fmt(s.shift)} (${s.how})`;
  if (flipped) return s.shift > s.error ? fails(`${what} > 0`, numbers) : holds(`${what}: not > 0`, numbers);
  if (s.shift > s.error) return holds(what, numbers);
  if (s.exactZero || s.shift < -s.error) return fails(`${what}: not > 0 — the bounded reward's optimum has no gain in V as β → 0`, numbers);
  return inconclusive('the limit gain is below its error estimate', numbers);
}

/** weakPenaltyVerdict for any pair with X ⊥ V in shift form: exact sums for a finite V, else weakPenaltyContinuous.ts; quantile couplings (continuous V): weakPenaltyCopula.ts. */
export function weakPenaltyPairVerdict(pair: PairSpec, r: Reward, flipped = false): Verdict {
  const atoms = finiteAtoms(pair);
  if (atoms) return weakPenaltyVerdict(atoms, r, flipped);
  const classes = shiftClasses(pair);
  if (!classes) {
    const copula = copulaPairSpec(pair);
    return copula ? weakPenaltyCopulaVerdict(copula, r, flipped) : inconclusive(`pair kind ${pair.kind} is not in shift form`, {});
  }
  return weakPenaltyVerdictContinuous(classes, r, flipped);
}

/** saturationDependsOnV for any pair in shift form, or a quantile coupling with a continuous V (0 < Q(r(U) = 1) < 1). */
export function saturationDependsOnVPair(pair: PairSpec, r: Reward): boolean {
  const atoms = finiteAtoms(pair);
  if (atoms) return saturationDependsOnV(atoms, r);
  const classes = shiftClasses(pair);
  if (!classes) {
    const copula = copulaPairSpec(pair);
    return copula !== undefined && copulaSaturationDependsOnV(copula, r);
  }
  return saturationDependsOnVContinuous(classes, r);
}
