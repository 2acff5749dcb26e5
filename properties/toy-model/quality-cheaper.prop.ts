/**
 * The toy model's second sentence, corrected: with quality kept above the base (θ ≥ θ₀ > 0) and hacking rare
 * (p ≤ ½), a heavy-tailed error makes lowering quality K times cheaper than lowering frequency once E[U] is large
 * enough, for every K (returns.ts, returnsVerdict.ts).
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, holds } from '../../src/claims/verdicts.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';
import { qualityCheaperVerdict } from '../../src/constructions/toyModel/returnsVerdict.ts';
import { lazyRhoGrid } from '../../src/constructions/toyModel/rhoGrid.ts';

interface Case { x: DistributionSpec; theta0: number; K: number }
const cases = (x: fc.Arbitrary<DistributionSpec>) => fc.record({ x, theta0: logUniform(0.01, 10), K: logUniform(2, 100) });

const claim = defineClaim<Case>({
  id: 'toy-model/quality-cheaper',
  title: 'Toy model: with quality above base and rare hacking, heavy X makes quality the cheaper source of KL at large E[U]',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" (toy model)',
  quote: 'When E[U] is already large, decreasing quality has much better returns than decreasing frequency.',
  aliases: ['post Limitations: toy model, sentence 2 (corrected)'],
  reading:
    'R = θ(H − L)/(logit p − logit F̄(s)) (how many times less E[U] is lost per unit of KL freed through quality than through frequency). For every K there is M with R ≥ K at every point with θ ≥ θ₀, F̄(s) < p ≤ ½ and E[U] ≥ M. Checked: R ≥ θ₀(s − μ)/(−log F̄(s)) certified on every interval of a eighth-decade grid of s from s̄ to the end of double range (s = 1e300, or log F̄ = −∞), with the bound still growing over the last decade (the trend beyond); refuted for light tails by a Chernoff–Jensen bound ρ → 1/λ.',
  hypotheses: [
    { name: 'heavyTailed(X)', description: 'the paper\'s heavy (H_P): e^{λx}F̄(x) → ∞ for every λ > 0, needed for (s − μ)/(−log F̄(s)) → ∞', holds: (c) => build(c.x).tails.right.heavyPaper },
    { name: 'finiteMean(X)', description: 'E_Q[X] finite', holds: (c) => Number.isFinite(build(c.x).mean()) },
  ],
  // finiteMean(X) not exercised: with E[X] = ∞ the model's E[U] is infinite for every p > 0, so "when E[U] is already
  // large" and the ratio of returns are undefined — every such case is inconclusive
  necessity: { 'heavyTailed(X)': 'load-bearing', 'finiteMean(X)': 'not-exercised' },
  conclusion: (c) => qualityCheaperVerdict(build(c.x), c.theta0, c.K),
  expect: 'holds',
  inconclusiveBudget: {
    share: 0.03,
    reason: 'Weibull-type tails with shape k within ~1e-2 of 1 (generated on purpose near the boundary) have ρ(s) ≈ λ^k s^{1−k}, which reaches K/θ₀ only at s ≈ (K/θ₀)^{1/(1−k)} > 1e300: beyond double range (measured 1.6% of 1000 cases)',
  },
  corrects: 'toy-model/quality-cheaper-literal',
  uses: [],
  arbitrary: cases(heavyTailed({ finiteMean: true, continuous: true })),
  necessityArbitraries: {
    'heavyTailed(X)': cases(lightTailed({ finiteMean: true, continuous: true, unboundedAbove: true })),
    'finiteMean(X)': fc.record({ x: heavyTailed({ continuous: true }), theta0: logUniform(0.01, 10), K: logUniform(2, 100) }),
  },
  mutants: [
    {
      name: 'flipped: R stays below K in the far tail',
      conclusion: (c) => {
        const g = lazyRhoGrid(build(c.x));
        const last = g.n > 0 ? g.rhoLow(g.n - 1) : NaN;
        return c.theta0 * last >= c.K ? fails(`θ₀·ρ ≥ ${c.theta0 * last} ≥ K at s = ${g.a(g.n)}`, { last }) : holds('not refuted', {});
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
