/**
 * Pairs for the bounded-reward claims (properties/remedies/bounded-reward-*.prop.ts): remedyPair's finite-V and
 * continuous-V pairs (continuousPairs.ts; their continuous V comes with a continuous X), plus X discrete ⊥ V
 * continuous (extendedOddsRatioPairs.discreteNoisePair: categorical, point mass, geometric, Poisson, zeta X,
 * affine maps and mixtures of these). For the latter the node values W(v) = E[h(v + X)] and their gaps are exact
 * sums over the atoms of X (discreteNoiseWeights.ts, dispatched from boundedReward.logMeanH/logMeanHGap).
 * Where dependence is allowed (`copula` > 0, not with `independent`), also the quantile couplings of
 * copulaPairs.ts (comonotone and countermonotone, V continuous: copulaTiltEnclosure.ts).
 */
import fc from 'fast-check';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { continuousV, remedyPair } from './continuousPairs.ts';
import { discreteNoisePair } from './extendedOddsRatioPairs.ts';
import { quantileCouplingPair } from './copulaPairs.ts';
import type { FinitePairConstraints } from './remedyCases.ts';

export interface BoundedRewardPairConstraints extends FinitePairConstraints {
  /** V laws of the continuous-V pairs may be heavy (continuousV(true)). Default false */
  readonly heavyV?: boolean;
  /** the continuous V laws (default continuousV(heavyV)) */
  readonly v?: fc.Arbitrary<DistributionSpec>;
  /** weight of the discrete-X ⊥ continuous-V pairs against remedyPair's weight 4. Default 1 (a fifth) */
  readonly discreteNoise?: number;
  /** weight of the comonotone/countermonotone pairs (ignored with `independent`). Default 0 */
  readonly copula?: number;
}

/**
 * remedyPair (weight 4) mixed with X discrete ⊥ V continuous (weight `discreteNoise`, default 1) and, unless
 * `independent`, quantile couplings (weight `copula`, default 0).
 */
export function boundedRewardPair(c: BoundedRewardPairConstraints = {}): fc.Arbitrary<PairSpec> {
  const { discreteNoise = 1, copula = 0, ...rest } = c;
  const v = c.v ?? continuousV(c.heavyV);
  const parts = [{ arbitrary: remedyPair(rest), weight: 4 }, { arbitrary: discreteNoisePair(v), weight: discreteNoise }];
  if (copula > 0 && !c.independent) parts.push({ arbitrary: quantileCouplingPair(v), weight: copula });
  return fc.oneof(...parts);
}
