/**
 * Post "Limitations", remedy 2, reading (c): the bounded reward still helps in the limit of a vanishing KL
 * penalty — lim_{β→0} E[V(π*(β))] > E_π₀[V] — for X ⊥ V, V not constant, any bounded increasing squash.
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { BOUNDED, type Reward } from '../../src/constructions/remedies/boundedReward.ts';
import { boundedAboveV } from '../../src/constructions/remedies/continuousPairs.ts';
import { boundedRewardPair } from '../../src/constructions/remedies/boundedRewardPairs.ts';
import { finitePair, rewardArbitrary } from '../../src/constructions/remedies/remedyCases.ts';
import { quantileCouplingPair } from '../../src/constructions/remedies/copulaPairs.ts';
import { vDegenerateOfPair } from '../../src/constructions/remedies/weakPenaltyCopula.ts';
import { weakPenaltyPairVerdict } from '../../src/constructions/remedies/weakPenaltyLimit.ts';
import { independentXV } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; reward: Reward }

const claim = defineClaim<Case>({
  id: 'remedies/bounded-reward-weak-penalty-literal',
  title: 'A bounded reward keeps E[V] above the base policy as the KL penalty vanishes (β → 0)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote: 'Make reward a bounded function, e.g. always in the interval [−1, 1].',
  aliases: ['post Limitations: bounded reward, reading (c)'],
  reading:
    'For X ⊥ V (V not constant: finite-valued in two fifths of the cases; continuous and bounded above in the rest, with X continuous in two fifths and X purely discrete — categorical, geometric, Poisson, zeta, affine maps and mixtures — in one fifth) and r(U) = m((U − loc)/s) ∈ [−1, 1] (m: clip, tanh, sigmoid, step; bounded by construction): lim_{β→0} E[V(π*(β))] > E[V]. The limit is computed exactly: Q(· | r(U) = 1) where r saturates with positive probability, else lim_{t→sup U} E[V | U > t] from the tail profile of X (weakPenaltyLimit.ts; for a continuous V the saturating limit E[V | U > T] is one quadrature over V and the non-saturating one is decided from the tails: weakPenaltyContinuous.ts). For a discrete X against a continuous V (weakPenaltyDiscreteNoise.ts) the saturating gain is a sum over the atoms of X, Σ p_k E[(V − μ)1{V > T − x_k}]/Q(U > T), exactly 0 iff no atom puts T − x_k strictly inside V\'s support (decided structurally, with exact signs); a tanh/sigmoid tilt is decided from X\'s lattice tail: zeta (long-tailed) gives E[V] (fails), Poisson or X bounded above give sup V, and a geometric lattice makes E[V(π*(β))] oscillate with the phase of the soft threshold, so there the verdict is lim inf > E[V], the limit may not exist (the same for a finite V against a lattice X). The necessity search for independence also draws comonotone and countermonotone pairs (V continuous), whose limit is decided from U\'s monotone pieces in the copula variable (weakPenaltyCopula.ts). A clip or step reward that never leaves −1 on U\'s support (sup U ≤ loc − s, resp. loc) leaves π* = π₀: gain exactly 0.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V (t4Structure.independentXV)', holds: (c) => independentXV(c.pair) },
    { name: 'nonDegenerate(V)', description: 'V takes at least two values (shift classes, or the law of V of a quantile coupling)', holds: (c) => !vDegenerateOfPair(c.pair) },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', 'nonDegenerate(V)': 'load-bearing' },
  conclusion: (c) => weakPenaltyPairVerdict(c.pair, c.reward),
  expect: 'refuted',
  finding:
    'Refuted by a long-tailed X (Student-t, Pareto, lognormal…) with a squash that never reaches its sup (tanh, sigmoid, or clip beyond the support of U): as β → 0 the optimum becomes a soft threshold t_β → ∞ on U, and E[V | U > t] → E[V] (T5\'s mechanism), so catastrophic Goodhart returns. A reward that saturates — Q(r(U) = sup r) > 0, e.g. clip — keeps the gain E[V | r(U) = 1] − E[V] > 0.',
  correctedBy: 'remedies/bounded-reward-weak-penalty',
  uses: ['remedies/bounded-reward-positive-utility'],
  arbitrary: fc.record({ pair: boundedRewardPair({ independent: true, degenerate: false, v: boundedAboveV() }), reward: rewardArbitrary(BOUNDED) }),
  necessityArbitraries: {
    'independent(X, V)': fc.record({ pair: fc.oneof({ arbitrary: finitePair({ degenerate: false }), weight: 4 }, { arbitrary: quantileCouplingPair(), weight: 1 }), reward: rewardArbitrary(BOUNDED) }),
    'nonDegenerate(V)': fc.record({ pair: finitePair({ independent: true }), reward: rewardArbitrary(BOUNDED) }),
  },
  mutants: [{ name: 'flipped: limit ≤ E[V]', conclusion: (c) => weakPenaltyPairVerdict(c.pair, c.reward, true) }],
});

export default claim;
await checkClaimInVitest(claim);
