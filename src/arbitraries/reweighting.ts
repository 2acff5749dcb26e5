/**
 * `reweightingArbitrary()`: plain-JSON reweightings P ≪ Q (src/constructions/reweighting.ts) of every kind —
 * piecewise-constant density ratios on quantile bins, mixtures (1 − w)Q + wR, exponential tilts (both
 * signs, up to the MGF abscissa), T1 tail reweightings (threshold up to e^{−700} of survival, any tail
 * mass) and conditioning on {X > s}. Magnitudes span many decades (weights 1e-4…1e4, tilts within 1e-9 of 0
 * and of the abscissa, mixture weights within 1e-9 of 0 and 1), so D(P‖Q) runs from ~1e-20 to hundreds.
 * Shrinks toward the simplest kinds (piecewise with one cut, small tilts).
 *
 * @example reweightingArbitrary() generates { kind: 'piecewise', cuts: [0.5], weights: [1, 2] } (ratio 2/3 and
 * 4/3 on the two halves of Q: KL = ln(4/3)·2/3 − ln(3/2)/3 ≈ 0.0566), { kind: 'tilt', u: 0.999999999 }, …
 */
import fc from 'fast-check';
import type { ReweightingSpec } from '../constructions/reweighting.ts';
import { logUniform } from './logUniform.ts';
import { openUnitInterval } from './openUnitInterval.ts';

/** Options of {@link reweightingArbitrary}. */
export interface ReweightingConstraints {
  /** nesting depth of mixtures. Default: 2 */
  readonly maxDepth?: number;
  /** most cuts of a piecewise ratio. Default: 6 */
  readonly maxCuts?: number;
}

const weight = fc.oneof({ withCrossShrink: true }, fc.constantFrom(1, 2, 0.5), logUniform(1e-4, 1e4));
const signedUnit = fc.oneof(
  { withCrossShrink: true },
  fc.constantFrom(0.5, -0.5, 0.1),
  openUnitInterval(),
  openUnitInterval().map((u) => -u),
  logUniform(1e-9, 1e-3),
);

function piecewise(maxCuts: number): fc.Arbitrary<ReweightingSpec> {
  return fc
    .uniqueArray(openUnitInterval({ minLog10: -12 }), { minLength: 1, maxLength: maxCuts })
    .chain((cuts) =>
      fc.array(weight, { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map((weights) => ({
        kind: 'piecewise' as const,
        cuts: [...cuts].sort((a, b) => a - b),
        weights,
      })),
    );
}

export function reweightingArbitrary(constraints: ReweightingConstraints = {}): fc.Arbitrary<ReweightingSpec> {
  const depth = constraints.maxDepth ?? 2;
  if (!(Number.isInteger(depth) && depth >= 0 && depth <= 5)) {
    throw new RangeError(`reweightingArbitrary constraints.maxDepth must be an integer in [0, 5]; got ${depth}`);
  }
  const survival = fc.oneof({ withCrossShrink: true }, fc.constantFrom(0.5, 2), logUniform(1e-6, 700));
  const leaves: fc.Arbitrary<ReweightingSpec>[] = [
    piecewise(constraints.maxCuts ?? 6),
    signedUnit.map((u) => ({ kind: 'tilt' as const, u })),
    fc.record({ a: survival, mass: openUnitInterval({ minLog10: -12 }) }).map((r) => ({ kind: 'tail' as const, ...r })),
    survival.map((a) => ({ kind: 'conditioning' as const, a })),
  ];
  const leaf = fc.oneof({ withCrossShrink: true }, ...leaves);
  let arb = leaf;
  for (let k = 0; k < depth; k++) {
    const inner = arb;
    arb = fc.oneof(
      { withCrossShrink: true },
      { arbitrary: leaf, weight: 4 },
      { arbitrary: fc.record({ w: openUnitInterval(), inner }).map((r) => ({ kind: 'mixture' as const, ...r })), weight: 1 },
    );
  }
  return arb;
}
