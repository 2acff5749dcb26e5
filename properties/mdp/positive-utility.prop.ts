/**
 * The post's "results in V > 0" on MDPs, corrected: with X ⊥ V under π₀, V not a.s. constant and the soft-Bellman
 * optimum existing, the trajectory tilt factorises and E[V(π*(β))] = Λ_V′(1/β) > Λ_V′(0) = E_π₀[V] (Λ_V″ = the
 * tilted variance > 0). Both sides computed two ways (src/mdp/t4Positive.ts).
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { lightLeaf, expLeaf, strongLeaf, anyXv, productXv } from '../../src/mdp/t4Cases.ts';
import { errorOnly, positiveUtilityVerdict, type T4PositiveCase } from '../../src/mdp/t4Positive.ts';
import {
  flippedPositiveUtility, positiveCaseAt as at, positiveUtilityHypotheses, positiveUtilityNecessityCases,
} from '../../src/mdp/t4PositiveClaim.ts';
import { PART_V } from '../../src/mdp/xv.ts';
import { partLaw } from '../../src/mdp/xvLaws.ts';

const light = fc.oneof(strongLeaf(), expLeaf());

const claim = defineClaim<T4PositiveCase>({
  id: 'mdp/positive-utility',
  title: 'On MDPs, independent light-tailed error, non-degenerate V: the soft-Bellman optimum raises E[V]',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract, on MDPs, with the hypothesis the search shows it needs',
  quote: 'when error is light-tailed and independent of V, the optimal policy under a KL penalty results in V > 0',
  aliases: ['post abstract on MDPs (corrected)'],
  reading:
    'X ⊥ V under π₀ (rank-one test), V not a.s. constant, E_π₀[V] finite, h(start) < ∞ at β = b·scale(U): E[V(π*(β))] − E_π₀[V] > 0 with a margin beating the disagreement of '
    + 'the state DP and the trajectory tilt (and of the two computations of E_π₀[V]).',
  hypotheses: [
    ...positiveUtilityHypotheses,
    { name: 'nonDegenerate(V)', description: 'V is not a.s. constant under π₀ (support of the built law has two points)', holds: (c) => partLaw(c.xv, PART_V).support.lower < partLaw(c.xv, PART_V).support.upper },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'optimumExists(β)': 'load-bearing', 'nonDegenerate(V)': 'load-bearing' },
  conclusion: positiveUtilityVerdict,
  expect: 'holds',
  corrects: 'mdp/positive-utility-literal',
  uses: ['mdp/positive-utility-literal', 'light-tail/positive-utility'],
  arbitrary: at(fc.oneof({ arbitrary: productXv(light), weight: 3 }, { arbitrary: anyXv(lightLeaf()), weight: 1 })),
  necessityArbitraries: {
    ...positiveUtilityNecessityCases,
    'nonDegenerate(V)': at(anyXv(lightLeaf()).map(errorOnly)),
  },
  mutants: [flippedPositiveUtility],
});

export default claim;
await checkClaimInVitest(claim);
