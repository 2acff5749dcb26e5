/**
 * E[V | X + V > t] (claims.md §2 "T5, T6"): for X ⊥ V it is the ratio of two one-dimensional integrals over V,
 *   E[V | U > t] = ∫ v F̄_X(t − v) dF_V(v) / ∫ F̄_X(t − v) dF_V(v),
 * computed in log space by the pair machinery (src/pairs/shiftPair.ts `conditionalV`): the numerator is cut at
 * v = 0 into its positive and negative parts, each a log-space expectation of log|v| + log F̄_X(t − v) over the
 * law of V (src/pairs/logExpectation.ts: continuous laws by adaptive Gauss–Kronrod around the located peak,
 * discrete laws by sums with a tail bound, point masses and categorical laws exactly, mixtures and affine maps
 * component-wise), joined by a signed log-sum-exp; the relative errors of the pieces are carried into an
 * absolute error of the ratio. Normal/normal pairs use the closed form μ_V + (σ_V²/σ_U)/R(z) unless
 * `closedForms: false` (then the integrals run, which is how the tests compare the two).
 * Dependent pairs (any PairSpec) go through the same Pair interface.
 */
import type { DistributionSpec } from '../../distributions/types.ts';
import { buildPair } from '../../pairs/buildPair.ts';
import type { Estimate, Pair, PairSpec } from '../../pairs/types.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';

/** A conditional mean with the reason the event {U > t} is empty when it is (then value is NaN). */
export interface ConditionalMean extends Estimate {
  /** P(U > t) = 0: the conditional expectation is undefined at this t */
  readonly emptyEvent: boolean;
}

const pairs = new WeakMap<object, Pair>();
const exactPairs = new WeakMap<object, Pair>();

/** buildPair(spec) once per (immutable) spec object; `closedForms: false` kept apart. */
export function conditioningPair(spec: PairSpec, closedForms = true): Pair {
  const cache = closedForms ? pairs : exactPairs;
  let p = cache.get(spec);
  if (!p) cache.set(spec, (p = buildPair(spec, { closedForms })));
  return p;
}

/**
 * Rounding floor of the error, relative to max(1, |value|): the ratio is e^{log N − log D} with |log D| up to
 * ~10³ on the claims' grids, so the rounding of the logs alone is ~10³·ε ≈ 2e-13 (the quadrature's
 * estimates do not include it).
 */
export const ROUNDING_FLOOR = 1e-12;

/** Rounding floor applied to any estimate (see ROUNDING_FLOOR). */
function floored(e: ConditionalMean): ConditionalMean {
  if (!(e.converged && Number.isFinite(e.value) && Number.isFinite(e.error))) return e;
  return { ...e, error: Math.max(e.error, ROUNDING_FLOOR * Math.max(1, Math.abs(e.value))) };
}

/**
 * E[V | U > t] of any pair, with its error; `emptyEvent` when P(U > t) = 0. Independent pairs (other than the
 * normal/normal closed form) go through conditionalMeanFast.ts (checked against the slower
 * independentConditionalMean.ts in conditionalMeanFast.test.ts); the others through the pair's own
 * conditionalV (src/pairs).
 */
export function conditionalMeanOfPair(pair: Pair, t: number): ConditionalMean {
  const s = pair.spec;
  const closedForm = s.kind === 'independent' && s.x.family === 'normal' && s.v.family === 'normal' && pairs.get(s) === pair;
  if (s.kind === 'independent' && !closedForm) {
    return floored(conditionalMeanFast(s.x, s.v, t));
  }
  const e = pair.conditionalV(t);
  if (e.converged && Number.isFinite(e.value) && Number.isFinite(e.error)) {
    return { ...e, error: Math.max(e.error, ROUNDING_FLOOR * Math.max(1, Math.abs(e.value))), emptyEvent: false };
  }
  const empty = pair.u.logSf(t) === -Infinity;
  return { ...e, converged: false, emptyEvent: empty, reason: empty ? `P(U > ${t}) = 0` : e.reason ?? `E[V | U > ${t}] = ${e.value} ± ${e.error}` };
}

const independentSpecs = new WeakMap<object, WeakMap<object, PairSpec>>();

/**
 * E[V | X + V > t] for independent X ~ x and V ~ v.
 * @example conditionalUtilityMean({ family: 'normal', mu: 0, sigma: 1 }, { family: 'normal', mu: 0, sigma: 1 }, 10).value
 * // (σ_V²/σ_U)·φ(z)/Φ̄(z) at z = 10/√2: 5.0963500274…
 */
export function conditionalUtilityMean(x: DistributionSpec, v: DistributionSpec, t: number, opts: { closedForms?: boolean } = {}): ConditionalMean {
  let byV = independentSpecs.get(x);
  if (!byV) independentSpecs.set(x, (byV = new WeakMap()));
  let spec = byV.get(v);
  if (!spec) byV.set(v, (spec = { kind: 'independent', x, v }));
  return conditionalMeanOfPair(conditioningPair(spec, opts.closedForms ?? true), t);
}
