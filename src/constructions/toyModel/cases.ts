/**
 * Cases of the toy-model claims as plain JSON: the error law X, the severity s given by its tail depth
 * log F̄(s) (severity.ts), the hacking frequency by log p, and the quality θ (null: the balanced θ of
 * toyModel.ts, i.e. the policy is already optimal in (quality, frequency) at its severity and KL).
 */
import fc from 'fast-check';
import { buildCached } from '../../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { balancedTheta, conditionalMeans, toyQuantities, type ToyPoint, type ToyQuantities } from './toyModel.ts';
import { severityAt } from './severity.ts';

export interface ToyCase {
  readonly x: DistributionSpec;
  /** log F̄_X(s) in [−600, log 0.9] */
  readonly logTail: number;
  /** log p, p ∈ (0, 1) */
  readonly logP: number;
  /** quality θ; null for the balanced θ */
  readonly theta: number | null;
}

const pointCache = new WeakMap<object, { x: Distribution; pt: ToyPoint; t: ToyQuantities } | null>();

/** The built law, the point (θ, p, s) and its exact quantities; null when s or θ does not exist in double range, or s sits on an atom of X (F̄ jumps there). */
export function toyPointOf(c: ToyCase): { x: Distribution; pt: ToyPoint; t: ToyQuantities } | null {
  let r = pointCache.get(c);
  if (r === undefined) {
    const x = buildCached(c.x);
    const s = severityAt(x, c.logTail);
    const p = Math.exp(c.logP);
    const ok = Number.isFinite(s) && !(x.massAt(s) > 0) && p > 0 && p < 1;
    const cm = ok ? conditionalMeans(x, s) : undefined; // once per case: the balanced θ and the quantities share it
    const theta = cm === undefined ? NaN : c.theta === null ? balancedTheta(x, p, s, cm) : c.theta;
    r = cm !== undefined && Number.isFinite(theta) ? { x, pt: { theta, p, s }, t: toyQuantities(x, { theta, p, s }, cm) } : null;
    pointCache.set(c, r);
  }
  return r;
}

/** A case over any law of X (as given), any depth, any frequency (more or less than the base) and any θ. */
export function toyCase(x: fc.Arbitrary<DistributionSpec>, options: { theta?: 'balanced' | 'free' | 'both'; moreHacking?: boolean } = {}): fc.Arbitrary<ToyCase> {
  const mode = options.theta ?? 'both';
  const theta: fc.Arbitrary<number | null> =
    mode === 'balanced' ? fc.constant(null) : mode === 'free' ? fc.double({ min: -3, max: 3, noNaN: true }) : fc.oneof(fc.constant(null), fc.double({ min: -3, max: 3, noNaN: true }));
  return fc
    .record({ x, logTail: fc.double({ min: -600, max: Math.log(0.9), noNaN: true }), u: fc.double({ min: 0, max: 1, noNaN: true }), theta })
    .map(({ x: spec, logTail, u, theta: th }) => {
      // log p between log F̄(s) − 10 and log 0.999; with moreHacking, p/F̄(s) ≥ 1.001 (closer to the base the sign of
      // ∂_sE[U] − ∂_sKL/θ is a ratio of two vanishing quantities, below double resolution: the 'both' branch still goes there)
      const lo = options.moreHacking === true ? logTail + 1e-3 : Math.max(logTail - 10, -700);
      const hi = options.moreHacking === false ? logTail - 1e-6 : Math.log(0.999);
      return { x: spec, logTail, logP: Math.min(lo + u * (hi - lo), Math.log(0.999)), theta: th };
    });
}
