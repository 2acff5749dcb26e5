/**
 * `weibullSpec()`: Weibull specs {k, lambda}. The shape decides the right-tail class (claims.md §1):
 * k < 1 heavy, k = 1 exponential (light), k > 1 strongly light; corners k → 1 from each side.
 */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';
import { shapeNear } from './shapeNear.ts';

/** Options of {@link weibullSpec}. */
export interface WeibullSpecConstraints {
  /**
   * Which right-tail class the shape k gives: 'heavy' (k ∈ [0.02, 1)), 'light' (k = 1),
   * 'stronglyLight' (k ∈ (1, 20]) or 'any'. Default: 'any'
   */
  readonly tail?: 'heavy' | 'light' | 'stronglyLight' | 'any';
}

/**
 * k ≥ 0.02 keeps the mean λΓ(1 + 1/k) a finite double. The corner k → 1⁻ is generated at a lower weight:
 * there the witnesses of the heavy-tail claims lie beyond the double range, t ≈ (c/ε)^{1/(1−k)}, and every
 * such case can only be reported inconclusive; it stays in the generator so that the report keeps counting it.
 */
const heavyK = fc.oneof({ withCrossShrink: true },
  { arbitrary: fc.constantFrom(0.5, 0.25), weight: 3 },
  { arbitrary: shapeNear(1, { side: 'below' }), weight: 1 },
  { arbitrary: positiveShape({ min: 0.02, max: 0.999, corners: [] }), weight: 4 });
const strongK = fc.oneof({ withCrossShrink: true }, fc.constantFrom(2, 3),
  shapeNear(1, { side: 'above' }), positiveShape({ min: 1, max: 20, corners: [2] }));

export function weibullSpec(constraints: WeibullSpecConstraints = {}): fc.Arbitrary<SpecOf<'weibull'>> {
  const tail = constraints.tail ?? 'any';
  const k = tail === 'heavy' ? heavyK : tail === 'light' ? fc.constant(1) : tail === 'stronglyLight' ? strongK
    : fc.oneof({ withCrossShrink: true }, fc.constant(1), strongK, heavyK);
  return fc.tuple(k, positiveScale()).map(([kk, lambda]) => ({ family: 'weibull', k: kk, lambda }));
}
