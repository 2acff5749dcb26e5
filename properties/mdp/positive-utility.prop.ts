/**
 * The post's "results in V > 0" on MDPs, corrected: with X ⊥ V under π₀, V not a.s. constant and the soft-Bellman
 * optimum existing, the trajectory tilt factorises and E[V(π*(β))] = Λ_V′(1/β) > Λ_V′(0) = E_π₀[V] (Λ_V″ = the
 * tilted variance > 0). Both sides computed two ways (src/mdp/t4Positive.ts).
 */
import fc from 'fast-check';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fmt, fails, holds } from '../../src/claims/verdicts.ts';
import { klWeightInSpreads, minusInfiniteMeanV } from '../../src/constructions/t4Cases.ts';
import { anyXv, expLeaf, lightLeaf, productXv, strongLeaf } from '../../src/mdp/t4Cases.ts';
import { errorOnly, optimumExists, positiveShift, positiveUtilityVerdict, type T4PositiveCase } from '../../src/mdp/t4Positive.ts';
import { xvIndependent } from '../../src/mdp/t4Structure.ts';
import { PART_V, type XvMdpSpec } from '../../src/mdp/xv.ts';
import { partLaw } from '../../src/mdp/xvLaws.ts';
import { partMeanByStates } from '../../src/mdp/xvParts.ts';
import { basePolicy } from '../../src/mdp/types.ts';

const at = (xv: fc.Arbitrary<XvMdpSpec>, b: fc.Arbitrary<number> = klWeightInSpreads()) => fc.record({ xv, b });
const light = fc.oneof(strongLeaf(), expLeaf());
/** Utility leaves that decrease with U (share −1, −½, 2 with an error remainder): dependent within the draw. */
const countermoving = anyXv(strongLeaf({ unboundedAbove: true }), { leafShare: fc.constantFrom(-1, -0.5, 2) });

const flipped = {
  name: 'flipped: E[V(π*(β))] ≤ E_π₀[V]',
  arbitrary: at(productXv(strongLeaf({ unboundedAbove: true }))),
  conclusion: (c: T4PositiveCase) => {
    const r = positiveShift(c);
    if ('status' in r) return holds('no comparison', {});
    const d = r.tiltedMeanV - r.meanV;
    return d > r.error ? fails(`E[V(π*)] − E_π₀[V] = ${fmt(d)} > 0`, { shift: d, error: r.error }) : holds('no increase', { shift: d });
  },
};

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
    { name: 'independent(X, V)', description: 'the π₀ law of (X, V) is a product (t4Structure.ts xvIndependent)', holds: (c) => xvIndependent(c.xv) },
    { name: 'finiteMean(V)', description: 'E_π₀[V] finite (state-level DP)', holds: (c) => Number.isFinite(partMeanByStates(c.xv, basePolicy(c.xv.mdp), PART_V)) },
    { name: 'optimumExists(β)', description: 'h(start) = E_π₀[e^{U/β}] < ∞ (softBellman.ts)', holds: optimumExists },
    { name: 'nonDegenerate(V)', description: 'V is not a.s. constant under π₀ (support of the built law has two points)', holds: (c) => partLaw(c.xv, PART_V).support.lower < partLaw(c.xv, PART_V).support.upper },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'optimumExists(β)': 'load-bearing', 'nonDegenerate(V)': 'load-bearing' },
  conclusion: positiveUtilityVerdict,
  expect: 'holds',
  corrects: 'mdp/positive-utility-literal',
  uses: ['mdp/positive-utility-literal', 'light-tail/positive-utility'],
  arbitrary: at(fc.oneof({ arbitrary: productXv(light), weight: 3 }, { arbitrary: anyXv(lightLeaf()), weight: 1 })),
  necessityArbitraries: {
    'independent(X, V)': at(countermoving),
    'finiteMean(V)': at(productXv(minusInfiniteMeanV())),
    'optimumExists(β)': at(productXv(expLeaf()), logUniform(1e-3, 1)),
    'nonDegenerate(V)': at(anyXv(lightLeaf()).map(errorOnly)),
  },
  mutants: [flipped],
});

export default claim;
await checkClaimInVitest(claim);
