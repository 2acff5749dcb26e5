/**
 * The post's sentence on light-tailed, independent error, on MDPs: "the optimal policy under a KL penalty
 * results in V > 0", read as E_{π*(β)}[V] > E_π₀[V] (= 0 after centring) for the soft-Bellman optimum π*(β)
 * (the argmax of E_π[U] − β·D_traj) at every β where it exists (src/mdp/t4Positive.ts).
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
  id: 'mdp/positive-utility-literal',
  title: 'On MDPs, light-tailed error independent of V: the soft-Bellman optimum has E[V] > E_π₀[V] (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract and the section before Theorem 4, on MDPs',
  quote: 'when error is light-tailed and independent of V, the optimal policy under a KL penalty results in V > 0',
  aliases: ['post abstract on MDPs'],
  reading:
    'U = X + V per trajectory (src/mdp/xv.ts); X ⊥ V under π₀ (rank-one test, t4Structure.ts), E_π₀[V] finite, and β = b·scale(U) with h(start) = E_π₀[e^{U/β}] < ∞ '
    + '(then the soft-Bellman policy is the argmax for D_traj); conclusion E[V(π*(β))] > E_π₀[V], each side computed two ways. Light-tailed X is implied by the optimum existing.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'the π₀ law of (X, V) is a product (t4Structure.ts xvIndependent)', holds: (c) => xvIndependent(c.xv) },
    { name: 'finiteMean(V)', description: 'E_π₀[V] finite (state-level DP)', holds: (c) => Number.isFinite(partMeanByStates(c.xv, basePolicy(c.xv.mdp), PART_V)) },
    { name: 'optimumExists(β)', description: 'h(start) = E_π₀[e^{U/β}] < ∞ (softBellman.ts)', holds: optimumExists },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'optimumExists(β)': 'load-bearing' },
  conclusion: positiveUtilityVerdict,
  expect: 'refuted',
  finding:
    'Refuted by a degenerate V: an MDP whose rewards and draws are all error (V ≡ 0) satisfies every hypothesis and E_π[V] = E_π₀[V] for every policy. '
    + 'Dependence within a draw refutes it too (a leaf split V = −y, X = 2y: E[V(π*)] < E_π₀[V]), which the sentence excludes. Corrected in mdp/positive-utility: V not a.s. constant.',
  correctedBy: 'mdp/positive-utility',
  uses: ['light-tail/positive-utility-literal'],
  arbitrary: at(fc.oneof(productXv(light), anyXv(lightLeaf()), anyXv(lightLeaf()).map(errorOnly))),
  necessityArbitraries: {
    'independent(X, V)': at(countermoving),
    'finiteMean(V)': at(productXv(minusInfiniteMeanV())),
    'optimumExists(β)': at(productXv(expLeaf()), logUniform(1e-3, 1)),
  },
  mutants: [flipped],
});

export default claim;
await checkClaimInVitest(claim);
