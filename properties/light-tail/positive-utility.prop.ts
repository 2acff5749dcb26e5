/**
 * The post's "results in V > 0", corrected: with X ⊥ V, V not a.s. constant and the optimum existing, the
 * KL-optimal tilt factorises and E[V(π*(β))] = Λ_V′(1/β) > Λ_V′(0) = E[V] (Λ_V′ strictly increasing because
 * Λ_V″ = Var under the tilt > 0). Checked with the closed forms of tiltMean.ts, quadrature otherwise.
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fmt, fails, holds } from '../../src/claims/verdicts.ts';
import { uAbscissa } from '../../src/constructions/t4Abscissa.ts';
import { dependentStrongPair, exponentialType, independentPair, klWeightInSpreads, minusInfiniteMeanV, pairOf, pointMassV, stronglyLight } from '../../src/constructions/t4Cases.ts';
import { scaleOf } from '../../src/constructions/t4Grid.ts';
import { positiveShift, positiveUtilityVerdict } from '../../src/constructions/t4PositiveVerdict.ts';
import { buildV, independentXV } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; b: number }
const betaOf = (c: Case): number => c.b * scaleOf(buildV(c.pair));
const at = (pair: fc.Arbitrary<PairSpec>) => fc.record({ pair, b: klWeightInSpreads() });
const light = fc.oneof(stronglyLight(), exponentialType());

const claim = defineClaim<Case>({
  id: 'light-tail/positive-utility',
  title: 'Independent light-tailed error, non-degenerate V: the KL-optimal policy raises E[V]',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract, with the hypothesis the search shows it needs',
  quote: 'when error is light-tailed and independent of V, the optimal policy under a KL penalty results in V > 0',
  aliases: ['post abstract (corrected)'],
  reading:
    'X ⊥ V, V not a.s. constant, E[V] finite, E[e^{U/β}] < ∞: E[V(π*(β))] = Λ_V′(1/β) > E[V] with a margin beating the error.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the dependence structure of the pair (t4Structure.ts)', holds: (c) => independentXV(c.pair) },
    { name: 'finiteMean(V)', description: 'E_π₀[V] finite', holds: (c) => Number.isFinite(buildV(c.pair).mean()) },
    { name: 'optimumExists(β)', description: 'E[e^{U/β}] < ∞, i.e. 1/β < λ₊(U) (t4Abscissa.ts)', holds: (c) => 1 / betaOf(c) < uAbscissa(c.pair).lo },
    { name: 'nonDegenerate(V)', description: 'V is not a.s. constant (support of the built V has two points)', holds: (c) => buildV(c.pair).support.lower < buildV(c.pair).support.upper },
  ],
  necessity: {
    'independent(X, V)': 'load-bearing',
    'finiteMean(V)': 'appears-unnecessary',
    'optimumExists(β)': 'load-bearing',
    'nonDegenerate(V)': 'load-bearing',
  },
  conclusion: (c) => positiveUtilityVerdict(pairOf(c.pair), betaOf(c)),
  expect: 'holds',
  corrects: 'light-tail/positive-utility-literal',
  uses: ['light-tail/positive-utility-literal'],
  // Single light families (and reflections) for the selected cases; pairArbitrary() for breadth.
  arbitrary: at(fc.oneof({ arbitrary: independentPair(light, light), weight: 3 }, { arbitrary: pairArbitrary(), weight: 1 })),
  necessityArbitraries: {
    'independent(X, V)': at(dependentStrongPair()),
    'finiteMean(V)': at(independentPair(stronglyLight(), minusInfiniteMeanV())),
    'optimumExists(β)': at(independentPair(exponentialType(), stronglyLight({ unboundedAbove: true }))),
    'nonDegenerate(V)': at(independentPair(light, pointMassV())),
  },
  mutants: [
    {
      name: 'flipped: E[V(π*(β))] ≤ E[V]',
      conclusion: (c) => {
        const r = positiveShift(pairOf(c.pair), betaOf(c));
        if ('status' in r) return holds('no comparison', {});
        const d = r.tiltedMeanV - r.meanV;
        return d > r.error ? fails(`E[V(π*)] − E[V] = ${fmt(d)} > 0`, { shift: d }) : holds('no increase', { shift: d });
      },
    },
    {
      name: 'factor 2: E[V(π*(β))] − E[V] ≥ 2·Var(V)/β (exact shift for normal V is Var(V)/β)',
      conclusion: (c) => {
        const r = positiveShift(pairOf(c.pair), betaOf(c));
        if ('status' in r) return holds('no comparison', {});
        const want = (2 * buildV(c.pair).variance()) / betaOf(c);
        const d = r.tiltedMeanV - r.meanV;
        return d < want - r.error ? fails(`shift ${fmt(d)} < 2Var/β = ${fmt(want)}`, { shift: d, want }) : holds('shift large enough', { shift: d, want });
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
