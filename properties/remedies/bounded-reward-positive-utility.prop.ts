/**
 * Corrected reading (b) of the bounded-reward remedy: with X ⊥ V, V not constant and a strictly increasing
 * squash, the KL-penalised optimum of a bounded reward has E[V] > E_π₀[V] at every β — whatever the tail of
 * X. (Proof: Wᵥ = E_X[e^{r(X+v)/β}] is strictly increasing in v, so Cov(V, W_V) > 0.)
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { BOUNDED, STRICTLY_INCREASING, type Reward } from '../../src/constructions/remedies/boundedReward.ts';
import { positiveUtilityVerdict } from '../../src/constructions/remedies/boundedRewardVerdicts.ts';
import { boundedRewardSeries } from '../../src/constructions/remedies/boundedRewardSeries.ts';
import { degenerateVOf, shiftClasses } from '../../src/constructions/remedies/shiftClasses.ts';
import { remedyPair } from '../../src/constructions/remedies/continuousPairs.ts';
import { boundedRewardPair } from '../../src/constructions/remedies/boundedRewardPairs.ts';
import { quantileCouplingPair } from '../../src/constructions/remedies/copulaPairs.ts';
import { buildCached } from '../../src/claims/buildCached.ts';
import { betaArbitrary, finitePair, rewardArbitrary } from '../../src/constructions/remedies/remedyCases.ts';
import { independentXV } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; reward: Reward; beta: number }
const at = (pair: fc.Arbitrary<PairSpec>, squashes = BOUNDED) => fc.record({ pair, reward: rewardArbitrary(squashes), beta: betaArbitrary() });

const claim = defineClaim<Case>({
  id: 'remedies/bounded-reward-positive-utility',
  title: 'Bounded, strictly increasing reward with X ⊥ V: the optimum has E[V] > E_π₀[V] at every β',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote: 'Make reward a bounded function, e.g. always in the interval [−1, 1].',
  aliases: ['post Limitations: bounded reward, reading (b), corrected'],
  reading:
    'For X ⊥ V, V not constant with a finite mean, r(U) = m((U − loc)/s) with m bounded and strictly increasing (tanh, sigmoid) and β > 0: E_{π*(β)}[V] − E_π₀[V] > 0, by more than its error estimate. V finite-valued in half the cases (exact atom sums, one log-space quadrature per atom), continuous in the other half (normal-type, exponential-type, bounded, reflected, mixtures; X continuous, or in a fifth of the cases X discrete — categorical, geometric, Poisson, zeta, affine maps and mixtures — whose node values are exact sums over its atoms, discreteNoiseWeights.ts): there W(v) = E[e^{(r(v + X) − 1)/β}] is increasing in v, so E[(V − μ)(W(V) − W(μ))] is enclosed from W at quantile nodes of V (tiltEnclosure.ts) and certified positive when the enclosure\'s lower end is.',
  hypotheses: [
    { name: 'bounded(r)', description: 'the squash maps into [−1, 1]', holds: (c) => BOUNDED.includes(c.reward.squash) },
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the pair structure (t4Structure.independentXV)', holds: (c) => independentXV(c.pair) },
    {
      name: 'nonDegenerate(V)',
      description: 'V takes at least two values (read from the shift classes, or from the law of V of a quantile coupling)',
      holds: (c) => {
        const k = shiftClasses(c.pair);
        if (k) return !degenerateVOf(k);
        const v = 'v' in c.pair ? buildCached(c.pair.v) : undefined;
        return v !== undefined && v.support.lower < v.support.upper;
      },
    },
    { name: 'strictlyIncreasing(r)', description: 'the squash is strictly increasing on R (tanh, sigmoid; not clip or step)', holds: (c) => STRICTLY_INCREASING.includes(c.reward.squash) },
  ],
  necessity: { 'bounded(r)': 'load-bearing', 'independent(X, V)': 'load-bearing', 'nonDegenerate(V)': 'load-bearing', 'strictlyIncreasing(r)': 'load-bearing' },
  conclusion: (c) => positiveUtilityVerdict(c.pair, c.reward, c.beta),
  expect: 'holds',
  corrects: 'remedies/bounded-reward-positive-utility-literal',
  uses: ['remedies/bounded-reward-optimum-exists'],
  arbitrary: at(boundedRewardPair({ independent: true, maxAtoms: 3 })),
  necessityArbitraries: {
    // the unbounded reward's tilt is closed-form for finite V only
    'bounded(r)': at(finitePair({ independent: true, maxAtoms: 3, degenerate: false }), ['identity']),
    'independent(X, V)': at(fc.oneof({ arbitrary: remedyPair({ maxAtoms: 3, degenerate: false }), weight: 3 }, { arbitrary: quantileCouplingPair(), weight: 1 }), STRICTLY_INCREASING),
    'nonDegenerate(V)': at(finitePair({ independent: true, maxAtoms: 3 }), STRICTLY_INCREASING),
    'strictlyIncreasing(r)': at(boundedRewardPair({ independent: true, maxAtoms: 3, degenerate: false }), ['clip', 'step']),
  },
  mutants: [{ name: 'flipped: E_{P*}[V] ≤ E[V]', conclusion: (c) => positiveUtilityVerdict(c.pair, c.reward, c.beta, true) }],
  // one adaptive log-space quadrature per atom of V (≈1–10 ms): 50 runs keep the file near 5 s
  testRuns: 50,
  series: boundedRewardSeries,
});

export default claim;
await checkClaimInVitest(claim);
