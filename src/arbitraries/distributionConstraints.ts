/**
 * Constraints of `heavyTailed()`, `lightTailed()` and `anyDistribution()`, and the check that a built
 * distribution meets them. The arbitraries enforce the constraints by construction; tests verify them by
 * building each spec and reading `tails`, `mean()` and `support` (never from how the spec was generated).
 */
import type { Distribution, TailClass } from '../distributions/types.ts';

/** Options of heavyTailed(), lightTailed() and anyDistribution(). Every field defaults to "no requirement". */
export interface DistributionConstraints {
  /** E[X] finite (so neither +∞, −∞ nor undefined). Default: false (infinite and undefined means are generated) */
  readonly finiteMean?: boolean;
  /** a density exists (support.kind 'continuous'). Default: false. Excludes `discrete`. */
  readonly continuous?: boolean;
  /** atoms only (support.kind 'discrete'). Default: false. Excludes `continuous`. */
  readonly discrete?: boolean;
  /** support bounded above (sup < ∞). Default: false. Excludes `unboundedAbove`; impossible for heavyTailed(). */
  readonly boundedAbove?: boolean;
  /** support unbounded above. Default: false. Excludes `boundedAbove`. */
  readonly unboundedAbove?: boolean;
  /** nesting depth of affine maps and mixtures (0: single families, affine-reflected families only). Default: 2 */
  readonly maxDepth?: number;
}

/** Options of lightTailed(): also the right-tail class. */
export interface LightTailedConstraints extends DistributionConstraints {
  /** 'light' (0 < λ₊ < ∞), 'stronglyLight' (λ₊ = ∞) or undefined for either. Default: undefined */
  readonly tailClass?: Exclude<TailClass, 'heavy'>;
}

/** Throws a RangeError naming the API when constraints contradict each other. */
export function assertConsistent(api: string, c: DistributionConstraints): void {
  if (c.continuous && c.discrete) throw new RangeError(`${api} constraints.continuous and constraints.discrete cannot both be true`);
  if (c.boundedAbove && c.unboundedAbove) {
    throw new RangeError(`${api} constraints.boundedAbove and constraints.unboundedAbove cannot both be true`);
  }
  const depth = c.maxDepth ?? 2;
  if (!(Number.isInteger(depth) && depth >= 0 && depth <= 5)) {
    throw new RangeError(`${api} constraints.maxDepth must be an integer in [0, 5]; got ${depth}`);
  }
}

/** The constraints a built distribution fails, each as a sentence naming the value read (empty when all hold). */
export function constraintViolations(d: Distribution, c: LightTailedConstraints): string[] {
  const out: string[] = [];
  const mean = d.mean();
  if (c.finiteMean && !Number.isFinite(mean)) out.push(`finiteMean: mean() = ${mean}`);
  if (c.continuous && d.support.kind !== 'continuous') out.push(`continuous: support.kind = ${d.support.kind}`);
  if (c.discrete && d.support.kind !== 'discrete') out.push(`discrete: support.kind = ${d.support.kind}`);
  if (c.boundedAbove && !(d.support.upper < Infinity)) out.push(`boundedAbove: support.upper = ${d.support.upper}`);
  if (c.unboundedAbove && d.support.upper < Infinity) out.push(`unboundedAbove: support.upper = ${d.support.upper}`);
  if (c.tailClass !== undefined && d.tailClass !== c.tailClass) out.push(`tailClass: ${d.tailClass}, wanted ${c.tailClass}`);
  return out;
}
