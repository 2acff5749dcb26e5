/**
 * Reading (c) of the bounded-reward remedy (weakPenaltyLimit.ts) for X ⊥ V with V continuous (shiftClasses.ts:
 * classes sharing X, U = V + X): the limit β → 0 of E[V(π*(β))].
 * - The squash saturates on U's support (clip: Q(U ≥ loc + s) > 0; step: Q(U > loc) > 0; U is atomless): the
 *   limit is E[V | U > T], T = loc + s (clip) or loc (step), and the gain E[(V − μ)·1{U > T}]/Q(U > T) is one
 *   quadrature over V (classIntegrals.ts) with its error estimate.
 * - Otherwise (tanh, sigmoid, a clip that U never reaches) the optimum is a soft threshold t_β → sup U and the
 *   limit is lim_{t → sup U} E[V | U > t], decided from the built tail profiles without computing it:
 *   · X long-tailed and V with an exponential moment on the right (λ₊(V) > 0): F̄_X(t − v)/F̄_X(t) → 1 for every
 *     v and ≤ C·e^{εv} (long tails are o(e^{εt}) for every ε), so by dominated convergence the limit is E[V]:
 *     the gain vanishes (T5's mechanism) — a failure of "lim > E[V]", certified by this argument;
 *   · V bounded above (sup v*) and X bounded above, ratio-light or exponential-type (0 < λ₊(X) < ∞): the atom
 *     weights F̄_X(t − v)/F̄_X(t − v*) tend to 1{v = v*} (ratio-light, bounded) or e^{λ₊(v − v*)}
 *     (exponential-type), so the limit is v* or E[V e^{λV}]/E[e^{λV}], both > E[V] for a non-constant V
 *     (Chebyshev's covariance inequality for the increasing weight): the gain is positive;
 *   · anything else (V unbounded above against a light X, a heavy X that is not long-tailed) is left
 *     inconclusive with the reason.
 */
import type { Verdict } from '../../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../../claims/verdicts.ts';
import type { Reward } from './boundedReward.ts';
import { centredPartialV, geometryOf, logSfU } from './classIntegrals.ts';
import { saturationGainLowerBound } from './saturationGainBound.ts';
import { meanOfV, type ShiftClass } from './shiftClasses.ts';
import { floorPositionClasses, saturationPoint } from './rewardNeverAboveFloor.ts';


/** log Q(U > T) for the saturating squashes (−∞ when U never reaches T, or the squash never saturates). */
export function logSaturationMass(classes: readonly ShiftClass[], r: Reward): number {
  const T = saturationPoint(r);
  if (T === undefined) return -Infinity;
  const q = logSfU(classes, geometryOf(classes), T, 1e-8);
  return q.converged ? q.log : NaN;
}

/**
 * P(r(U) = 1 | V = v) = F̄_X(T − v) is not constant on the support of V: it is non-decreasing in v, so it is
 * enough that it differs between the two ends of V's support (limits at infinite ends), in some class.
 */
export function saturationDependsOnVContinuous(classes: readonly ShiftClass[], r: Reward): boolean {
  const T = saturationPoint(r);
  if (T === undefined) return false;
  // φ(v) = F̄_X(T − v) rises with v: least at the lower end of V's support, largest at the upper end
  return classes.some((c) => {
    const least = c.noise.sf(T - c.v.support.lower), most = c.noise.sf(T - c.v.support.upper);
    return most > 0 && most - least > 1e-12 * most;
  }) && logSaturationMass(classes, r) > -Infinity;
}

/** lim_{β→0} E[V(π*(β))] > E[V] for X ⊥ V, V continuous; `flipped`: the mutant "≤". */
export function weakPenaltyVerdictContinuous(classes: readonly ShiftClass[], r: Reward, flipped = false): Verdict {
  const mu = meanOfV(classes);
  if (!Number.isFinite(mu)) return inconclusive(`E[V] = ${mu}`, {});
  const T = saturationPoint(r);
  const logMass = logSaturationMass(classes, r);
  if (Number.isNaN(logMass)) return inconclusive('Q(r(U) = 1) not resolved by the quadrature over V', {});
  if (T !== undefined && logMass > -Infinity) {
    // φ_c(v) = P(r(U) = 1 | V = v, c) = F̄_X(T − v) is non-decreasing in v: equal at both ends of every class's
    // support and across classes, it is one constant — the saturation event is independent of V and the limit
    // is E[V] exactly (X with a gap over T − supp V, or saturating on all of U's support)
    const ends = classes.flatMap((c) => [c.v.support.lower, c.v.support.upper].map((v) => c.noise.sf(T - c.shift.g(v)) + (r.squash === 'clip' ? c.noise.massAt(T - c.shift.g(v)) : 0)));
    if (classes.every((c) => c.shift.affine?.slope === 1) && ends.every((e) => e === ends[0])) {
      const what = `P(r(U) = 1 | V = v) = ${fmt(ends[0])} at both ends of the support of V (non-decreasing in v, so constant): the limit E[V | r(U) = 1] is E[V], no gain`;
      return flipped ? holds(what, { saturationMass: Math.exp(logMass) }) : fails(what, { limitShift: 0, saturationMass: Math.exp(logMass) });
    }
    const a = centredPartialV(classes, geometryOf(classes), T, mu, logMass);
    const numbers = { limitShift: a.value, error: a.error, saturationMass: Math.exp(logMass) };
    const what = `lim_{β→0} E[V(π*(β))] − E[V] = E[V | U > ${fmt(T)}] − E[V] = ${fmt(a.value)} (error ${fmt(a.error)}; saturating ${r.squash}, Q(r(U) = 1) = ${fmt(Math.exp(logMass))})`;
    if (a.converged && a.value > a.error) return flipped ? fails(`${what} > 0`, numbers) : holds(what, numbers);
    // below the quadrature's resolution: the pointwise-nonnegative form of the gain bounded from below in logs
    const lb = saturationGainLowerBound(classes, r, T, mu);
    if (lb.log > -Infinity) {
      const logGain = lb.log - logMass;
      const certified = `lim_{β→0} E[V(π*(β))] − E[V] = E[(V − μ)(φ(V) − φ(μ))]/Q(U > ${fmt(T)}) ≥ e^{${fmt(logGain)}} > 0 (φ(v) = P(r(U) = 1 | V = v) non-decreasing, so the integrand is ≥ 0; bound from V ${lb.side === 'below' ? '≤' : '≥'} ${fmt(lb.cut)}, in log space: saturationGainBound.ts; saturating ${r.squash})`;
      const cn = { limitShift: Math.exp(logGain), logLimitShiftLowerBound: logGain, saturationMass: Math.exp(logMass) };
      return flipped ? fails(`${certified} > 0`, cn) : holds(certified, cn);
    }
    if (!a.converged) return inconclusive(a.reason ?? 'E[(V − μ)1{U > T}] not resolved', {});
    if (flipped) return a.value <= -a.error ? holds(`${what}: not > 0`, numbers) : inconclusive('the limit gain is below its error estimate', numbers);
    if (a.value < -a.error) return fails(`${what} < 0`, numbers);
    return inconclusive('the limit gain is below its error estimate (and no log-space lower bound applies: classes with different noise or shift, or a decreasing shift)', numbers);
  }
  const floor = floorPositionClasses(classes, r);
  if (floor === 'unknown') return inconclusive(`sup U ${classes.every((c) => c.shift.affine) ? `within rounding of the ${r.squash} reward's floor level` : 'not read from the support ends (a non-affine shift)'}: whether r(U) ever leaves −1 is not decided`, { meanV: mu });
  if (floor === 'atFloor') {
    const what = `r(U) = −1 on all of U's support (sup U ≤ ${r.squash === 'clip' ? 'loc − s' : 'loc'} = ${fmt(r.squash === 'clip' ? r.loc - r.scale : r.loc)}): π*(β) = π₀ for every β, no gain`;
    return flipped ? holds(what, { limitShift: 0 }) : fails(what, { limitShift: 0 });
  }
  // non-saturating: the tail profiles decide (see the file comment); classes share X
  const x = classes[0].noise.tails.right;
  const vRight = classes.map((c) => c.v.tails.right);
  const vUpper = Math.max(...classes.map((c) => c.v.support.upper));
  if (x.longTailed && vRight.every((t) => t.mgfSup > 0)) {
    const why = 'X long-tailed, V with an exponential moment: F̄_X(t − v)/F̄_X(t) → 1 dominatedly, so lim E[V | U > t] = E[V] (T5)';
    return flipped ? holds(`${why}: gain 0, not > 0`, {}) : fails(`lim_{β→0} E[V(π*(β))] − E[V] = 0: ${why} — no gain as β → 0`, { limitShift: 0 });
  }
  if (Number.isFinite(vUpper) && (x.bounded || x.ratioLight || (x.mgfSup > 0 && Number.isFinite(x.mgfSup)))) {
    const how = x.bounded || x.ratioLight ? `the limit is sup V = ${fmt(vUpper)}` : `the limit is V tilted by e^{λ₊v}, λ₊ = ${fmt(x.mgfSup)}`;
    const what = `X ${x.bounded ? 'bounded above' : x.ratioLight ? 'ratio-light' : 'exponential-type'} and V bounded above: ${how}, > E[V] = ${fmt(mu)} for a non-constant V`;
    return flipped ? fails(`${what}: gain > 0`, { meanV: mu }) : holds(what, { meanV: mu, supV: vUpper });
  }
  return inconclusive(`limit not determined: V ${Number.isFinite(vUpper) ? 'bounded' : 'unbounded'} above, X ${x.longTailed ? 'long-tailed' : x.tailClass}`, { meanV: mu });
}
