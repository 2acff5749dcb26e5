/**
 * The pieces shared by mdp/positive-utility-literal and its correction mdp/positive-utility: the case
 * generator (an X/V-split MDP with a KL weight b), the three hypotheses of the post's sentence, the generators
 * that exercise their necessity, and the flipped-inequality mutant. The corrected claim adds nonDegenerate(V).
 */
import fc from 'fast-check';
import { logUniform } from '../arbitraries/logUniform.ts';
import type { Hypothesis, Mutant } from '../claims/types.ts';
import { fmt, fails, holds } from '../claims/verdicts.ts';
import { klWeightInSpreads, minusInfiniteMeanV } from '../constructions/t4Cases.ts';
import { anyXv, expLeaf, productXv, strongLeaf } from './t4Cases.ts';
import { optimumExists, positiveShift, type T4PositiveCase } from './t4Positive.ts';
import { xvIndependent } from './t4Structure.ts';
import { basePolicy } from './types.ts';
import { PART_V, type XvMdpSpec } from './xv.ts';
import { partMeanByStates } from './xvParts.ts';

/** A case: the MDP with its X/V split, and the KL weight b (β = b·scale(U)). */
export const positiveCaseAt = (xv: fc.Arbitrary<XvMdpSpec>, b: fc.Arbitrary<number> = klWeightInSpreads()): fc.Arbitrary<T4PositiveCase> =>
  fc.record({ xv, b });

/** The sentence's hypotheses: X ⊥ V under π₀, E_π₀[V] finite, and the KL-penalised optimum exists at β. */
export const positiveUtilityHypotheses: readonly Hypothesis<T4PositiveCase>[] = [
  { name: 'independent(X, V)', description: 'the π₀ law of (X, V) is a product (t4Structure.ts xvIndependent)', holds: (c) => xvIndependent(c.xv) },
  { name: 'finiteMean(V)', description: 'E_π₀[V] finite (state-level DP)', holds: (c) => Number.isFinite(partMeanByStates(c.xv, basePolicy(c.xv.mdp), PART_V)) },
  { name: 'optimumExists(β)', description: 'h(start) = E_π₀[e^{U/β}] < ∞ (softBellman.ts)', holds: optimumExists },
];

/** Utility leaves that decrease with U (share −1, −½, 2 with an error remainder): dependent within the draw. */
const countermoving = anyXv(strongLeaf({ unboundedAbove: true }), { leafShare: fc.constantFrom(-1, -0.5, 2) });

/** Generators of the cases each hypothesis excludes. */
export const positiveUtilityNecessityCases: Readonly<Record<string, fc.Arbitrary<T4PositiveCase>>> = {
  'independent(X, V)': positiveCaseAt(countermoving),
  'finiteMean(V)': positiveCaseAt(productXv(minusInfiniteMeanV())),
  'optimumExists(β)': positiveCaseAt(productXv(expLeaf()), logUniform(1e-3, 1)),
};

/** The flipped inequality E[V(π*(β))] ≤ E_π₀[V]: must be refuted on independent, unbounded-utility MDPs. */
export const flippedPositiveUtility: Mutant<T4PositiveCase> = {
  name: 'flipped: E[V(π*(β))] ≤ E_π₀[V]',
  arbitrary: positiveCaseAt(productXv(strongLeaf({ unboundedAbove: true }))),
  conclusion: (c) => {
    const r = positiveShift(c);
    if ('status' in r) return holds('no comparison', {});
    const d = r.tiltedMeanV - r.meanV;
    return d > r.error ? fails(`E[V(π*)] − E_π₀[V] = ${fmt(d)} > 0`, { shift: d, error: r.error }) : holds('no increase', { shift: d });
  },
};
