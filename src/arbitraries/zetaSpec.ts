/**
 * `zetaSpec()`: zeta (Zipf) specs {s}, P(X = k) ∝ k^{−s} on k = 1, 2, …; s over (1, 50] with corners
 * near 1, 2 and 3 (discrete and heavy; infinite mean for s ≤ 2).
 */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { FiniteMeanConstraints } from './familyConstraints.ts';
import { positiveShape } from './positiveShape.ts';

export function zetaSpec(constraints: FiniteMeanConstraints = {}): fc.Arbitrary<SpecOf<'zeta'>> {
  return positiveShape({ min: constraints.finiteMean ? 2 : 1, max: 50, corners: [2, 3] }).map((s) => ({ family: 'zeta', s }));
}
