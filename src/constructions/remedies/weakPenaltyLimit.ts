/**
 * Reading (c) of the bounded-reward remedy: the limit β → 0 of E[V(π*(β))], π*(β) ∝ e^{r(U)/β}, for X ⊥ V,
 * V finite-valued, U = V + X (+ a constant). As β → 0 the tilt tends to Q(· | r(U) = ess sup r):
 * - the squash saturates on U's support (clip: Q(U ≥ loc + s) > 0; step: Q(U > loc) > 0): the limit is
 *   E[V | r(U) = 1], exact: weights P(X ≥ loc + s − v) (clip) or P(X > loc − v) (step);
 * - otherwise (tanh, sigmoid, or clip never reaching 1) the tilt is a soft threshold at t_β → sup U, so the
 *   limit is lim_{t→sup U} E[V | U > t], whose atom weights P(X > t − v)/P(X > t) tend to (from the built
 *   tail profile of X): 1 for a long-tailed X (limit E[V]: the gain vanishes — T5's mechanism); 0 except at
 *   v_max for a ratio-light X or X bounded above (limit max V); e^{λ₊v} for an exponential-type tail of a
 *   continuous X (limit: V tilted by λ₊). A heavy tail that is not long-tailed is left undecided.
 *   An exponential-type X with atoms (geometric on a lattice of step h) has no limit weights: the tilt of the
 *   atom g is e^{λ₊g}·G(t_β − g), G periodic of period h, so E[V(π*(β))] may oscillate with the phase of t_β.
 *   The tilt is still increasing in g with d log/dg ≥ c > 0 over the period, so the sign is structural: with
 *   m(g) = E[V | g] non-decreasing in g (not constant), lim inf gain ≥ Cov_c(m(G), e^{cG}) > 0; non-increasing:
 *   lim sup < 0; constant: gain 0 for every β; otherwise undecided.
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
import { discreteNoiseCase } from './discreteNoiseOddsRatio.ts';
import { saturationDependsOnVDiscreteNoise, weakPenaltyDiscreteNoiseVerdict } from './weakPenaltyDiscreteNoise.ts';
import type { ShiftClass } from './shiftClasses.ts';

/** limit weights of the atoms; or only the sign of the gain (lim inf > 0 / lim sup < 0) where no limit exists; or a reason */
export type LimitWeights = { readonly logW: number[]; readonly how: string } | { readonly sign: 1 | -1; readonly how: string } | { readonly reason: string };

/**
 * The sign of Cov(m(G), ψ(G)) for every increasing ψ, m(g) = E[V | g] over the atoms: 1 (m non-decreasing, not
 * constant), −1 (non-increasing, not constant), 0 (constant), undefined (neither).
 */
function monotoneSign(atoms: readonly FiniteAtom[]): 1 | -1 | 0 | undefined {
  const byG = new Map<number, { p: number; pv: number; v: number; single: boolean }>();
  for (const a of atoms) {
    const e = byG.get(a.g) ?? { p: 0, pv: 0, v: a.v, single: true };
    e.p += a.p; e.pv += a.p * a.v; e.single &&= a.v === e.v;
    byG.set(a.g, e);
  }
  const sorted = [...byG.entries()].sort((x, y) => x[0] - y[0]);
  // the order of the shifts g is read from their computed values: two within 1e-12 relative may be in the other
  // order in exact arithmetic (g = v² at v = −1.0038…, 0.0038…: 4.4e-19 apart) — not decided
  if (sorted.some(([g], i) => i > 0 && g - sorted[i - 1][0] <= 1e-12 * Math.max(Math.abs(g), Math.abs(sorted[i - 1][0])))) return undefined;
  const groups = sorted.map(([, e]) => ({ m: e.single ? e.v : e.pv / e.p, exact: e.single }));
  const scale = Math.max(...atoms.map((a) => Math.abs(a.v)));
  // each step's sign: exact between one-valued groups, else beyond the rounding of the conditional means
  const steps = groups.slice(1).map((g, i) => {
    const d = g.m - groups[i].m;
    if (g.exact && groups[i].exact) return Math.sign(d);
    return Math.abs(d) > 1e-14 * scale ? Math.sign(d) : NaN;
  });
  if (steps.some(Number.isNaN)) return undefined;
  const up = steps.every((d) => d >= 0), down = steps.every((d) => d <= 0);
  return up && down ? 0 : up ? 1 : down ? -1 : undefined;
}

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
  // the tail profile below is one noise's: classes with different noises (a latent mixture) would need the
  // heaviest class's tail per g (½·(V = 1, Geometric(½)) + ½·(V = 0, Geometric(0.05)) read as λ₊ = log 2 said
  // `holds` where the limit is E[V | the 0.95^t class] = 0 < ½)
  if (!commonNoise(atoms)) return { reason: 'classes with different noises: the limit weights are not determined from one tail profile' };
  const tail = atoms[0].noise.tails.right;
  const gMax = Math.max(...atoms.map((a) => a.g));
  if (tail.bounded || tail.ratioLight) {
    return { logW: atoms.map((a) => (a.g === gMax ? 0 : -Infinity)), how: `X ${tail.bounded ? 'bounded above' : 'ratio-light'}: the limit puts all mass on V = max` };
  }
  if (tail.longTailed) return { logW: atoms.map(() => 0), how: 'X long-tailed: P(X > t − v)/P(X > t) → 1 for every v, the limit is Q\'s law of V' };
  if (tail.mgfSup > 0 && Number.isFinite(tail.mgfSup)) {
    if (atoms[0].noise.support.kind !== 'continuous' && !atoms.every((a) => a.g === atoms[0].g)) {
      const sign = monotoneSign(atoms);
      const lattice = `X exponential-type with atoms (λ₊ = ${tail.mgfSup.toPrecision(4)}): the tilt is e^{λ₊g} times a factor periodic in t_β, so the limit may oscillate`;
      if (sign === 1 || sign === -1) return { sign, how: `${lattice}; E[V | g] ${sign > 0 ? 'non-decreasing' : 'non-increasing'} in g and the tilt's d log/dg ≥ c > 0 over the period: ${sign > 0 ? 'lim inf' : 'lim sup'} of the gain ${sign > 0 ? '> 0' : '< 0'}` };
      if (sign === undefined) return { reason: `${lattice}, and E[V | g] is not monotone in g: the sign of the gain is not decided` };
      return { logW: atoms.map(() => 0), how: `${lattice}; E[V | g] is the same for every g: gain 0 for every β` };
    }
    return { logW: atoms.map((a) => tail.mgfSup * (a.g - gMax)), how: `X exponential-type (λ₊ = ${tail.mgfSup.toPrecision(4)}): weights e^{λ₊v}` };
  }
  return { reason: 'heavy X that is not long-tailed: limit weights not determined' };
}

/** lim_{β→0} E[V(π*(β))] − E[V], with its error, or a reason. */
export function limitShift(atoms: readonly FiniteAtom[], r: Reward): { shift: number; error: number; how: string; exactZero: boolean } | { readonly sign: 1 | -1; readonly how: string } | { reason: string } {
  const w = limitWeights(atoms, r);
  if ('reason' in w || 'sign' in w) return w;
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
  if ('sign' in s) {
    // no limit value: only the sign of lim inf (> 0) or lim sup (< 0) of the gain is certified
    const what = `lim_{β→0} E[V(π*(β))] − E[V]: ${s.how}`;
    if (s.sign > 0) return flipped ? fails(`${what}: gain > 0`, { limitSign: 1 }) : holds(what, { limitSign: 1 });
    return flipped ? holds(`${what}: not > 0`, { limitSign: -1 }) : fails(`${what}: not > 0`, { limitSign: -1 });
  }
  const numbers = { limitShift: s.shift, error: s.error };
  const what = `lim_{β→0} E[V(π*(β))] − E[V] = ${fmt(s.shift)} (${s.how})`;
  if (flipped) return s.shift > s.error ? fails(`${what} > 0`, numbers) : holds(`${what}: not > 0`, numbers);
  if (s.shift > s.error) return holds(what, numbers);
  if (s.exactZero || s.shift < -s.error) return fails(`${what}: not > 0 — the bounded reward's optimum has no gain in V as β → 0`, numbers);
  return inconclusive('the limit gain is below its error estimate', numbers);
}

/**
 * A class whose noise is not continuous against a V that is not finite-valued: F̄_N(T − v) is then a step
 * function of v, which the quadratures over V of weakPenaltyContinuous.ts do not resolve (the independent pair
 * with a purely discrete X is summed over the atoms of X instead: weakPenaltyDiscreteNoise.ts).
 */
const stepsInV = (classes: readonly ShiftClass[]): boolean => classes.some((c) => !c.atoms && c.noise.support.kind !== 'continuous');

/**
 * weakPenaltyVerdict for any pair with X ⊥ V in shift form: exact sums for a finite V; X purely discrete ⊥ V
 * continuous: sums over the atoms of X (weakPenaltyDiscreteNoise.ts); else weakPenaltyContinuous.ts; quantile
 * couplings (continuous V): weakPenaltyCopula.ts.
 */
export function weakPenaltyPairVerdict(pair: PairSpec, r: Reward, flipped = false): Verdict {
  const atoms = finiteAtoms(pair);
  if (atoms) return weakPenaltyVerdict(atoms, r, flipped);
  const discrete = discreteNoiseCase(pair);
  if (discrete) return weakPenaltyDiscreteNoiseVerdict(discrete, r, flipped);
  const classes = shiftClasses(pair);
  if (!classes) {
    const copula = copulaPairSpec(pair);
    return copula ? weakPenaltyCopulaVerdict(copula, r, flipped) : inconclusive(`pair kind ${pair.kind} is not in shift form`, {});
  }
  if (stepsInV(classes)) return inconclusive('a noise with atoms against a V that is not finite-valued, outside X discrete ⊥ V continuous (independent kind): the limit is not computed', {});
  return weakPenaltyVerdictContinuous(classes, r, flipped);
}

/** saturationDependsOnV for any pair in shift form (X discrete ⊥ V continuous: weakPenaltyDiscreteNoise.ts), or a quantile coupling with a continuous V (0 < Q(r(U) = 1) < 1). */
export function saturationDependsOnVPair(pair: PairSpec, r: Reward): boolean {
  const atoms = finiteAtoms(pair);
  if (atoms) return saturationDependsOnV(atoms, r);
  const discrete = discreteNoiseCase(pair);
  if (discrete) return saturationDependsOnVDiscreteNoise(discrete, r);
  const classes = shiftClasses(pair);
  if (!classes) {
    const copula = copulaPairSpec(pair);
    return copula !== undefined && copulaSaturationDependsOnV(copula, r);
  }
  return saturationDependsOnVContinuous(classes, r);
}
