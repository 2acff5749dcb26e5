/** Plain-data cases of the sigmoid claims: a pair (X, V), a squashing function, and the claim's levels. */
import fc from 'fast-check';
import type { PairSpec } from '../../pairs/types.ts';
import type { SquashSpec } from './squash.ts';

export const squashSpec: fc.Arbitrary<SquashSpec> = fc.oneof(
  fc.constant<SquashSpec>({ kind: 'logistic' }),
  fc.constant<SquashSpec>({ kind: 'tanh' }),
  fc.constant<SquashSpec>({ kind: 'arctan' }),
  fc.constant<SquashSpec>({ kind: 'clip', lo: -1, hi: 1 }),
);

export interface SigmoidCase {
  readonly pair: PairSpec;
  readonly sigma: SquashSpec;
  /** literal: the level L of "near-optimal" (J > L); corrected: the KL weight β */
  readonly level: number;
  /** "V ≈ 0": |E_P[V] − E_Q[V]| < η */
  readonly eta: number;
}
