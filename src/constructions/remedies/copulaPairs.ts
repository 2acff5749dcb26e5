/**
 * Quantile couplings for the bounded-reward claims (copulaTiltEnclosure.ts): X = F_X⁻¹(W) with X any law
 * (remedyCases.anyNoise: heavy, light, discrete), V = F_V⁻¹(W) ('comonotone') or F_V⁻¹(1 − W)
 * ('countermonotone'), V continuous with a finite mean (default continuousPairs.continuousV(); pass
 * continuousV(true) for heavy V), the couplings given equally often (default both).
 */
import fc from 'fast-check';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { continuousV } from './continuousPairs.ts';
import { anyNoise } from './remedyCases.ts';

export type CopulaKind = 'comonotone' | 'countermonotone';

export function quantileCouplingPair(v: fc.Arbitrary<DistributionSpec> = continuousV(), kinds: readonly CopulaKind[] = ['comonotone', 'countermonotone']): fc.Arbitrary<PairSpec> {
  return fc.tuple(fc.constantFrom(...kinds), anyNoise(), v).map(([kind, x, vs]): PairSpec => ({ kind, x, v: vs }));
}
