/**
 * Post "Limitations", remedy 2, reading (a): with a bounded reward r(U) ∈ [−1, 1] the KL-penalised optimum
 * exists for every β > 0 and every law of U — heavy, infinite-mean, discrete — because
 * Z(β) = E_Q[e^{r/β}] ∈ [e^{−1/β}, e^{1/β}]; with the unbounded reward r = U (scaled) it does not when U is heavy.
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { BOUNDED, type Reward } from '../../src/constructions/remedies/boundedReward.ts';
import { optimumExistsVerdict } from '../../src/constructions/remedies/boundedRewardVerdicts.ts';
import { remedyPair } from '../../src/constructions/remedies/continuousPairs.ts';
import { boundedRewardPair } from '../../src/constructions/remedies/boundedRewardPairs.ts';
import { betaArbitrary, finitePair, rewardArbitrary } from '../../src/constructions/remedies/remedyCases.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; reward: Reward; beta: number }
const at = (squashes: Parameters<typeof rewardArbitrary>[0], pair = remedyPair({ maxAtoms: 3, heavyV: true })) =>
  fc.record({ pair, reward: rewardArbitrary(squashes), beta: betaArbitrary() });

const claim = defineClaim<Case>({
  id: 'remedies/bounded-reward-optimum-exists',
  title: 'With a bounded reward the KL-penalised optimum exists for every β and every law of U',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote: 'Make reward a bounded function, e.g. always in the interval [−1, 1].',
  aliases: ['post Limitations: bounded reward, reading (a)'],
  reading:
    'r(U) = m((U − loc)/s) with m ∈ {clip, tanh, sigmoid (2σ − 1), step}: Z(β) = E_Q[e^{r/β}] is finite and lies in [e^{−1/β}, e^{1/β}] (for a finite V: exact atom sums and one log-space quadrature per atom; for a continuous V — half the cases, independent or dependent, heavy V included — an enclosure of E[W(V)] from W at quantile nodes of V, W monotone between them: tiltEnclosure.ts; X discrete against a continuous V in a fifth of the cases: W at the nodes as exact sums over the atoms of X, discreteNoiseWeights.ts; comonotone and countermonotone pairs in a sixth: E[h(U)] enclosed piece by piece of V from h at the ends of U\'s range there, copulaTiltEnclosure.ts), so π*(β) ∝ e^{r/β} exists — even when U = X + V is heavy, where without the remedy sup_π E[U] − βKL = ∞.',
  hypotheses: [
    { name: 'bounded(r)', description: 'sup |r| < ∞: the squash m maps into [−1, 1] (identity does not)', holds: (c) => BOUNDED.includes(c.reward.squash) },
  ],
  necessity: { 'bounded(r)': 'load-bearing' },
  conclusion: (c) => optimumExistsVerdict(c.pair, c.reward, c.beta),
  expect: 'holds',
  uses: [],
  arbitrary: at(BOUNDED, boundedRewardPair({ maxAtoms: 3, heavyV: true, copula: 1 })),
  necessityArbitraries: {
    // the unbounded reward's E[e^{θU}] is decided for finite V (closed-form MGFs of the shifts)
    'bounded(r)': at(['identity'], finitePair({ maxAtoms: 3 })),
  },
  mutants: [{ name: 'Z ≤ 1 (log E[e^{r/β}] ≤ 0)', conclusion: (c) => optimumExistsVerdict(c.pair, c.reward, c.beta, true) }],
  // one adaptive log-space quadrature per atom of V (≈1–10 ms): 50 runs keep the file near 5 s
  testRuns: 50,
});

export default claim;
await checkClaimInVitest(claim);
