/**
 * The post's sentence on light-tailed, independent error: "the optimal policy under a KL penalty results in
 * V > 0", read as E_{π*(β)}[V] > E_{π₀}[V] (= 0 after centring) at every β where the optimum exists.
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

/** A pair and the KL weight in units of V's spread: β = b·scaleOf(V). */
interface Case { pair: PairSpec; b: number }
const betaOf = (c: Case): number => c.b * scaleOf(buildV(c.pair));
const at = (pair: fc.Arbitrary<PairSpec>) => fc.record({ pair, b: klWeightInSpreads() });

const claim = defineClaim<Case>({
  id: 'light-tail/positive-utility-literal',
  title: 'Light-tailed independent error: the KL-optimal policy has E[V] > E_π₀[V] (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract and the section before Theorem 4',
  quote:
    'when error is light-tailed and independent of V, the optimal policy under a KL penalty results in V > 0',
  aliases: ['post abstract', 'post T4 section: "the optimum of E[U(π)] − βD_KL(π, π₀) has E[V(π)] > 0"'],
  reading:
    'X ⊥ V, E[V] finite, and β with E[e^{U/β}] < ∞ (then π*(β) is the tilt ∝ e^{U/β}); conclusion E[V(π*(β))] > E[V]. Light-tailed X is implied by the optimum existing (E[e^{U/β}] = M_X(1/β)·M_V(1/β)), so it is not a separate hypothesis.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the dependence structure of the pair (t4Structure.ts)', holds: (c) => independentXV(c.pair) },
    { name: 'finiteMean(V)', description: 'E_π₀[V] finite (so it can be centred to 0)', holds: (c) => Number.isFinite(buildV(c.pair).mean()) },
    { name: 'optimumExists(β)', description: 'E[e^{U/β}] < ∞, i.e. 1/β < λ₊(U) (t4Abscissa.ts): π*(β) exists', holds: (c) => 1 / betaOf(c) < uAbscissa(c.pair).lo },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'optimumExists(β)': 'load-bearing' },
  conclusion: (c) => positiveUtilityVerdict(pairOf(c.pair), betaOf(c)),
  expect: 'refuted',
  finding:
    'Refuted by a degenerate V (V = c a.s.: E_P[V] = c for every policy, so the optimum does not raise it); dependence refutes it too (X = −2V + Z: E[V(π*)] = Λ_V′(−1/β) < E[V]), which the sentence excludes by "independent". The corrected claim adds "V not a.s. constant".',
  correctedBy: 'light-tail/positive-utility',
  uses: [],
  // everything the wording allows, with degenerate V (a point mass) as a branch of its own so the search meets it
  arbitrary: at(fc.oneof(pairArbitrary(), independentPair(stronglyLight(), pointMassV()))),
  necessityArbitraries: {
    'independent(X, V)': at(dependentStrongPair()),
    'finiteMean(V)': at(independentPair(stronglyLight(), minusInfiniteMeanV())),
    'optimumExists(β)': at(independentPair(exponentialType(), stronglyLight({ unboundedAbove: true }))),
  },
  mutants: [
    {
      name: 'flipped: E[V(π*(β))] ≤ E[V]',
      // refuted wherever the literal claim holds: independent pairs with a non-degenerate, unbounded V
      arbitrary: at(independentPair(stronglyLight(), stronglyLight({ unboundedAbove: true }))),
      conclusion: (c) => {
        const r = positiveShift(pairOf(c.pair), betaOf(c));
        if ('status' in r) return holds('no comparison', {});
        const d = r.tiltedMeanV - r.meanV;
        return d > r.error ? fails(`E[V(π*)] − E[V] = ${fmt(d)} > 0`, { shift: d, error: r.error }) : holds('no increase', { shift: d });
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
