/**
 * The Distribution interface and the plain JSON specs that build distributions.
 * Definitions of tail classes follow claims.md §1 (right tail unless said otherwise).
 */
import type { SignedLog } from '../numerics/logspace.ts';
import type { Rng } from '../numerics/rng.ts';

/**
 * Right-tail class (claims.md §1):
 * - 'heavy': λ₊ = 0, the MGF is infinite for every λ > 0 (H_F);
 * - 'light': 0 < λ₊ < ∞ (exponential-type tails: exponential, gamma, Laplace, logistic, Gumbel, geometric);
 * - 'stronglyLight': λ₊ = ∞ (normal, Weibull k > 1, Poisson, every law bounded above).
 */
export type TailClass = 'heavy' | 'light' | 'stronglyLight';

/** What is known, exactly, about one tail (the right tail of X, or the right tail of −X for the left). */
export interface TailProfile {
  /** λ₊ = sup{λ ≥ 0 : E[e^{λX}] < ∞}: 0 for heavy, the rate for exponential-type, Infinity for strongly light. */
  readonly mgfSup: number;
  readonly tailClass: TailClass;
  /** H_P: lim e^{tx} F̄(x) = ∞ for every t > 0 (the paper's wording of heavy). */
  readonly heavyPaper: boolean;
  /** F̄(x + 1)/F̄(x) → 1. */
  readonly longTailed: boolean;
  /** P(X₁ + X₂ > x)/P(X > x) → 2 (class 𝓢). */
  readonly subexponential: boolean;
  /** F̄(t + 1)/F̄(t) → 0 (L_r); true for laws bounded on this side (the ratio is 0 once t + 1 passes the bound). */
  readonly ratioLight: boolean;
  /** The support is bounded on this side. */
  readonly bounded: boolean;
  /**
   * Regular-variation index α where F̄(x) = x^{−α}L(x) (Student-t: df, Pareto: α, Cauchy: 1, Lévy: ½);
   * Infinity for every tail lighter than all powers. Used to order tails inside mixtures.
   */
  readonly powerIndex: number;
}

export interface Support {
  /** infimum of the support (may be -Infinity) */
  readonly lower: number;
  /** supremum of the support (may be Infinity) */
  readonly upper: number;
  /** 'continuous': a density exists; 'discrete': atoms only; 'mixed': both (mixtures). */
  readonly kind: 'continuous' | 'discrete' | 'mixed';
}

/** A real-valued law. Every method is total: invalid arguments give NaN, divergent quantities ±Infinity. */
export interface Distribution {
  readonly spec: DistributionSpec;
  readonly support: Support;
  /** right and left tail profiles; `left` describes the right tail of −X */
  readonly tails: { readonly right: TailProfile; readonly left: TailProfile };
  /** λ₊ of the right tail (= tails.right.mgfSup). */
  readonly mgfSup: number;
  /** right-tail class (= tails.right.tailClass). */
  readonly tailClass: TailClass;
  /** log density (continuous part) or log pmf (discrete); -Infinity off the support. */
  logPdf(x: number): number;
  pdf(x: number): number;
  /** P(X = x): 0 for continuous laws. */
  massAt(x: number): number;
  /** P(X ≤ x) */
  cdf(x: number): number;
  /** log P(X ≤ x) */
  logCdf(x: number): number;
  /** P(X > x) */
  sf(x: number): number;
  /** log P(X > x), exact far into the tail */
  logSf(x: number): number;
  /** inf{x : P(X ≤ x) ≥ p} for p ∈ [0, 1] */
  quantile(p: number): number;
  /** E[X]: Infinity / -Infinity where it diverges to one side, NaN where undefined (both sides diverge) */
  mean(): number;
  /** Var[X]: Infinity where divergent, NaN where the mean is undefined */
  variance(): number;
  /** E[X·1{X > t}] */
  partialMean(t: number): number;
  /** E[X·1{X > t}] as sign·e^log, exact where the value itself underflows */
  logPartialMean(t: number): SignedLog;
  /** E[X | X > t], computed as a ratio in log space (stable where F̄(t) underflows); NaN when P(X > t) = 0 */
  tailMean(t: number): number;
  /** log E[e^{λX}]: Infinity outside the domain */
  logMgf(lambda: number): number;
  /** one draw, using the uniform source passed in */
  sample(rng: Rng): number;
}

// ---------------------------------------------------------------------------------------------
// Specs: flat plain JSON, the public API (parameter names are stable).

export type ContinuousHeavySpec =
  | { family: 'studentT'; df: number; loc?: number; scale?: number }
  | { family: 'pareto'; xm: number; alpha: number }
  | { family: 'lomax'; alpha: number; scale: number }
  | { family: 'lognormal'; mu: number; sigma: number }
  | { family: 'weibull'; k: number; lambda: number }
  | { family: 'logLogistic'; alpha: number; beta: number }
  | { family: 'frechet'; alpha: number; s?: number; m?: number }
  | { family: 'cauchy'; loc: number; scale: number }
  | { family: 'levy'; mu?: number; c: number };

export type LightSpec =
  | { family: 'normal'; mu: number; sigma: number }
  | { family: 'exponential'; rate: number }
  | { family: 'gamma'; shape: number; rate: number }
  | { family: 'laplace'; mu: number; b: number }
  | { family: 'logistic'; mu: number; s: number }
  | { family: 'gumbel'; mu: number; beta: number }
  | { family: 'uniform'; a: number; b: number }
  | { family: 'beta'; alpha: number; beta: number }
  | { family: 'pointMass'; x: number };

export type DiscreteSpec =
  | { family: 'categorical'; values: number[]; probs: number[] }
  | { family: 'zeta'; s: number }
  | { family: 'geometric'; p: number }
  | { family: 'poisson'; lambda: number };

export type CombinatorSpec =
  | { family: 'affine'; base: DistributionSpec; loc: number; scale: number }
  | { family: 'mixture'; components: DistributionSpec[]; weights: number[] };

export type DistributionSpec = ContinuousHeavySpec | LightSpec | DiscreteSpec | CombinatorSpec;
export type Family = DistributionSpec['family'];

/** The spec of one family, e.g. SpecOf<'studentT'>. */
export type SpecOf<F extends Family> = Extract<DistributionSpec, { family: F }>;
