/**
 * Reading (c) of the bounded-reward remedy (weakPenaltyLimit.ts) for X discrete ⊥ V continuous, U = X + V: the
 * limit β → 0 of E[V(π*(β))], π*(β) ∝ e^{r(U)/β}. U is atomless (V is), so:
 * - Saturating (clip: T = loc + s, step: T = loc; Q(U > T) > 0): the limit is E[V | U > T] and
 *     gain = E[(V − μ)·1{U > T}]/Q(U > T) = Σ_k p_k·c(T − x_k) / Σ_k p_k·F̄_V(T − x_k),  c(a) = E[(V − μ)·1{V > a}],
 *   sums over the atoms of X (atomSums.ts with vFactors.gainFactor/tailFactor, as for the quantilizer:
 *   discreteNoiseOddsRatio.ts). c ≥ 0 everywhere and c(a) > 0 iff a lies strictly inside V's support, so the gain
 *   is > 0 iff some atom x_k has T − x_k in (inf V, sup V) — decided structurally, atom by atom (exact signs where
 *   every number is exact: error-free sums), on a lattice from the few atoms next to the two boundaries (the
 *   class of an atom — below, inside, above — is monotone along the lattice). No atom inside and some atom
 *   above (T − x_k ≤ inf V): {U > T} = {X ≥ T − inf V} a.s., independent of V, gain exactly 0 (`fails`).
 * - Every atom below (T − x_k ≥ sup V): Q(U > T) = 0. Step: r(U) = −1 a.s. (π* = π₀, gain 0). Clip: r = −1 a.s.
 *   when sup U ≤ loc − s, else the tilt e^{−(T − u)/(sβ)} concentrates at sup U = sup X + sup V: limit sup V.
 * - tanh, sigmoid: w_β(u) = e^{(r(u) − 1)/β} ≈ exp(−e^{−2(u − t_β)/s}) (sigmoid: width 2s), a soft threshold of
 *   FIXED width at t_β → ∞, and the V-tilt ψ_β(v) = Σ_k p_k w_β(x_k + v) is strictly increasing in v. The right
 *   tail of X (its lattice parts unbounded above, atomLattice.ts) decides:
 *   · a zeta part (long-tailed, also on a lattice: F̄ monotone, F̄(t + 1)/F̄(t) → 1) and V with λ₊(V) > 0: the limit
 *     is E[V] (dominated convergence, as weakPenaltyContinuous.ts): gain 0, `fails`;
 *   · else a geometric part (exponential-type on a lattice of step h): ψ_β(v) = e^{λ₊v}·G(t_β − v) with G periodic
 *     of period h, so E_{π*}[V] oscillates with the phase of t_β and the limit need not exist; d log ψ/dv ≥ c > 0
 *     uniformly over the period, so the tilt dominates e^{cv} in likelihood ratio and lim inf E_{π*}[V] ≥
 *     E[V e^{cV}]/E[e^{cV}] > E[V] (V bounded above): `holds` with that statement, no limit value;
 *   · else a Poisson part (ratio-light): the dominant atom sits m*(β) → ∞ lattice steps below t_β, where
 *     d log ψ/dv ≈ (2/s)e^{2m* / s} → ∞, so the tilt concentrates at sup V: limit sup V (V bounded above);
 *   · else X is bounded above: only the top atom matters near sup U: limit sup V (V bounded above);
 *   · otherwise (V unbounded above against a light X, V heavy against a long-tailed X): inconclusive.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import { buildCached } from '../../claims/buildCached.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { atomSum } from './atomSums.ts';
import type { Reward } from './boundedReward.ts';
import { logSfUOverAtoms, logWindowGain, type DiscreteNoiseCase } from './discreteNoiseOddsRatio.ts';
import { exactAffine } from './atomLattice.ts';
import { floorLevel, saturationPoint } from './rewardNeverAboveFloor.ts';
import { gainFactor } from './vFactors.ts';
import { atomClasses, certifiedSign, rightTailOfAtoms, type EndOf } from './discreteNoiseAtomClasses.ts';

/** The ends of the support of V with whether each double is the law's end exactly (affine maps rounded or not). */
export function vSupportEnds(spec: DistributionSpec): { lower: EndOf; upper: EndOf } {
  if (spec.family === 'affine') {
    const b = vSupportEnds(spec.base);
    const map = (e: EndOf): EndOf => (Number.isFinite(e.x) ? { x: spec.loc + spec.scale * e.x, exact: e.exact && exactAffine(spec.loc, spec.scale, e.x) } : { x: spec.scale * e.x, exact: true });
    return spec.scale > 0 ? { lower: map(b.lower), upper: map(b.upper) } : { lower: map(b.upper), upper: map(b.lower) };
  }
  if (spec.family === 'mixture') {
    const ends = spec.components.filter((_, i) => spec.weights[i] > 0).map(vSupportEnds);
    const lower = ends.reduce((a, e) => (e.lower.x < a.x ? e.lower : a), ends[0].lower);
    const upper = ends.reduce((a, e) => (e.upper.x > a.x ? e.upper : a), ends[0].upper);
    return { lower, upper };
  }
  const s = buildCached(spec).support;
  return { lower: { x: s.lower, exact: true }, upper: { x: s.upper, exact: true } };
}

/** The saturation threshold T as exact terms (clip: loc + s, step: loc), or undefined (tanh, sigmoid). */
const thresholdTerms = (r: Reward): number[] | undefined => (r.squash === 'clip' ? [r.loc, r.scale] : r.squash === 'step' ? [r.loc] : undefined);

/**
 * P(r(U) = 1 | V = v) = F̄_X(T − v) is not a.s. constant in v, i.e. some atom x of X puts T − x strictly inside
 * V's support (or that is not decided: an atom within rounding of an end) — exactly the cases the verdict does
 * not certify as `fails` with a gain of exactly 0 or as non-saturating.
 */
export function saturationDependsOnVDiscreteNoise(c: DiscreteNoiseCase, r: Reward): boolean {
  const terms = thresholdTerms(r);
  if (!terms) return false;
  const k = atomClasses(c.parts, terms, vSupportEnds(c.v.spec));
  return k.inside || k.uncertain;
}

/** The saturating gain E[V | U > T] − E[V] as atom sums, certified lower bound included (see the file comment). */
function saturatingGain(c: DiscreteNoiseCase, r: Reward, T: number, flipped: boolean): Verdict {
  const q = logSfUOverAtoms(c, T);
  const num = atomSum(c.parts, gainFactor(c.v, c.mu, T, c.qs));
  if (num.bad || q.bad) return inconclusive(`E[(V − μ)·1{U > ${fmt(T)}}] or Q(U > ${fmt(T)}) not resolved (NaN in a closed form)`, {});
  if (!(num.log > -Infinity) || !(q.log > -Infinity)) return inconclusive(`an atom of X puts T − x inside V's support, but E[(V − μ)·1{U > ${fmt(T)}}] summed to 0 (underflow)`, {});
  const window = Math.max(...c.parts.map((p) => (p.kind === 'lattice' ? logWindowGain(p, c, T) : -Infinity)));
  const lowRel = Math.max(1 - num.relError, Math.exp(window - num.log));
  const highRel = 1 + num.relError;
  const logScale = num.log - q.log;
  const scale = Math.exp(logScale);
  const shift = scale * ((lowRel + highRel) / 2);
  const error = scale * ((highRel - lowRel) / 2) + shift * q.relError;
  // lower bound: the numerator's lower end over Q's upper end, in logs (the gain may be below double range)
  const logLower = lowRel > 0 && Number.isFinite(q.relError) ? logScale + Math.log(lowRel) - Math.log1p(q.relError) : -Infinity;
  const numbers = { limitShift: shift, error, logLimitShiftLowerBound: logLower, saturationMass: Math.exp(q.log), atoms: num.atoms };
  const what = (): string => `lim_{β→0} E[V(π*(β))] − E[V] = E[V | U > ${fmt(T)}] − E[V] = ${fmt(shift)} (error ${fmt(error)}, certified ≥ e^{${fmt(logLower)}}; saturating ${r.squash}, Q(r(U) = 1) = ${fmt(Math.exp(q.log))}; sums over ${num.atoms} atoms of X)`;
  if (logLower > -Infinity) return flipped ? fails(() => `${what()} > 0`, numbers) : holds(what, numbers);
  return inconclusive('the saturating limit gain is not certified > 0 (the atom sums\' error reaches their value)', numbers);
}

/** lim_{β→0} E[V(π*(β))] > E[V] for X discrete ⊥ V continuous; `flipped`: the mutant "≤". */
export function weakPenaltyDiscreteNoiseVerdict(c: DiscreteNoiseCase, r: Reward, flipped = false): Verdict {
  if (!Number.isFinite(c.mu)) return inconclusive(`E[V] = ${c.mu}`, {});
  const ends = vSupportEnds(c.v.spec);
  const vUpper = ends.upper.x;
  const zero = (what: string): Verdict => (flipped ? holds(`${what}: not > 0`, { limitShift: 0 }) : fails(`${what} — no gain in V as β → 0`, { limitShift: 0 }));
  const positive = (what: string): Verdict => (flipped ? fails(`${what}: gain > 0`, { meanV: c.mu, supV: vUpper }) : holds(what, { meanV: c.mu, supV: vUpper }));
  const terms = thresholdTerms(r);
  if (terms) {
    const T = saturationPoint(r)!;
    const k = atomClasses(c.parts, terms, ends);
    if (k.inside) return saturatingGain(c, r, T, flipped);
    if (k.uncertain) return inconclusive(`an atom x of X puts T − x = ${fmt(T)} − x within rounding of an end of V's support [${fmt(ends.lower.x)}, ${fmt(vUpper)}]: whether r(U) = 1 depends on V is not decided`, {});
    if (k.above) return zero(`no atom x of X puts T − x (T = ${fmt(T)}) strictly inside V's support (${fmt(ends.lower.x)}, ${fmt(vUpper)}), and some atom has T − x ≤ inf V: {r(U) = 1} = {X ≥ T − inf V} a.s., independent of V, so lim E[V(π*(β))] = E[V | r(U) = 1] = E[V]`);
    // every atom below: Q(U > T) = 0, sup U = sup X + sup V ≤ T
    const supX = rightTailOfAtoms(c.parts).sup;
    const level = floorLevel(r)!;
    // sup X + sup V − (loc − s) from loc and s themselves: the rounded loc − s can sit on sup U (loc = 1, s = 2^−60)
    const floorSign = certifiedSign([supX.x, vUpper, -r.loc, ...(r.squash === 'clip' ? [r.scale] : [])], supX.exact && ends.upper.exact);
    if (floorSign === undefined) return inconclusive(`sup U = ${fmt(supX.x + vUpper)} within rounding of the ${r.squash} reward's floor level ${fmt(level)}: whether r(U) ever leaves −1 is not decided`, {});
    if (floorSign <= 0) return zero(`r(U) = −1 on all of U's support (sup U = sup X + sup V = ${fmt(supX.x + vUpper)} ≤ ${r.squash === 'clip' ? 'loc − s' : 'loc'} = ${fmt(level)}): π*(β) = π₀ for every β`);
    return positive(`clip never reaching 1 (sup U = sup X + sup V = ${fmt(supX.x + vUpper)} ≤ loc + s, above loc − s): the tilt e^{−(loc + s − U)/(sβ)} concentrates at sup U, where only the top atom of X is, so the limit is sup V = ${fmt(vUpper)} > E[V] = ${fmt(c.mu)}`);
  }
  // tanh, sigmoid: the right tail of X decides (file comment)
  const tail = rightTailOfAtoms(c.parts);
  const vBounded = Number.isFinite(vUpper);
  if (tail.kind === 'longTailed') {
    if (c.v.tails.right.mgfSup > 0) return zero('X long-tailed (a zeta part; F̄_X(t − v)/F̄_X(t) → 1 on the lattice too), V with an exponential moment: the soft threshold of fixed width at t_β → ∞ gives lim E[V(π*(β))] = E[V] by dominated convergence (T5)');
    return inconclusive('X long-tailed against a V heavy on the right: the limit is not determined', { meanV: c.mu });
  }
  if (!vBounded) return inconclusive(`limit not determined: V unbounded above against X ${tail.kind}`, { meanV: c.mu });
  if (tail.kind === 'exponential') {
    return positive(`X exponential-type on a lattice (geometric part, λ₊ = ${fmt(tail.rate)}): the V-tilt is e^{λ₊v} times a factor periodic in t_β, so the limit may oscillate; d log ψ/dv ≥ c > 0 over the period, so lim inf_{β→0} E[V(π*(β))] ≥ E[V e^{cV}]/E[e^{cV}] > E[V] = ${fmt(c.mu)}: lim inf gain > 0`);
  }
  const how = tail.kind === 'ratioLight' ? 'X ratio-light (Poisson part): the dominant atom sits m*(β) → ∞ lattice steps below t_β, where d log ψ/dv → ∞' : 'X bounded above: only the top atom of X matters near sup U';
  return positive(`${how}, so the tilt concentrates at sup V: the limit is sup V = ${fmt(vUpper)} > E[V] = ${fmt(c.mu)}`);
}
