/**
 * Corrected reading (c) of the bounded-reward remedy: a reward that saturates on the support of U
 * (Q(r(U) = sup r) > 0, e.g. clip) in a way that depends on V keeps lim_{β→0} E[V(π*(β))] = E[V | r(U) = 1] > E[V] for X ⊥ V and V not
 * constant, whatever the tail of X.
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { BOUNDED, type Reward } from '../../src/constructions/remedies/boundedReward.ts';
import { boundedRewardPair } from '../../src/constructions/remedies/boundedRewardPairs.ts';
import { finitePair, rewardArbitrary } from '../../src/constructions/remedies/remedyCases.ts';
import { quantileCouplingPair } from '../../src/constructions/remedies/copulaPairs.ts';
import { saturationDependsOnVPair, weakPenaltyPairVerdict } from '../../src/constructions/remedies/weakPenaltyLimit.ts';
import { independentXV } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; reward: Reward }
const at = (pair: fc.Arbitrary<PairSpec>, squashes = BOUNDED) => fc.record({ pair, reward: rewardArbitrary(squashes) });

const claim = defineClaim<Case>({
  id: 'remedies/bounded-reward-weak-penalty',
  title: 'A saturating bounded reward keeps a gain in V as β → 0: the limit is E[V | r(U) = 1] > E[V]',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" ("Goodhart seems preventable")',
  quote: 'Make reward a bounded function, e.g. always in the interval [−1, 1].',
  aliases: ['post Limitations: bounded reward, reading (c), corrected'],
  reading:
    'r = m((U − loc)/s) with m bounded by construction (clip, step; tanh, sigmoid for the necessity check). For X ⊥ V (V not constant: finite-valued in two fifths of the cases — exact sums —; continuous in the rest, with X continuous in two fifths, where E[V | U > T] is one quadrature over V with its error estimate: weakPenaltyContinuous.ts, and X purely discrete — categorical, geometric, Poisson, zeta, affine maps and mixtures — in one fifth, where E[(V − μ)1{U > T}] = Σ p_k E[(V − μ)1{V > T − x_k}] and Q(U > T) are sums over the atoms of X with a rigorous bound for the atoms not summed one by one: weakPenaltyDiscreteNoise.ts) and r(U) ∈ [−1, 1] with Q(r(U) = 1) > 0 and P(r(U) = 1 | V = v) not constant in v (for a discrete X: some atom puts T − x strictly inside V\'s support, decided structurally with exact signs): π*(β) → Q(· | r(U) = 1) as β → 0 and lim E[V(π*(β))] − E[V] = E[V | r(U) = 1] − E[V] > 0, an exact sum of tails of X. The necessity search for independence also draws comonotone and countermonotone pairs (V continuous), whose limit is decided from U\'s monotone pieces in the copula variable (weakPenaltyCopula.ts). A clip or step reward that never leaves −1 on U\'s support (sup U ≤ loc − s, resp. loc) leaves π* = π₀: gain exactly 0.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V (t4Structure.independentXV)', holds: (c) => independentXV(c.pair) },
    {
      name: 'saturationDependsOnV',
      description: 'the reward saturates (Q(r(U) = 1) > 0; V then not constant either) and P(r(U) = 1 | V = v) is not the same for every value v of V (1e-12 relative): no gap of X\'s support separates the saturation event from V',
      holds: (c) => saturationDependsOnVPair(c.pair, c.reward),
    },
  ],
  necessity: { 'independent(X, V)': 'load-bearing', saturationDependsOnV: 'load-bearing' },
  conclusion: (c) => weakPenaltyPairVerdict(c.pair, c.reward),
  expect: 'holds',
  corrects: 'remedies/bounded-reward-weak-penalty-literal',
  uses: ['remedies/bounded-reward-positive-utility'],
  arbitrary: at(boundedRewardPair({ independent: true, degenerate: false }), ['clip', 'step']),
  necessityArbitraries: {
    // dependent pairs: shift form with finite V, and quantile couplings (comonotone, countermonotone: weakPenaltyCopula.ts)
    'independent(X, V)': at(fc.oneof({ arbitrary: finitePair({ degenerate: false }), weight: 4 }, { arbitrary: quantileCouplingPair(), weight: 1 }), ['clip', 'step']),
    // tanh/sigmoid never saturate; clip/step with a gap in X or a constant V give a saturation event free of V
    saturationDependsOnV: at(finitePair({ independent: true }), BOUNDED),
  },
  mutants: [{ name: 'flipped: limit ≤ E[V]', conclusion: (c) => weakPenaltyPairVerdict(c.pair, c.reward, true) }],
});

export default claim;
await checkClaimInVitest(claim);
