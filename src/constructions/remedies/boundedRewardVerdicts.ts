/**
 * Verdicts of the bounded-reward claims (properties/remedies/bounded-reward*.prop.ts) on a pair with finite V
 * (finitePair.ts) and a reward r(U) (boundedReward.ts). The optimum dP⋆/dQ ∝ e^{r/β} reweights the atom
 * (class i, V = vᵢ) by Wᵢ = E[e^{(r(gᵢ + Nᵢ) − 1)/β}], so E_{P*}[V] − E[V] = Σ pᵢ(vᵢ − μ)Wᵢ / Σ pᵢWᵢ.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import { logSumExp } from '../../numerics/logspace.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { uAbscissa } from '../t4Abscissa.ts';
import type { Distribution } from '../../distributions/types.ts';
import { logMeanH, logMeanHGap, type LogValue, type Reward } from './boundedReward.ts';
import { centredV, commonNoise, degenerateV, finiteAtoms, meanV, weightedShift, type FiniteAtom } from './finitePair.ts';
import { degenerateVOf, meanOfV, shiftClasses } from './shiftClasses.ts';
import { meanWEnclosure } from './meanWEnclosure.ts';
import { enclosedShift, tiltEnclosure } from './tiltEnclosure.ts';
import { copulaTiltEnclosure, type CopulaSpec } from './copulaTiltEnclosure.ts';
import { buildCached } from '../../claims/buildCached.ts';

export interface TiltWeights { readonly logW: number[]; readonly rel: number[]; readonly converged: boolean; readonly reason?: string }

/**
 * log W at one atom (boundedReward.logMeanH, 1e-10): first with 50,000 evaluations, where all but a few per
 * thousand converge (the result is then the same as with any larger budget: the adaptive quadrature is
 * deterministic); the rest get 200,000, except a call whose relative error is still above GIVE_UP: measured over
 * the claims' cases at four seeds, four times the evaluations cut the error by 10–72×, and no call above 1e-7 at
 * 50,000 converged by 200,000 (a layer cake over a discrete noise with ~1e9 steps, e.g. Geometric(1e-9) scaled by
 * 1e-6, or a zeta law under a reward of scale 1000): inconclusive either way, at a quarter of the cost.
 */
const GIVE_UP = 2e-7;
function atomWeight(r: Reward, beta: number, g: number, noise: Distribution): LogValue {
  const first = logMeanH(r, beta, g, noise, { relTol: 1e-10, maxEvaluations: 50_000 });
  if (first.converged || first.relError > GIVE_UP || Number.isNaN(first.log)) return first;
  return logMeanH(r, beta, g, noise, { relTol: 1e-10, maxEvaluations: 200_000 });
}

/**
 * The screening pass of tiltShift: weights to 1e-6 (20,000 evaluations), kept where the shift they give exceeds
 * SCREEN_MARGIN times its error (the sign is then certified as by the full 1e-10 weights); else the full pass.
 */
const SCREEN_BUDGET = { relTol: 1e-6, maxEvaluations: 20_000 };
const SCREEN_MARGIN = 8;

/** log Wᵢ per atom (memoised per noise law and g within one call); `screen`: to 1e-6 (SCREEN_BUDGET). */
export function tiltWeights(atoms: readonly FiniteAtom[], r: Reward, beta: number, screen = false): TiltWeights {
  const memo = new Map<string, ReturnType<typeof logMeanH>>();
  const logW: number[] = [], rel: number[] = [];
  let converged = true, reason: string | undefined;
  if (r.squash === 'identity') {
    // the unbounded reward: Wᵢ ∝ E[e^{θ(gᵢ + N)}] = e^{θgᵢ}M_N(θ), θ = 1/(sβ) (+∞ beyond the abscissa of N)
    const theta = 1 / (r.scale * beta);
    for (const a of atoms) { logW.push(theta * (a.g - r.loc) + a.noise.logMgf(theta)); rel.push(1e-13); }
    const ok = logW.every((l) => l < Infinity);
    return { logW, rel, converged: ok, ...(ok ? {} : { reason: 'E[e^{θU}] = ∞: no maximiser' }) };
  }
  for (const a of atoms) {
    const key = `${a.g}|${JSON.stringify(a.noise.spec)}`;
    let m = memo.get(key);
    if (!m) memo.set(key, (m = screen ? logMeanH(r, beta, a.g, a.noise, SCREEN_BUDGET) : atomWeight(r, beta, a.g, a.noise)));
    logW.push(m.log);
    rel.push(m.relError);
    if (!m.converged) { converged = false; reason ??= m.reason; }
  }
  return { logW, rel, converged, ...(reason ? { reason } : {}) };
}

const atomsOf = (spec: PairSpec): FiniteAtom[] => {
  const a = finiteAtoms(spec);
  if (!a) throw new Error('bounded-reward claims need a pair with finite V in shift form (finitePair.ts)');
  return a;
};

/** (a) Z(β) = E_Q[e^{r/β}] is finite (the optimum exists); `jensenMutant`: the wrong "log Z ≤ 0". */
export function optimumExistsVerdict(spec: PairSpec, r: Reward, beta: number, jensenMutant = false): Verdict {
  if (!finiteAtoms(spec)) return continuousOptimumExists(spec, r, beta, jensenMutant);
  const atoms = atomsOf(spec);
  if (r.squash === 'identity') {
    const theta = 1 / (r.scale * beta);
    const ab = uAbscissa(spec);
    if (theta >= ab.hi) return fails(`r = (U − loc)/s is unbounded and E[e^{r/β}] = ∞: θ = 1/(sβ) = ${fmt(theta)} ≥ λ₊(U) = ${fmt(ab.hi)}, no maximiser`, { theta, abscissa: ab.hi });
    const lz = logSumExp(atoms.map((a) => Math.log(a.p) + theta * (a.g - r.loc) + a.noise.logMgf(theta)));
    return Number.isFinite(lz) ? holds(`unbounded r but θ = ${fmt(theta)} < λ₊(U): log Z = ${fmt(lz)}`, { theta, logZ: lz }) : inconclusive(`log Z = ${lz} below λ₊(U)`, { theta });
  }
  const w = tiltWeights(atoms, r, beta);
  const logZ = 1 / beta + logSumExp(atoms.map((a, i) => Math.log(a.p) + w.logW[i])); // log E[e^{r/β}]
  const err = Math.max(...w.rel) + 1e-12 * (1 + Math.abs(logZ));
  const numbers = { beta, logZ, error: err, lower: -1 / beta, upper: 1 / beta };
  if (!w.converged) return inconclusive(`E[e^{r/β}] not resolved: ${w.reason ?? 'quadrature'}`, numbers);
  if (jensenMutant) {
    return logZ <= err ? holds(`log Z = ${fmt(logZ)} ≤ 0`, numbers) : fails(`log E[e^{r/β}] = ${fmt(logZ)} > 0`, numbers);
  }
  if (Number.isFinite(logZ) && logZ >= -1 / beta - err && logZ <= 1 / beta + err) {
    return holds(`Z(β = ${fmt(beta)}) = e^{${fmt(logZ)}} ∈ [e^{−1/β}, e^{1/β}]: finite, the maximiser e^{r/β}/Z exists`, numbers);
  }
  return fails(`log Z = ${logZ} outside [−1/β, 1/β]`, numbers);
}

/**
 * E_{P*}[V] − E[V] = e^{scaleLog}·shift, with its error e^{scaleLog}·error (scaleLog = 0 unless the gain is
 * resolved through the weight gaps, whose scale may lie below the double range), or a reason.
 */
export function tiltShift(spec: PairSpec, r: Reward, beta: number): { shift: number; error: number; scaleLog: number; equalWeights: boolean } | { reason: string } {
  const atoms = atomsOf(spec);
  if (r.squash !== 'identity') {
    const sw = tiltWeights(atoms, r, beta, true);
    const ss = sw.converged ? weightedShift(atoms, sw.logW, sw.rel) : undefined;
    if (ss && Number.isFinite(ss.shift) && Number.isFinite(ss.error) && Math.abs(ss.shift) > SCREEN_MARGIN * ss.error) {
      return { shift: ss.shift, error: ss.error, scaleLog: 0, equalWeights: sw.logW.every((l) => l === sw.logW[0]) };
    }
  }
  const w = tiltWeights(atoms, r, beta);
  if (!w.converged) return { reason: `tilt weights not resolved: ${w.reason ?? 'quadrature'}` };
  const s = weightedShift(atoms, w.logW, w.rel);
  if (!Number.isFinite(s.shift) || !Number.isFinite(s.error)) return { reason: `shift ${s.shift} ± ${s.error}` };
  const n = commonNoise(atoms);
  if (Math.abs(s.shift) > s.error || !n || r.squash === 'identity') {
    return { shift: s.shift, error: s.error, scaleLog: 0, equalWeights: w.logW.every((l) => l === w.logW[0]) };
  }
  // unresolved by the weights themselves: Σpᵢ(vᵢ − μ) = 0, so the numerator is Σpᵢ(vᵢ − μ)(Wᵢ − W_min),
  // each gap formed without cancellation (boundedReward.logMeanHGap), scaled by the largest gap e^M
  const gMin = Math.min(...atoms.map((a) => a.g));
  const c = centredV(atoms);
  const logDen = logSumExp(atoms.map((a, i) => Math.log(a.p) + w.logW[i]));
  const gaps = atoms.map((a) => logMeanHGap(r, beta, a.g, gMin, n));
  const bad = gaps.find((g) => !g.converged);
  if (bad) return { reason: `tilt weight gaps not resolved: ${bad.reason ?? 'quadrature'}` };
  const M = Math.max(...gaps.map((g) => g.log));
  if (M === -Infinity) {
    // clip/step: the levels span the finite range [loc − s, loc + s], every gap is exactly 0 there; tanh and
    // sigmoid reach levels 1 − e^{−10⁷} and beyond, so a gap may sit beyond the range of the quadrature
    if (r.squash === 'clip' || r.squash === 'step') return { shift: 0, error: 0, scaleLog: 0, equalWeights: true };
    return { reason: 'weight gaps beyond e^{−10⁷} (U sits where the squash is 1 − e^{−10⁷}): beyond the range of the quadrature' };
  }
  let num = 0, err = 0, moved = 0;
  gaps.forEach((g, i) => {
    const d = atoms[i].p * Math.exp(g.log - M);
    num += c[i] * d;
    err += Math.abs(c[i] * d) * g.relError;
    moved += d;
  });
  const muErr = 4e-16 * atoms.length * Math.max(...c.map(Math.abs));
  return { shift: num, error: err + muErr * moved + Math.abs(num) * Math.max(...w.rel), scaleLog: M - logDen, equalWeights: false };
}

/** A value e^{scaleLog}·x for a summary: the number when it is in range, else "x·e^{scaleLog}". */
const scaled = (x: number, scaleLog: number): string => {
  const v = x * Math.exp(scaleLog);
  return v !== 0 || x === 0 ? fmt(v) : `${fmt(x)}·e^${fmt(scaleLog)}`;
};

/** (b) E_{P*(β)}[V] > E[V]; `flipped`: the mutant "E_{P*}[V] ≤ E[V]". */
export function positiveUtilityVerdict(spec: PairSpec, r: Reward, beta: number, flipped = false): Verdict {
  if (!finiteAtoms(spec)) return continuousPositiveUtility(spec, r, beta, flipped);
  const atoms = atomsOf(spec);
  if (degenerateV(atoms)) {
    return flipped ? holds('V constant: no change', {}) : fails(`V = ${fmt(atoms[0].v)} a.s.: E_P[V] = E[V] for every P (no gain possible)`, { v: atoms[0].v });
  }
  if (r.squash === 'identity' && !flipped) {
    const theta = 1 / (r.scale * beta);
    const ab = uAbscissa(spec).hi;
    if (theta >= ab) return fails(`unbounded reward: E[e^{r/β}] = ∞ (θ = ${fmt(theta)} ≥ λ₊(U) = ${fmt(ab)}), π*(β) does not exist`, { theta, abscissa: ab });
  }
  const s = tiltShift(spec, r, beta);
  if ('reason' in s) return inconclusive(s.reason, { beta });
  const numbers = { shift: s.shift, error: s.error, scaleLog: s.scaleLog, beta, meanV: meanV(atoms) };
  const what = `E_{P*}[V] − E[V] = ${scaled(s.shift, s.scaleLog)} (error ${scaled(s.error, s.scaleLog)}) at β = ${fmt(beta)}, ${r.squash} reward`;
  if (flipped) return s.shift > s.error ? fails(`${what} > 0`, numbers) : holds(`${what}: not > 0`, numbers);
  if (s.shift > s.error) return holds(what, numbers);
  if (s.shift < -s.error) return fails(`${what} < 0 (exact sums over the atoms of V)`, numbers);
  if (s.equalWeights) return fails(`${what}: every atom of V gets the same weight (r(U) does not depend on V): E_{P*}[V] = E[V]`, numbers);
  return inconclusive('|E_{P*}[V] − E[V]| below its error estimate', numbers);
}

/**
 * (a) for a pair with continuous V (meanWEnclosure.ts): E[W] ∈ [eLo, eHi] encloses Z(β)e^{−1/β}, so
 * log Z ∈ [1/β + log eLo, 1/β + log eHi] — inside [−1/β, 1/β] because W ∈ [e^{−2/β}, 1] node by node.
 */
function continuousOptimumExists(spec: PairSpec, r: Reward, beta: number, jensenMutant: boolean): Verdict {
  const classes = shiftClasses(spec);
  if (!classes) return copulaSpec(spec) ? copulaOptimumExists(copulaSpec(spec)!, r, beta, jensenMutant) : inconclusive(`pair kind ${spec.kind} is not in shift form`, { beta });
  if (r.squash === 'identity') return inconclusive('unbounded reward with a continuous V: not covered (finite V only)', { beta });
  // E[W] only: the first level decides the claim (W ∈ [e^{−2/β}, 1] node by node); the Jensen mutant refines
  // until the enclosure of log Z excludes 0
  const e = meanWEnclosure(r, beta, classes, (x) => !jensenMutant || x.logELo > -1 / beta || x.logEHi <= -1 / beta);
  if ('reason' in e) return inconclusive(`E[e^{r/β}] not enclosed: ${e.reason}`, { beta });
  const lo = 1 / beta + e.logELo, hi = 1 / beta + e.logEHi;
  // lo, hi = 1/β + log E[W]: the sum's rounding scales with 1/β, which dwarfs |lo| when log E[W] ≈ −1/β
  const err = 1e-12 * (1 + 1 / beta + Math.abs(lo) + Math.abs(hi));
  const numbers = { beta, logZLower: lo, logZUpper: hi, lower: -1 / beta, upper: 1 / beta, nodes: e.nodes };
  if (jensenMutant) {
    if (lo > err) return fails(`log E[e^{r/β}] ≥ ${fmt(lo)} > 0 (enclosure over ${e.nodes} nodes of V)`, numbers);
    return hi <= -err ? holds(`log Z ≤ ${fmt(hi)} < 0`, numbers) : inconclusive(`log Z ∈ [${fmt(lo)}, ${fmt(hi)}] contains 0`, numbers);
  }
  if (Number.isFinite(lo) && Number.isFinite(hi) && lo >= -1 / beta - err && hi <= 1 / beta + err) {
    return holds(`Z(β = ${fmt(beta)}) = e^{[${fmt(lo)}, ${fmt(hi)}]} ⊂ [e^{−1/β}, e^{1/β}]: finite, the maximiser exists`, numbers);
  }
  return inconclusive(`log Z enclosure [${lo}, ${hi}] not inside [−1/β, 1/β]`, numbers);
}

/** (b) for a pair with continuous V: the sign of N from its enclosure (tiltEnclosure.ts). */
function continuousPositiveUtility(spec: PairSpec, r: Reward, beta: number, flipped: boolean): Verdict {
  const classes = shiftClasses(spec);
  if (!classes) return copulaSpec(spec) ? copulaPositiveUtility(copulaSpec(spec)!, r, beta, flipped) : inconclusive(`pair kind ${spec.kind} is not in shift form`, { beta });
  if (degenerateVOf(classes)) return flipped ? holds('V constant: no change', {}) : fails('V is a.s. constant: E_P[V] = E[V] for every P', {});
  if (r.squash === 'identity') return inconclusive('unbounded reward with a continuous V: not covered (finite V only)', { beta });
  const e = tiltEnclosure(r, beta, classes);
  if ('reason' in e) return inconclusive(`tilt not enclosed: ${e.reason}`, { beta });
  const s = enclosedShift(e);
  const numbers = { shift: s.shift, error: s.error, scaleLog: e.scaleLog, nLower: e.nLo, nUpper: e.nHi, beta, meanV: meanOfV(classes), nodes: e.nodes };
  const what = `E_{P*}[V] − E[V] ≈ ${scaled(s.shift, e.scaleLog)}, E[(V − μ)W] ∈ [${scaled(e.nLo, e.scaleLog)}, ${scaled(e.nHi, e.scaleLog)}] (enclosure over ${e.nodes} nodes of V) at β = ${fmt(beta)}, ${r.squash} reward`;
  if (flipped) return e.nLo > 0 ? fails(`${what} > 0`, numbers) : e.nHi <= 0 ? holds(`${what}: not > 0`, numbers) : inconclusive('enclosure contains 0', numbers);
  if (e.nLo > 0) return holds(what, numbers);
  if (e.nHi < 0) return fails(`${what} < 0 (rigorous enclosure: W monotone between nodes)`, numbers);
  // all node gaps exactly 0 certify a constant W only for clip and step (which saturate exactly); tanh and
  // sigmoid are strictly increasing, so a zero gap is a gap below the double range (U ≈ −1e6: r = −1 in doubles)
  if (e.exactZero && (r.squash === 'clip' || r.squash === 'step')) return fails(`${what}: W is the same at every node and at the ends of the support, so constant on it (monotone between): E_{P*}[V] = E[V]`, numbers);
  if (e.exactZero) return inconclusive(`every weight gap of the strictly increasing ${r.squash} reward is 0 in doubles: below the double range`, numbers);
  return inconclusive('the enclosure of E[(V − μ)W] contains 0 at the finest level', numbers);
}


/** A comonotone or countermonotone pair with a continuous V (copulaTiltEnclosure.ts), else undefined. */
function copulaSpec(spec: PairSpec): CopulaSpec | undefined {
  if (spec.kind !== 'comonotone' && spec.kind !== 'countermonotone') return undefined;
  return buildCached(spec.v).support.kind === 'continuous' ? spec : undefined;
}

/**
 * (a) for a quantile coupling: log Z = 1/β + log E[W], E[W] = ∫₀¹ h(U(w)) dw enclosed from h at the ends of each
 * piece (copulaTiltEnclosure.ts) — inside [−1/β, 1/β] at the first level since h ∈ [e^{−2/β}, 1] piece by piece.
 */
function copulaOptimumExists(spec: CopulaSpec, r: Reward, beta: number, jensenMutant: boolean): Verdict {
  if (r.squash === 'identity') return inconclusive(`unbounded reward with a ${spec.kind} pair: not covered`, { beta });
  const e = copulaTiltEnclosure(r, beta, spec, (x) => !jensenMutant || 1 / beta + x.logELo > 0 || 1 / beta + x.logEHi <= 0, 'meanW');
  if ('reason' in e) return inconclusive(`E[e^{r/β}] not enclosed (${spec.kind}): ${e.reason}`, { beta });
  const lo = 1 / beta + e.logELo, hi = 1 / beta + e.logEHi;
  // lo, hi = 1/β + log E[W]: the sum's rounding scales with 1/β, which dwarfs |lo| when log E[W] ≈ −1/β
  const err = 1e-12 * (1 + 1 / beta + Math.abs(lo) + Math.abs(hi));
  const numbers = { beta, logZLower: lo, logZUpper: hi, lower: -1 / beta, upper: 1 / beta, nodes: e.nodes };
  if (jensenMutant) {
    if (lo > err) return fails(`log E[e^{r/β}] ≥ ${fmt(lo)} > 0 (${spec.kind} pair, enclosure over ${e.nodes} nodes of V)`, numbers);
    return hi <= -err ? holds(`log Z ≤ ${fmt(hi)} < 0`, numbers) : inconclusive(`log Z ∈ [${fmt(lo)}, ${fmt(hi)}] contains 0`, numbers);
  }
  if (Number.isFinite(lo) && Number.isFinite(hi) && lo >= -1 / beta - err && hi <= 1 / beta + err) {
    return holds(`Z(β = ${fmt(beta)}) = e^{[${fmt(lo)}, ${fmt(hi)}]} ⊂ [e^{−1/β}, e^{1/β}] (${spec.kind} pair): finite, the maximiser exists`, numbers);
  }
  return inconclusive(`log Z enclosure [${lo}, ${hi}] not inside [−1/β, 1/β]`, numbers);
}

/** (b) for a quantile coupling: the sign of N = E[(V − μ)h(U)] from its enclosure (copulaTiltEnclosure.ts). */
function copulaPositiveUtility(spec: CopulaSpec, r: Reward, beta: number, flipped: boolean): Verdict {
  if (r.squash === 'identity') return inconclusive(`unbounded reward with a ${spec.kind} pair: not covered`, { beta });
  const e = copulaTiltEnclosure(r, beta, spec);
  if ('reason' in e) return inconclusive(`tilt not enclosed (${spec.kind}): ${e.reason}`, { beta });
  const s = enclosedShift(e);
  const numbers = { shift: s.shift, error: s.error, scaleLog: e.scaleLog, nLower: e.nLo, nUpper: e.nHi, beta, meanV: buildCached(spec.v).mean(), nodes: e.nodes };
  const what = () => `${spec.kind} pair: E_{P*}[V] − E[V] ≈ ${scaled(s.shift, e.scaleLog)}, E[(V − μ)h(U)] ∈ [${scaled(e.nLo, e.scaleLog)}, ${scaled(e.nHi, e.scaleLog)}] (enclosure over ${e.nodes} nodes of V) at β = ${fmt(beta)}, ${r.squash} reward`;
  if (flipped) return e.nLo > 0 ? fails(() => `${what()} > 0`, numbers) : e.nHi <= 0 ? holds(() => `${what()}: not > 0`, numbers) : inconclusive('enclosure contains 0', numbers);
  if (e.nLo > 0) return holds(what, numbers);
  if (e.nHi < 0) return fails(() => `${what()} < 0 (rigorous enclosure: h(U) between its values at the ends of each piece of W)`, numbers);
  // every gap bound exactly 0: h(U) = h(U at μ) on every piece (clip or step saturated on all of U's range); for
  // tanh and sigmoid (strictly increasing) a zero gap is one below the double range (|U| ~ 1e308)
  if (e.exactZero && (r.squash === 'clip' || r.squash === 'step')) return fails(() => `${what()}: h(U) is the same constant on every piece of W: E_{P*}[V] = E[V]`, numbers);
  if (e.exactZero) return inconclusive(`every gap of the strictly increasing ${r.squash} reward is 0 in doubles (${spec.kind} pair): below the double range`, numbers);
  return inconclusive(`the enclosure of E[(V − μ)h(U)] contains 0 (${spec.kind} pair)`, numbers);
}
