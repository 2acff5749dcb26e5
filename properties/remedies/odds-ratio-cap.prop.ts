/**
 * Corrected odds-ratio remedy: with X ⊥ V, V not constant (finite mean) and X without atoms, the quantilizer
 * Q(· | U ≥ u_K) (the best policy under dπ/dπ₀ ≤ K) has E[V] > E_π₀[V] for every K > 1, however heavy X is.
 * (φ(v) = P(X > u_K − v) is non-decreasing and not constant on the support of V, so Cov(V, φ(V)) > 0.)
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { remedyPair } from '../../src/constructions/remedies/continuousPairs.ts';
import { extendedOddsRatioPairVerdict } from '../../src/constructions/remedies/extendedOddsRatio.ts';
import { comonotonePair, discreteNoiseAtTheCap, discreteNoisePair } from '../../src/constructions/remedies/extendedOddsRatioPairs.ts';
import { atomlessX, nonDegenerateV } from '../../src/constructions/remedies/pairHypotheses.ts';
import { finitePair } from '../../src/constructions/remedies/remedyCases.ts';
import { independentXV } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

interface Case { pair: PairSpec; logK: number }
const logK = fc.oneof(fc.constantFrom(Math.LN2, Math.log(10)), logUniform(1e-6, 50));
const at = (pair: fc.Arbitrary<PairSpec>) => fc.record({ pair, logK });

/**
 * X with two far-apart atoms of mass ½ and K = 2: the top 1/K of U is exactly {X = S}, independent of V, so the
 * quantilizer leaves E[V] unchanged — atoms make the "positive utility" fail (found at some seeds by the
 * discrete generator alone; this case makes the check seed-robust).
 */
const twoAtomsAtTheCap: fc.Arbitrary<Case> = fc.record({
  pair: fc.record({
    kind: fc.constant('independent' as const),
    x: fc.constantFrom(10, 100, 1000).map((s): DistributionSpec => ({ family: 'categorical', values: [0, s], probs: [0.5, 0.5] })),
    v: fc.constantFrom<DistributionSpec>({ family: 'categorical', values: [0, 1], probs: [0.5, 0.5] }, { family: 'categorical', values: [-1, 0, 2], probs: [0.25, 0.5, 0.25] }),
  }),
  logK: fc.constant(Math.LN2),
});

const claim = defineClaim<Case>({
  id: 'remedies/odds-ratio-cap',
  title: 'Odds-ratio cap with X ⊥ V (X without atoms): the quantilizer has E[V] > E_π₀[V]',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote:
    'For heavy-tailed error distributions, KL divergence doesn\'t work, but capping the maximum odds ratio for any action (similar to quantilizers) still results in positive utility.',
  aliases: ['post Limitations: odds-ratio cap, corrected'],
  reading:
    'For X ⊥ V, X without atoms (heavy or light), V not constant with a finite mean, and K > 1: the quantilizer P_K = Q(· | U ≥ u_K) has E_{P_K}[V] − E_Q[V] > 0 by more than its error. Half the cases have a finite-valued V (exact sums of closed-form tails of X), half a continuous V — normal-type, exponential-type, bounded (uniform, beta), reflected, mixtures — and continuous X, where E[(V − μ)(F̄_X(u − V) − F̄_X(u − μ))]/Q(U > u) is one quadrature over V with its error estimate and u is met to |log K′ − log K| ≲ 1e-5 (the verdict is for the cap K′ = 1/Q(U > u) actually met). The necessity searches add a discrete X (finite, lattice, mixtures) against a continuous V, decided by sums over the atoms of X with a bound for the atoms left out, and comonotone pairs, for which {U > u} = {V > v} in closed form.',
  hypotheses: [
    { name: 'cap(K > 1)', description: 'K > 1', holds: (c) => c.logK > 0 },
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the pair structure (t4Structure.independentXV)', holds: (c) => independentXV(c.pair) },
    { name: 'nonDegenerate(V)', description: 'V takes at least two values (every pair kind: pairHypotheses.nonDegenerateV)', holds: (c) => nonDegenerateV(c.pair) },
    { name: 'atomless(X)', description: 'X (every noise law N, = X for independent pairs) is continuous (pairHypotheses.atomlessX)', holds: (c) => atomlessX(c.pair) },
  ],
  necessity: { 'cap(K > 1)': 'load-bearing', 'independent(X, V)': 'load-bearing', 'nonDegenerate(V)': 'load-bearing', 'atomless(X)': 'load-bearing' },
  conclusion: (c) => extendedOddsRatioPairVerdict(c.pair, c.logK),
  expect: 'holds',
  corrects: 'remedies/odds-ratio-cap-literal',
  uses: ['remedies/quantilizer-cost'],
  arbitrary: at(remedyPair({ independent: true })),
  necessityArbitraries: {
    'cap(K > 1)': fc.record({ pair: remedyPair({ independent: true, degenerate: false }), logK: fc.constant(0) }),
    // comonotone pairs (extendedOddsRatioPairs.ts) exercise the hypothesis but only raise E[V]: the refuting
    // cases are X = aV + Z with a < −1 from remedyPair
    'independent(X, V)': fc.oneof({ arbitrary: at(remedyPair({ degenerate: false })), weight: 3 }, { arbitrary: at(comonotonePair()), weight: 1 }),
    'atomless(X)': fc.oneof(
      at(finitePair({ independent: true, degenerate: false, noise: fc.oneof(lightTailed({ discrete: true, maxDepth: 0 }), heavyTailed({ discrete: true, maxDepth: 0 })) })),
      twoAtomsAtTheCap,
      // a discrete X against a continuous V (sums over X's atoms, discreteNoiseOddsRatio.ts), and such pairs at a
      // cap between two atoms' tail masses with V narrower than the gaps: the gain is exactly 0
      at(discreteNoisePair()),
      discreteNoiseAtTheCap(),
    ),
  },
  mutants: [{ name: 'flipped: E_P[V] ≤ E_Q[V]', conclusion: (c) => extendedOddsRatioPairVerdict(c.pair, c.logK, true) }],
});

export default claim;
await checkClaimInVitest(claim);
