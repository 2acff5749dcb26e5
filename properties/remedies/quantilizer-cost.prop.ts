/**
 * The quantilizer guarantee behind the post's odds-ratio remedy (claims.md §2 "Remedies"): a policy whose
 * odds ratio against π₀ never exceeds K incurs at most K times π₀'s expected cost, for every cost c ≥ 0 —
 * including heavy-tailed costs, where the bound is vacuous (E_Q[c] = ∞) or finite but far from E_Q[c].
 */
import fc from 'fast-check';
import { anyDistribution } from '../../src/arbitraries/anyDistribution.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { openUnitInterval } from '../../src/arbitraries/openUnitInterval.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { perCase } from '../../src/claims/perCase.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { capOf, costBoundVerdict } from '../../src/constructions/remedies/quantilizerCertificate.ts';
import { costBins, costInf, type CostSpec, type RatioSpec } from '../../src/constructions/remedies/quantilizerCost.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

/** π₀'s law Q, a cost, a piecewise density ratio dP/dQ, and K = kOverMax·max dP/dQ. */
interface Case { q: DistributionSpec; cost: CostSpec; ratio: RatioSpec; kOverMax: number }

const weight = fc.oneof(fc.constantFrom(0, 1, 2), logUniform(1e-4, 1e4));
const ratio: fc.Arbitrary<RatioSpec> = fc.oneof(
  // the quantilizer Q(· | X > q(1 − 1/K')): ratio 0 below, K' above
  logUniform(1 + 1e-6, 1e12).map((k) => ({ cuts: [1 - 1 / k], weights: [0, 1] })),
  fc.uniqueArray(openUnitInterval({ minLog10: -12 }), { minLength: 1, maxLength: 5 }).chain((cuts) =>
    fc.array(weight, { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map((weights) => ({ cuts: [...cuts].sort((a, b) => a - b), weights }))),
).filter((r) => r.weights.some((w) => w > 0));
const cost = (m: fc.Arbitrary<number>): fc.Arbitrary<CostSpec> =>
  fc.record({ kind: fc.constantFrom('hinge', 'indicator'), side: fc.constantFrom(1, -1), level: openUnitInterval(), w: logUniform(1e-3, 1e3), m });
const at = (m: fc.Arbitrary<number>, kOverMax: fc.Arbitrary<number>) =>
  fc.record({ q: anyDistribution({ maxDepth: 1 }), cost: cost(m), ratio, kOverMax });
/** the discretisation (cut points, bin probabilities, weights), computed at most once per case, and only where needed */
const bins = perCase((c: Case) => costBins(build(c.q), c.ratio));
const binsOf = (c: Case) => () => bins(c);

const claim = defineClaim<Case>({
  id: 'remedies/quantilizer-cost',
  title: 'An odds-ratio cap K bounds every non-negative expected cost by K times the base policy\'s',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" (quantilizers: Taylor 2016)',
  quote: 'capping the maximum odds ratio for any action (similar to quantilizers)',
  aliases: ['quantilizer cost bound', 'claims.md §2: for cost c ≥ 0, E_P[c] ≤ K·E_Q[c]'],
  reading:
    'For P with dP/dQ ≤ K (piecewise-constant ratios on quantile bins of Q, the quantilizer among them) and c ≥ 0 (hinge or indicator costs of either tail, scaled and shifted), E_P[c] ≤ K·E_Q[c]; decided by the proof\'s certificate term by term (every bin has P_i ≤ K·Q_i, compared exactly, and c ≥ 0), else by the two sides as closed-form sums whose difference must beat its error estimate.',
  hypotheses: [
    { name: 'nonNegativeCost(c)', description: 'inf of c over the support of Q is ≥ 0', holds: (c) => costInf(build(c.q), c.cost) >= 0 },
    { name: 'oddsRatioCap(P, K)', description: 'dP/dQ ≤ K on every bin of positive Q-probability (w_i ≤ kOverMax·w_max, compared exactly)', holds: (c) => capOf(c.ratio, c.kOverMax, binsOf(c)).status !== 'violated' },
  ],
  necessity: { 'nonNegativeCost(c)': 'load-bearing', 'oddsRatioCap(P, K)': 'load-bearing' },
  conclusion: (c) => costBoundVerdict(build(c.q), c.cost, c.ratio, c.kOverMax, false, binsOf(c)),
  expect: 'holds',
  uses: [],
  arbitrary: at(fc.oneof(fc.constant(0), logUniform(1e-6, 1e3)), fc.oneof(fc.constant(1), logUniform(1, 100))),
  necessityArbitraries: {
    'nonNegativeCost(c)': at(logUniform(1e-6, 1e3).map((m) => -m), fc.oneof(fc.constant(1), logUniform(1, 100))),
    'oddsRatioCap(P, K)': at(fc.oneof(fc.constant(0), logUniform(1e-6, 1e3)), logUniform(1e-3, 0.999)),
  },
  mutants: [{ name: 'factor K dropped: E_P[c] ≤ E_Q[c]', conclusion: (c) => costBoundVerdict(build(c.q), c.cost, c.ratio, c.kOverMax, true, binsOf(c)) }],
});

export default claim;
await checkClaimInVitest(claim);
