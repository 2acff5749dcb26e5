/**
 * `categoricalSpec()`: categorical specs {values, probs}: 1…maxAtoms distinct values in increasing order,
 * probs from normalised positive integers (Σ = 1 within a few ulps). Shrinks toward one atom at 0.
 */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import { normalise } from './probabilityVector.ts';
import { realLocation } from './realLocation.ts';

/** Options of {@link categoricalSpec}. */
export interface CategoricalSpecConstraints {
  /** most atoms. Default: 5 */
  readonly maxAtoms?: number;
}

export function categoricalSpec(constraints: CategoricalSpecConstraints = {}): fc.Arbitrary<SpecOf<'categorical'>> {
  const weight = fc.oneof({ withCrossShrink: true }, fc.constant(1), fc.integer({ min: 1, max: 1000 }));
  return fc
    .uniqueArray(fc.tuple(realLocation(), weight), {
      minLength: 1,
      maxLength: constraints.maxAtoms ?? 5,
      selector: (t) => t[0],
    })
    .map((atoms) => {
      const sorted = [...atoms].sort((p, q) => p[0] - q[0]);
      return { family: 'categorical', values: sorted.map((t) => t[0]), probs: normalise(sorted.map((t) => t[1])) };
    });
}
