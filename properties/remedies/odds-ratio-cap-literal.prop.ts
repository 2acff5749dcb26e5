/**
 * Post "Limitations", remedy 1, as worded: regularising by an odds-ratio cap K (dπ/dπ₀ ≤ K, "similar to
 * quantilizers") instead of KL "still results in positive utility": the best policy under the cap, the
 * quantilizer Q(· | U ≥ u_K), has E[V] above the base policy's, for every pair the wording allows.
 */
import fc from 'fast-check';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { remedyPair } from '../../src/constructions/remedies/continuousPairs.ts';
import { extendedOddsRatioPairVerdict } from '../../src/constructions/remedies/extendedOddsRatio.ts';
import { extendedOddsRatioPair } from '../../src/constructions/remedies/extendedOddsRatioPairs.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

/** A pair and log K, the log of the odds-ratio cap. */
interface Case { pair: PairSpec; logK: number }

const claim = defineClaim<Case>({
  id: 'remedies/odds-ratio-cap-literal',
  title: 'An odds-ratio cap (quantilizer) gives positive utility (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote:
    'For heavy-tailed error distributions, KL divergence doesn\'t work, but capping the maximum odds ratio for any action (similar to quantilizers) still results in positive utility.',
  aliases: ['post Limitations: odds-ratio cap'],
  reading:
    '"Positive utility" with E_π₀[V] = 0: the maximiser of E_P[U] over {dP/dQ ≤ K}, K > 1 — the quantilizer Q(· | U ≥ u_K), randomised at an atom — has E_P[V] > E_Q[V]. U = X + V, X any law (heavy: the sentence\'s case), X ⊥ V or dependent (X = aV + Z, X = f(V) + noise, latent mixtures); V finite-valued (exact sums) in half the cases, continuous in the other half (normal, exponential, bounded, reflected, heavy with a finite mean, mixtures; X continuous; one quadrature over V, continuousOddsRatio.ts); a quarter of the pairs are a discrete X (finite, lattice, mixtures) against a continuous V (sums over the atoms of X, discreteNoiseOddsRatio.ts) or comonotone pairs ({U > u} = {V > v}, copulaOddsRatio.ts).',
  hypotheses: [
    { name: 'cap(K > 1)', description: 'K = e^{logK} > 1 (K = 1 allows only P = Q)', holds: (c) => c.logK > 0 },
  ],
  necessity: { 'cap(K > 1)': 'load-bearing' },
  conclusion: (c) => extendedOddsRatioPairVerdict(c.pair, c.logK),
  expect: 'refuted',
  finding:
    'Refuted by dependence (X = −2V + Z: the top of U is the bottom of V, so the quantilizer lowers E[V]) and by a constant V; with a discrete X the cap can also leave E[V] exactly unchanged (every value of V has the same chance to clear u_K), also for a continuous V narrower than the gaps between the atoms of X. The corrected claim assumes X ⊥ V, V not constant and X without atoms.',
  correctedBy: 'remedies/odds-ratio-cap',
  uses: ['remedies/quantilizer-cost'],
  arbitrary: fc.record({ pair: fc.oneof({ arbitrary: remedyPair({ heavyV: true }), weight: 3 }, { arbitrary: extendedOddsRatioPair({ heavyV: true }), weight: 1 }), logK: fc.oneof(fc.constantFrom(Math.LN2, Math.log(10)), logUniform(1e-6, 50)) }),
  necessityArbitraries: { 'cap(K > 1)': fc.record({ pair: remedyPair({ degenerate: false }), logK: fc.constant(0) }) },
  mutants: [{ name: 'flipped: E_P[V] ≤ E_Q[V]', conclusion: (c) => extendedOddsRatioPairVerdict(c.pair, c.logK, true) }],
});

export default claim;
await checkClaimInVitest(claim);
