/**
 * What the headline claims generate and assume (claims.md "Headline corollary"): the hypotheses as predicates
 * on the built pair (U's law from its summands, headlineSumLaw.ts; V's marginal as buildPair builds it), and
 * pair generators aimed at each hypothesis — heavy finite-mean error with light utility in every dependence
 * kind for the main search, and for each necessity check the cases its hypothesis excludes.
 */
import fc from 'fast-check';
import { heavyTailed } from '../arbitraries/heavyTailed.ts';
import { lightTailed } from '../arbitraries/lightTailed.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import type { Hypothesis } from '../claims/types.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import type { PairFunction, PairSpec } from '../pairs/types.ts';
import { sumLawOf, vMarginalOf } from './headlineSumLaw.ts';

export const heavyU: Hypothesis<{ pair: PairSpec }> = {
  name: 'heavyTailed(U)',
  description: 'U = X + V is heavy-tailed under Q: E[e^{λU}] = ∞ for all λ > 0 (claims.md §1), decided from the summands (independent sum: a summand heavy; comonotone: a marginal heavy; countermonotone: a heavy right tail against a non-heavy left tail)',
  holds: (c) => sumLawOf(c.pair).tail === 'heavy',
};
export const finiteMeanU: Hypothesis<{ pair: PairSpec }> = { name: 'finiteMean(U)', description: 'E_Q[U] exists and is finite', holds: (c) => Number.isFinite(sumLawOf(c.pair).mean) };
export const lightV: Hypothesis<{ pair: PairSpec }> = { name: 'lightTailed(V)', description: 'V is light-tailed on the right under Q: λ₊ > 0 (claims.md §1)', holds: (c) => vMarginalOf(c.pair).tailClass !== 'heavy' };
export const finiteMeanV: Hypothesis<{ pair: PairSpec }> = { name: 'finiteMean(V)', description: 'E_Q[V] exists and is finite', holds: (c) => Number.isFinite(vMarginalOf(c.pair).mean()) };

export const headlineHypotheses = [heavyU, finiteMeanU, lightV, finiteMeanV];

const lightFm = lightTailed({ maxDepth: 1, finiteMean: true });
const heavyFm = heavyTailed({ maxDepth: 1, finiteMean: true });
const coefficient = fc.constantFrom(0, 1, -1, 2, 0.5, -0.5, -2);
const pairFunction: fc.Arbitrary<PairFunction> = fc.oneof(
  fc.record({ kind: fc.constant('linear' as const), a: coefficient, b: fc.constantFrom(0, 1, -10) }),
  fc.constant<PairFunction>({ kind: 'square' }),
  fc.record({ kind: fc.constant('clip' as const), lo: fc.constantFrom(-1, 0, 2), hi: fc.constantFrom(3, 10) }),
);

/** Pairs of every kind with the error drawn from `error` and the utility from `utility`. */
function pairsOf(error: fc.Arbitrary<DistributionSpec>, utility: fc.Arbitrary<DistributionSpec>, withMixtures = true): fc.Arbitrary<PairSpec> {
  const flat: fc.Arbitrary<PairSpec> = fc.oneof(
    fc.record({ kind: fc.constant('independent' as const), x: error, v: utility }),
    fc.record({ kind: fc.constant('linear' as const), v: utility, z: error, a: coefficient }),
    fc.record({ kind: fc.constant('functional' as const), v: utility, noise: error, f: pairFunction }),
    fc.record({ kind: fc.constant('comonotone' as const), x: error, v: utility }),
    fc.record({ kind: fc.constant('countermonotone' as const), x: error, v: utility }),
  );
  if (!withMixtures) return flat;
  const mixture = fc.tuple(flat, flat, fc.double({ min: 0.01, max: 0.99, noNaN: true })).map(([a, b, w]): PairSpec => ({ kind: 'latentMixture', components: [a, b], weights: [w, 1 - w] }));
  return fc.oneof({ arbitrary: flat, weight: 4 }, { arbitrary: mixture, weight: 1 });
}

/** V = loc − scale·Pareto(x_m, α ≤ 1): light (bounded) on the right, mean −∞. */
const minusInfiniteMean: fc.Arbitrary<DistributionSpec> = fc
  .tuple(fc.double({ min: 0.3, max: 1, noNaN: true }), logUniform(0.1, 10), fc.constantFrom(0, 1, -5))
  .map(([alpha, scale, loc]): DistributionSpec => ({ family: 'affine', base: { family: 'pareto', xm: 1, alpha }, loc, scale: -scale }));

export const headlineNecessityPairs = {
  /** heavy finite-mean error, light finite-mean utility, every dependence kind */
  main: pairsOf(heavyFm, lightFm),
  /** both light: U light */
  lightU: pairsOf(lightFm, lightFm, false),
  /** heavy error without a finite mean */
  infiniteMeanU: pairsOf(heavyTailed({ maxDepth: 1 }), lightFm),
  /** light error, heavy utility with a finite mean */
  heavyV: pairsOf(lightFm, heavyFm, false),
  /** X = −V + Z: U = Z heavy with a finite mean while E[V] = −∞ */
  minusInfiniteMeanV: fc.record({ kind: fc.constant('linear' as const), v: minusInfiniteMean, z: heavyFm, a: fc.constant(-1) }) as fc.Arbitrary<PairSpec>,
};
