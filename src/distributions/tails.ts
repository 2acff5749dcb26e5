/**
 * Tail profiles of the standard kinds (claims.md §1), shared by the family files.
 * The inclusions 𝓢 ⊂ long-tailed ⊂ H_P ⊂ H_F and L_r ⊂ L_s are respected by construction.
 */
import type { TailProfile } from './types.ts';

/** Regularly varying tail F̄(x) = x^{−α}L(x): subexponential, long-tailed, heavy in both senses. */
export function powerTail(alpha: number): TailProfile {
  return {
    mgfSup: 0, tailClass: 'heavy', heavyPaper: true, longTailed: true,
    subexponential: true, ratioLight: false, bounded: false, powerIndex: alpha,
  };
}

/** Heavy but lighter than every power (lognormal, Weibull k < 1): still subexponential. */
export function subexponentialTail(): TailProfile {
  return {
    mgfSup: 0, tailClass: 'heavy', heavyPaper: true, longTailed: true,
    subexponential: true, ratioLight: false, bounded: false, powerIndex: Infinity,
  };
}

/** Exponential-type tail with MGF abscissa `rate` (exponential, gamma, Laplace, logistic, Gumbel, geometric). */
export function exponentialTail(rate: number): TailProfile {
  return {
    mgfSup: rate, tailClass: 'light', heavyPaper: false, longTailed: false,
    subexponential: false, ratioLight: false, bounded: false, powerIndex: Infinity,
  };
}

/**
 * Unbounded tail with λ₊ = ∞. `ratioLight` says whether F̄(t+1)/F̄(t) → 0
 * (true for normal, Weibull k > 1, Poisson; false e.g. for Weibull k = 1 which is exponential).
 */
export function superExponentialTail(ratioLight: boolean): TailProfile {
  return {
    mgfSup: Infinity, tailClass: 'stronglyLight', heavyPaper: false, longTailed: false,
    subexponential: false, ratioLight, bounded: false, powerIndex: Infinity,
  };
}

/** A side on which the support is bounded: λ₊ = ∞ and F̄ vanishes past the bound. */
export function boundedTail(): TailProfile {
  return {
    mgfSup: Infinity, tailClass: 'stronglyLight', heavyPaper: false, longTailed: false,
    subexponential: false, ratioLight: true, bounded: true, powerIndex: Infinity,
  };
}
