/**
 * Pairs (X, V): X the error, V the true utility, U = X + V the proxy (claims.md "Headline corollary",
 * T4–T6). A PairSpec is plain JSON (storable, shrinkable); buildPair turns it into a Pair with exact or
 * one-dimensional-integral access to the law of U and the joint quantities the claims need.
 */
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import type { Rng } from '../numerics/rng.ts';

/** X = f(V) + noise for f in this closed set. */
export type PairFunction =
  | { kind: 'linear'; a: number; b: number }
  | { kind: 'square' }
  | { kind: 'clip'; lo: number; hi: number };

export type PairSpec =
  /** X and V independent. */
  | { kind: 'independent'; x: DistributionSpec; v: DistributionSpec }
  /** a latent class C with P(C = i) = weights[i]; given C = i, (X, V) follows components[i]. */
  | { kind: 'latentMixture'; components: PairSpec[]; weights: number[] }
  /** X = a·V + Z with V, Z independent (so U = (1 + a)V + Z). */
  | { kind: 'linear'; v: DistributionSpec; z: DistributionSpec; a: number }
  /** X = F_X⁻¹(W), V = F_V⁻¹(W), W uniform on (0, 1). */
  | { kind: 'comonotone'; x: DistributionSpec; v: DistributionSpec }
  /** X = F_X⁻¹(W), V = F_V⁻¹(1 − W). */
  | { kind: 'countermonotone'; x: DistributionSpec; v: DistributionSpec }
  /** X = f(V) + noise with V, noise independent. */
  | { kind: 'functional'; v: DistributionSpec; noise: DistributionSpec; f: PairFunction };

export type PairKind = PairSpec['kind'];

/**
 * A computed quantity with its error. `value` may be ±Infinity when the quantity diverges (stated exactly);
 * NaN only together with converged = false and a `reason` (e.g. 'not normalisable: E[e^{θU}] = ∞').
 */
export interface Estimate {
  readonly value: number;
  /** estimated absolute error of value (0 for closed forms up to rounding) */
  readonly error: number;
  readonly converged: boolean;
  readonly reason?: string;
}

/** The law of U = X + V, as far as the claims need it. */
export interface SumLaw {
  /** log P(U > t), in log space far into the tail */
  logSf(t: number): number;
  sf(t: number): number;
  /** log P(U ≤ t) */
  logCdf(t: number): number;
  cdf(t: number): number;
  /** E[U] (±Infinity where it diverges to one side, NaN where undefined) */
  mean(): number;
  sample(rng: Rng): number;
}

export interface Pair {
  readonly spec: PairSpec;
  /** the marginal law of X where it is one of the suite's distributions, else undefined */
  readonly x: Distribution | undefined;
  /** the marginal law of V where it is one of the suite's distributions, else undefined */
  readonly v: Distribution | undefined;
  readonly u: SumLaw;
  /** E[V·1{U > t}] */
  partialV(t: number): Estimate;
  /** E[V | U > t], formed as a ratio of two 1-D integrals in log space */
  conditionalV(t: number): Estimate;
  /** log P(U > t) with its absolute error in log units (u.logSf without the error); not converged where unresolved */
  logSfEstimate(t: number): Estimate;
  /** log E[e^{θU}] (Infinity where the MGF diverges) */
  logMgfU(theta: number): Estimate;
  /** E[V e^{θU}]/E[e^{θU}], the mean of V under the exponential tilt of U */
  tiltedMeanV(theta: number): Estimate;
  /** E[U e^{θU}]/E[e^{θU}] */
  tiltedMeanU(theta: number): Estimate;
  /** one draw of (X, V) */
  sample(rng: Rng): [number, number];
}
