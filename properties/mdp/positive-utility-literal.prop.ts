/**
 * The post's sentence on light-tailed, independent error, on MDPs: "the optimal policy under a KL penalty
 * results in V > 0", read as E_{π*(β)}[V] > E_π₀[V] (= 0 after centring) for the soft-Bellman optimum π*(β)
 * (the argmax of E_π[U] − β·D_traj) at every β where it exists (src/mdp/t4Positive.ts).
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { lightLeaf, expLeaf, strongLeaf, anyXv, productXv } from '../../src/mdp/t4Cases.ts';
import { errorOnly, positiveUtilityVerdict, type T4PositiveCase } from '../../src/mdp/t4Positive.ts';
import {
  flippedPositiveUtility, positiveCaseAt as at, positiveUtilityHypotheses, positiveUtilityNecessityCases,
} from '../../src/mdp/t4PositiveClaim.ts';

const light = fc.oneof(strongLeaf(), expLeaf());

const claim = defineClaim<T4PositiveCase>({
  id: 'mdp/positive-utility-literal',
  title: 'On MDPs, light-tailed error independent of V: the soft-Bellman optimum has E[V] > E_π₀[V] (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract and the section before Theorem 4, on MDPs',
  quote: 'when error is light-tailed and independent of V, the optimal policy under a KL penalty results in V > 0',
  aliases: ['post abstract on MDPs'],
  reading:
    'U = X + V per trajectory (src/mdp/xv.ts); X ⊥ V under π₀ (rank-one test, t4Structure.ts), E_π₀[V] finite, and β = b·scale(U) with h(start) = E_π₀[e^{U/β}] < ∞ '
    + '(then the soft-Bellman policy is the argmax for D_traj); conclusion E[V(π*(β))] > E_π₀[V], each side computed two ways. Light-tailed X is implied by the optimum existing.',
  hypotheses: positiveUtilityHypotheses,
  necessity: { 'independent(X, V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'optimumExists(β)': 'load-bearing' },
  conclusion: positiveUtilityVerdict,
  expect: 'refuted',
  finding:
    'Refuted by a degenerate V: an MDP whose rewards and draws are all error (V ≡ 0) satisfies every hypothesis and E_π[V] = E_π₀[V] for every policy. '
    + 'Dependence within a draw refutes it too (a leaf split V = −y, X = 2y: E[V(π*)] < E_π₀[V]), which the sentence excludes. Corrected in mdp/positive-utility: V not a.s. constant.',
  correctedBy: 'mdp/positive-utility',
  uses: ['light-tail/positive-utility-literal'],
  arbitrary: at(fc.oneof(productXv(light), anyXv(lightLeaf()), anyXv(lightLeaf()).map(errorOnly))),
  necessityArbitraries: positiveUtilityNecessityCases,
  mutants: [flippedPositiveUtility],
});

export default claim;
await checkClaimInVitest(claim);
