/**
 * The optimum of E_P[U] − β·D(P‖Q) over P ≪ Q (the post's π*(β) ≜ argmax_π E[U(π)] − β D_KL(π, π₀) with
 * one decision, Q = π₀): by the Gibbs variational principle (claims.md §1)
 *   sup_P {E_P[U] − βD(P‖Q)} = β log Z(β),  Z(β) = E_Q[e^{U/β}],
 * attained uniquely by dP⋆/dQ = e^{U/β}/Z when Z < ∞, so E[V(π*(β))] = E[V e^{θU}]/E[e^{θU}] at θ = 1/β.
 * When Z(β) = ∞ (U has an exponential-type right tail, λ₊(U) < ∞, and β ≤ 1/λ₊) the sup is +∞ and NO
 * maximiser exists: that is reported as such, never as a number.
 * Where U = sV + N with N ⊥ V (independent pairs: s = 1; X = aV + Z: s = 1 + a) the tilt factorises and
 * E[V(π*)] = Λ_V′(sθ) (tiltMean.ts closed forms); copula pairs use t4CopulaCheck.ts; otherwise the pair's
 * own tilted mean (src/pairs) is used, after checking that copula classes' W-range holds the tilted mass.
 */
import { build } from '../distributions/build.ts';
import type { Estimate, Pair, PairSpec } from '../pairs/types.ts';
import { uAbscissa } from './t4Abscissa.ts';
import { copulaTiltedMeanV, copulaTiltResolved } from './t4CopulaCheck.ts';
import { tiltedMean } from './tiltMean.ts';
import { tiltedMeanEstimate } from './tiltMeanEstimate.ts';

export type KlOptimum =
  | { readonly status: 'tilt'; readonly beta: number; readonly theta: number; readonly meanV: Estimate; readonly method: string }
  | { readonly status: 'no-maximiser'; readonly beta: number; readonly theta: number; readonly abscissa: number; readonly reason: string }
  | { readonly status: 'unresolved'; readonly beta: number; readonly theta: number; readonly reason: string };

/** The slope s when U = sV + N with N ⊥ V, else undefined. */
export function factorSlope(spec: PairSpec): number | undefined {
  if (spec.kind === 'independent') return 1;
  if (spec.kind === 'linear') return 1 + spec.a;
  if (spec.kind === 'functional' && spec.f.kind === 'linear') return 1 + spec.f.a;
  return undefined;
}

/**
 * π*(β) for a pair: its existence and E[V(π*(β))] (see the file comment). `quick`: for factorised pairs, one
 * quadrature and no error estimate (error 0, for searching a grid; confirm a decisive point without it).
 */
export function klOptimum(pair: Pair, beta: number, opts: { quick?: boolean } = {}): KlOptimum {
  const theta = 1 / beta;
  if (!(beta > 0) || !Number.isFinite(theta)) return { status: 'unresolved', beta, theta, reason: `β must be > 0 with 1/β finite; got ${beta}` };
  const ab = uAbscissa(pair.spec);
  if (theta >= ab.hi) {
    return {
      status: 'no-maximiser', beta, theta, abscissa: ab.hi,
      reason: `argmax does not exist for ${ab.hi === 0 ? 'any β > 0 (λ₊(U) = 0)' : `β ≤ 1/λ₊(U) = ${1 / ab.hi}`}: Z(β) = E[e^{U/β}] = ∞, the objective is unbounded (sup = +∞)`,
    };
  }
  if (theta >= ab.lo) {
    return { status: 'unresolved', beta, theta, reason: `λ₊(U) only known to lie in [${ab.lo}, ${ab.hi}] (countermonotone tails of equal rate): existence at θ = ${theta} undecided` };
  }
  const s = factorSlope(pair.spec);
  if (s !== undefined) {
    const v = build((pair.spec as { v: Parameters<typeof build>[0] }).v);
    const meanV = opts.quick ? quickEstimate(tiltedMean(v, s * theta)) : tiltedMeanEstimate(v, s * theta);
    return { status: 'tilt', beta, theta, meanV, method: `factorised: Λ_V′(${s}·θ)` };
  }
  if (pair.spec.kind === 'comonotone' || pair.spec.kind === 'countermonotone') {
    const e = copulaTiltedMeanV(pair.spec, theta);
    if ('ok' in e) return { status: 'unresolved', beta, theta, reason: e.reason };
    return { status: 'tilt', beta, theta, meanV: e, method: 'copula integral on the logit of W (trapezoid, h and 2h)' };
  }
  const resolved = copulaTiltResolved(pair.spec, theta);
  if (!resolved.ok) return { status: 'unresolved', beta, theta, reason: resolved.reason };
  return { status: 'tilt', beta, theta, meanV: pair.tiltedMeanV(theta), method: 'pair integral E[V e^{θU}]/E[e^{θU}]' };
}

function quickEstimate(x: number): Estimate {
  return Number.isFinite(x) ? { value: x, error: 0, converged: true } : { value: x, error: NaN, converged: false, reason: `Λ_V′ = ${x} (beyond range or not converged)` };
}

/** β log Z(β), the optimal value (Infinity where no maximiser exists). */
export function klOptimumValue(pair: Pair, beta: number): Estimate {
  const lz = pair.logMgfU(1 / beta);
  return { ...lz, value: beta * lz.value, error: beta * lz.error };
}
