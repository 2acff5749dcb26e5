/**
 * Post "Limitations", remedy 2, reading (b), as worded: a bounded reward prevents catastrophic Goodhart —
 * at a fixed KL weight β the optimum π*(β) ∝ e^{r(U)/β} has E[V] above the base policy's, for every pair
 * (X, V) the wording allows (dependent ones included).
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { BOUNDED, type Reward } from '../../src/constructions/remedies/boundedReward.ts';
import { positiveUtilityVerdict } from '../../src/constructions/remedies/boundedRewardVerdicts.ts';
import { boundedRewardPair } from '../../src/constructions/remedies/boundedRewardPairs.ts';
import { betaArbitrary, finitePair, rewardArbitrary } from '../../src/constructions/remedies/remedyCases.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; reward: Reward; beta: number }

const claim = defineClaim<Case>({
  id: 'remedies/bounded-reward-positive-utility-literal',
  title: 'A bounded reward gives the KL-penalised optimum E[V] above the base policy (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote: 'Make reward a bounded function, e.g. always in the interval [−1, 1].',
  aliases: ['post Limitations: bounded reward, reading (b)'],
  reading:
    'As a remedy against catastrophic Goodhart (E[V(π)] ≈ E_π₀[V]): for r(U) ∈ [−1, 1] (clip, tanh, sigmoid, step) and β > 0, E_{π*(β)}[V] > E_π₀[V]. X any law, heavy included; U = X + V with X ⊥ V or dependent (X = aV + Z, X = f(V) + noise, latent mixtures). V finite-valued in half the cases (exact sums of tails of X, one quadrature per atom), continuous in the other half (normal, exponential, bounded, reflected, heavy with a finite mean, mixtures; X continuous), where the sign of E[(V − μ)W(V)] is decided by a rigorous enclosure from W at quantile nodes of V (tiltEnclosure.ts). A fifth of the other pairs: X discrete (finite, lattice, mixtures) ⊥ V continuous (node values as exact sums over the atoms of X, discreteNoiseWeights.ts); a sixth of all: comonotone and countermonotone pairs (copulaTiltEnclosure.ts).',
  hypotheses: [
    { name: 'bounded(r)', description: 'the squash maps into [−1, 1]', holds: (c) => BOUNDED.includes(c.reward.squash) },
  ],
  necessity: { 'bounded(r)': 'load-bearing' },
  conclusion: (c) => positiveUtilityVerdict(c.pair, c.reward, c.beta),
  expect: 'refuted',
  finding:
    'Refuted by dependence (X = −2V + Z: U = −V + Z decreases in V, so any reward increasing in U lowers E[V]) and by a constant V; a clip or step reward that saturates on the whole support of U also leaves E[V] unchanged. Also refuted by countermonotone pairs (V = F_V⁻¹(1 − W)) where the spread of X dominates, e.g. X ~ N(0, 10), V ~ N(0, 1): U = 9Z, V = −Z, tanh reward at β = 1: E_{P*}[V] − E[V] = −0.624 (mpmath −0.6239). The corrected claim assumes X ⊥ V, V not constant and a strictly increasing squash (tanh, sigmoid).',
  correctedBy: 'remedies/bounded-reward-positive-utility',
  uses: ['remedies/bounded-reward-optimum-exists'],
  arbitrary: fc.record({ pair: boundedRewardPair({ maxAtoms: 3, heavyV: true, copula: 1 }), reward: rewardArbitrary(BOUNDED), beta: betaArbitrary() }),
  necessityArbitraries: {
    'bounded(r)': fc.record({ pair: finitePair({ maxAtoms: 3 }), reward: rewardArbitrary(['identity']), beta: betaArbitrary() }),
  },
  mutants: [{ name: 'flipped: E_{P*}[V] ≤ E[V]', conclusion: (c) => positiveUtilityVerdict(c.pair, c.reward, c.beta, true) }],
  // one adaptive log-space quadrature per atom of V (≈1–10 ms): 50 runs keep the file near 5 s
  testRuns: 50,
});

export default claim;
await checkClaimInVitest(claim);
