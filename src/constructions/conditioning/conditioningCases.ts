/**
 * Generators for the conditioning claims (T5, T6): plain JSON pair specs. The claims compute their hypotheses
 * from the built laws; these generators only decide where the search spends its runs.
 * `resolvable` keeps the main searches where a grid inside the double range can show a limit: a limit at
 * infinity is only visible on the grid (thresholdGrid.ts) when the tails involved are not at the degenerate
 * corners — power index of X at least ½ (else t(20) = e^{40} already… e^{1400}), V's power indices at least 1.5 on
 * both sides (a mean that is barely finite converges like t^{1−α}, i.e. not at all on any double grid). The
 * corners stay in the search through a low-weight branch of the unrestricted generators, where they are
 * reported inconclusive (beyond the double range) rather than hidden.
 */
import fc from 'fast-check';
import { anyDistribution } from '../../arbitraries/anyDistribution.ts';
import { heavyTailed } from '../../arbitraries/heavyTailed.ts';
import { lightTailed } from '../../arbitraries/lightTailed.ts';
import { logUniform } from '../../arbitraries/logUniform.ts';
import { buildCached } from '../../claims/buildCached.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { tailRatioDecision } from './tailRatio.ts';
import { gridThresholds } from './thresholdGrid.ts';

/** Both marginals' power indices away from the corners, and three grid thresholds within range. */
export function resolvable(x: DistributionSpec, v: DistributionSpec): boolean {
  const X = buildCached(x);
  const V = buildCached(v);
  return X.tails.right.powerIndex >= 0.5 && V.tails.right.powerIndex >= 1.5 && V.tails.left.powerIndex >= 1.5 && gridThresholds(X, V, 3).length === 3;
}

/** The T5 tail-ratio hypothesis is decided by the profiles (tailRatio.ts): undecided pairs are not generated. */
export const decided = (x: DistributionSpec, v: DistributionSpec): boolean => tailRatioDecision(buildCached(x), buildCached(v)) !== 'undecided';

export const independent = (x: fc.Arbitrary<DistributionSpec>, v: fc.Arbitrary<DistributionSpec>, keep: (x: DistributionSpec, v: DistributionSpec) => boolean = () => true): fc.Arbitrary<PairSpec> =>
  fc.tuple(x, v).filter(([xs, vs]) => keep(xs, vs)).map(([xs, vs]): PairSpec => ({ kind: 'independent', x: xs, v: vs }));

/** Comonotone and countermonotone couplings (X = q_X(W), V = q_V(W) or q_V(1 − W)). */
export const coupled = (x: fc.Arbitrary<DistributionSpec>, v: fc.Arbitrary<DistributionSpec>, keep: (x: DistributionSpec, v: DistributionSpec) => boolean = () => true): fc.Arbitrary<PairSpec> =>
  fc.tuple(x, v, fc.boolean()).filter(([xs, vs]) => keep(xs, vs)).map(([xs, vs, counter]): PairSpec => ({ kind: counter ? 'countermonotone' : 'comonotone', x: xs, v: vs }));

/** X = aV + c (Z a point mass, so X has a built marginal: an affine image of V). */
export const linearInV = (v: fc.Arbitrary<DistributionSpec>): fc.Arbitrary<PairSpec> =>
  fc.tuple(v, fc.constantFrom(-3, -2, -1, -0.5, 0.5, 2), fc.constantFrom(0, 1, -1)).map(([vs, a, c]): PairSpec => ({ kind: 'linear', v: vs, z: { family: 'pointMass', x: c }, a }));

/** The tolerance factor τ of T5 (tol = τ·spread(V)). */
export const toleranceFactor = (): fc.Arbitrary<number> => fc.oneof(fc.constantFrom(0.05, 0.1), logUniform(0.01, 0.2));

export { anyDistribution, heavyTailed, lightTailed };
