/**
 * Reading (c) of the bounded-reward remedy (weakPenaltyLimit.ts) for quantile couplings: W uniform on (0, 1),
 * X = A(W) = F_X⁻¹(W) (any law), V = F_V⁻¹(W) ('comonotone') or F_V⁻¹(1 − W) ('countermonotone'), V continuous
 * (so V(w) is strictly monotone), U = A + V, φ(w) = r(U(w)). The limit β → 0 of E[V(π*(β))], dπ⋆/dQ ∝ e^{φ/β}:
 * - by the layer cake, E_{π*}[V] − μ = ∫ e^{s/β} E[(V − μ)1{φ > s}] ds / ∫ e^{s/β} P(φ > s) ds, a weighted mean of
 *   E[V − μ | φ > s] whose weights concentrate at s → R = ess sup φ. If Q(φ = R) > 0 the limit is E[V | φ = R]
 *   (dominated convergence); otherwise every limit point lies in the closure of {E[V | φ > s] : s near R}.
 * - clip/step saturate on S = {U ≥ T} (clip, T = loc + s) or {U > loc} (step): with Q(S) > 0 the limit gain is
 *   E[V | S] − μ. Comonotone: U is strictly increasing in w, so S = {W > w_T} and, with 0 < Q(S) < 1 (decided from
 *   U(0+) = inf X + inf V and U(1−) = sup X + sup V), the gain E[V | V > V(w_T)] − μ > 0 for a strictly
 *   increasing V (structural; its value by bisection on w). Countermonotone: E[(V − μ)1_S] enclosed on pieces
 *   V ∈ (a, b] of V's range, where U ∈ [A(w_lo) + a, A(w_hi) + b] (copulaNodes.ts; weakPenaltyCopulaPieces.ts).
 * - Q(S) = 1 or r ≡ −1 on U's range (U ≤ loc − s, clip; U ≤ loc, step): π* = Q, the gain is exactly 0.
 * - Otherwise r is strictly increasing near the top of U: comonotone, U → sup U as w → 1 where V → sup V, so the
 *   limit is sup V > μ (V not constant). Countermonotone: the pieces that can carry the top of U (upper bound ≥
 *   a certified lower bound L of ess sup U) bound the limit between their extreme values of V; ends of W whose U
 *   tends to ±∞ are decided from the tail profiles (weakPenaltyCopulaPieces.endLimit).
 */
import { saturationPoint } from './rewardNeverAboveFloor.ts';
import { buildCached } from '../../claims/buildCached.ts';
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Distribution } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import type { Reward } from './boundedReward.ts';
import type { CopulaSpec } from './copulaNodes.ts';
import { copulaNodes } from './copulaNodes.ts';
import { degenerateVOf, shiftClasses } from './shiftClasses.ts';
import { counterSaturation, counterTop, padSum, padU, saturationSide, sumError, type Side } from './weakPenaltyCopulaPieces.ts';

/** A comonotone or countermonotone pair with a continuous V and finite E[V], else undefined. */
export function copulaPairSpec(pair: PairSpec): CopulaSpec | undefined {
  if (pair.kind !== 'comonotone' && pair.kind !== 'countermonotone') return undefined;
  const v = buildCached(pair.v);
  return v.support.kind === 'continuous' && Number.isFinite(v.mean()) ? pair : undefined;
}

/** V is a.s. constant, for any pair (shift form: shiftClasses.degenerateVOf; a quantile coupling: V's support is one point). */
export function vDegenerateOfPair(pair: PairSpec): boolean {
  if (pair.kind === 'comonotone' || pair.kind === 'countermonotone') {
    const v = buildCached(pair.v);
    return v.support.lower === v.support.upper;
  }
  const classes = shiftClasses(pair);
  return classes !== undefined && degenerateVOf(classes);
}

type Limit = { kind: 'gain'; lo: number; hi: number; how: string } | { kind: 'zero'; how: string } | { kind: 'reason'; reason: string };

/**
 * U(0+) = inf X + inf V and U(1−) = sup X + sup V of a comonotone pair, padded unless the sum is exact (the support
 * ends are the laws' own, taken as exact: X = −1 against V ≥ 0 gives U(0+) = −1 against a step at −1 exactly).
 */
function comonotoneEnds(X: Distribution, V: Distribution): { bottom: [number, number]; top: [number, number] } {
  const span = (x: number, v: number): [number, number] => (Number.isFinite(x + v) && sumError(x, v) === 0 ? [x + v, x + v] : [padU(x + v, x, -1), padU(x + v, x, 1)]);
  return { bottom: span(X.support.lower, V.support.lower), top: span(X.support.upper, V.support.upper) };
}

/** Where U at V = v (comonotone: w = F_V(v)) lies against the saturation set: in, out, or straddling. */
function comonotoneSideAt(X: Distribution, V: Distribution, r: Reward, v: number): Side {
  const n = copulaNodes(X, V, false).at(v), exactA = X.support.kind === 'discrete';
  return saturationSide(r, padSum(n.aDown, v, -1, exactA), padSum(n.aUp, v, 1, exactA));
}

/** The saturated limit E[V | S] − μ of a comonotone pair with 0 < Q(S) < 1, bracketed by bisection on p = F_V(v). */
function comonotoneSaturatedGain(X: Distribution, V: Distribution, r: Reward, mu: number): { lo: number; hi: number } {
  let pOut = 0, pIn = 1;
  for (const p of [1e-12, 1e-6, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-6, 1 - 1e-12]) {
    const s = comonotoneSideAt(X, V, r, V.quantile(p));
    if (s === 'out') pOut = Math.max(pOut, p);
    if (s === 'in') pIn = Math.min(pIn, p);
  }
  for (let k = 0; k < 40 && pIn - pOut > 1e-9 * pIn; k++) {
    const p = 0.5 * (pOut + pIn), s = comonotoneSideAt(X, V, r, V.quantile(p));
    if (s === 'out') pOut = p;
    else if (s === 'in') pIn = p;
    else break;
  }
  // E[V | V > v] − μ is non-decreasing in v (V(w_T) lies between the bracket's ends)
  // (a tail mean that is NaN far in a tail: the bracket's trivial ends 0 and sup V − μ)
  const above = (p: number, ifNaN: number): number => {
    const g = p <= 0 ? 0 : p >= 1 ? V.support.upper - mu : V.tailMean(V.quantile(p)) - mu;
    return Number.isNaN(g) ? ifNaN : Math.max(0, g);
  };
  return { lo: above(pOut, 0), hi: above(pIn, V.support.upper - mu) };
}

function comonotoneLimit(X: Distribution, V: Distribution, r: Reward, mu: number): Limit {
  const { bottom, top } = comonotoneEnds(X, V);
  const sat = saturationPoint(r);
  const atTop = `U(1−) = sup X + sup V = ${fmt(top[0])}`;
  if (sat !== undefined) {
    // Q(S) > 0 iff U(1−) > T (U strictly increasing); Q(S) = 1 iff U(0+) ≥ T (clip) or ≥ loc (step)
    if (top[0] > sat && bottom[1] < sat) {
      const g = comonotoneSaturatedGain(X, V, r, mu);
      return { kind: 'gain', lo: Math.max(g.lo, Number.MIN_VALUE), hi: Math.max(g.hi, Number.MIN_VALUE), how: `comonotone, saturating ${r.squash}: S = {U ${r.squash === 'clip' ? '≥' : '>'} ${fmt(sat)}} = {W > w_T} with 0 < Q(S) < 1 (U(0+) = ${fmt(bottom[1])}, ${atTop}); the limit E[V | V > V(w_T)] exceeds E[V] for a strictly increasing V` };
    }
    if (bottom[0] >= sat) return { kind: 'zero', how: `comonotone: U ≥ U(0+) = inf X + inf V = ${fmt(bottom[0])} ≥ ${fmt(sat)}, r(U) = 1 a.s.: π* = Q` };
    if (!(top[1] <= sat)) return { kind: 'reason', reason: `comonotone: U's range [${fmt(bottom[0])}, ${fmt(top[1])}] against the saturation point ${fmt(sat)} not resolved in doubles` };
    // Q(S) = 0: step is −1 a.s.; clip is −1 a.s. below loc − s, else strictly increasing at the top
    if (r.squash === 'step') return { kind: 'zero', how: `comonotone: ${atTop} ≤ loc = ${fmt(r.loc)}: r(U) = −1 a.s., π* = Q` };
    if (top[1] <= r.loc - r.scale) return { kind: 'zero', how: `comonotone: ${atTop} ≤ loc − s = ${fmt(r.loc - r.scale)}: r(U) = −1 a.s., π* = Q` };
    if (!(top[0] > r.loc - r.scale)) return { kind: 'reason', reason: `comonotone: ${atTop} against loc − s = ${fmt(r.loc - r.scale)} not resolved` };
  }
  // strictly increasing r near sup U, reached as w → 1 where V → sup V: the limit is sup V (> μ: V continuous)
  const g = V.support.upper - mu;
  return { kind: 'gain', lo: Math.max(Number.MIN_VALUE, g), hi: Math.max(Number.MIN_VALUE, g), how: `comonotone, ${r.squash} strictly increasing below the top of U (${atTop}): U increases with W, so the limit is sup V = ${fmt(V.support.upper)} > E[V] = ${fmt(mu)}` };
}

/** The limit gain lim_{β→0} E[V(π*(β))] − E[V] of a quantile coupling, as an enclosure, an exact 0, or a reason. */
export function copulaWeakPenaltyLimit(spec: CopulaSpec, r: Reward): Limit {
  if (r.squash === 'identity') return { kind: 'reason', reason: 'unbounded reward' };
  const X = buildCached(spec.x), V = buildCached(spec.v);
  const mu = V.mean();
  if (spec.kind === 'comonotone') return comonotoneLimit(X, V, r, mu);
  if (r.squash === 'clip' || r.squash === 'step') {
    const s = counterSaturation(X, V, r);
    if (s.kind !== 'none') return s.kind === 'gain' ? { kind: 'gain', lo: s.lo, hi: s.hi, how: s.how } : s;
    if (r.squash === 'step') return { kind: 'zero', how: 'countermonotone: U ≤ loc on every piece of W: r(U) = −1 a.s., π* = Q' };
  }
  const t = counterTop(X, V, r);
  return t.kind === 'none' ? { kind: 'reason', reason: 'no limit' } : t;
}

/** lim_{β→0} E[V(π*(β))] > E[V] for a quantile coupling; `flipped`: the mutant "≤". */
export function weakPenaltyCopulaVerdict(spec: CopulaSpec, r: Reward, flipped = false): Verdict {
  const l = copulaWeakPenaltyLimit(spec, r);
  if (l.kind === 'reason') return inconclusive(`${spec.kind} pair: ${l.reason}`, {});
  if (l.kind === 'zero') {
    const what = `lim_{β→0} E[V(π*(β))] − E[V] = 0 exactly (${l.how})`;
    return flipped ? holds(`${what}: not > 0`, { limitShift: 0 }) : fails(`${what}: not > 0 — no gain in V as β → 0`, { limitShift: 0 });
  }
  const numbers = { limitShiftLower: l.lo, limitShiftUpper: l.hi };
  const what = `lim_{β→0} E[V(π*(β))] − E[V] ∈ [${fmt(l.lo)}, ${fmt(l.hi)}] (${l.how})`;
  if (l.lo > 0) return flipped ? fails(`${what} > 0`, numbers) : holds(what, numbers);
  if (l.hi < 0) return flipped ? holds(`${what}: not > 0`, numbers) : fails(`${what} < 0: the bounded reward's optimum lowers V as β → 0`, numbers);
  return inconclusive(`${spec.kind} pair: the limit gain's enclosure [${fmt(l.lo)}, ${fmt(l.hi)}] contains 0`, numbers);
}

/** P(r(U) = 1 | V = v) = 1{U(w(v)) ∈ S} is not constant: 0 < Q(S) < 1, certified (clip and step only). */
export function copulaSaturationDependsOnV(spec: CopulaSpec, r: Reward): boolean {
  if (r.squash !== 'clip' && r.squash !== 'step') return false;
  const X = buildCached(spec.x), V = buildCached(spec.v);
  if (spec.kind === 'comonotone') {
    const sat = saturationPoint(r) ?? r.loc;
    const { bottom, top } = comonotoneEnds(X, V);
    return top[0] > sat && bottom[1] < sat;
  }
  const s = counterSaturation(X, V, r);
  return (s.kind === 'gain' || s.kind === 'reason') && s.mixed === true;
}

