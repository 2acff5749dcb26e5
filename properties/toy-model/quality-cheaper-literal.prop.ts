/**
 * The toy model's second sentence, as worded: "when E[U] is already large", decreasing quality frees KL much more
 * cheaply than decreasing frequency — at every point (θ, p, s) with E[U] ≥ M, for some level M.
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
import { pointAtLevel, qualityCheaperLiteralVerdict } from '../../src/constructions/toyModel/returnsVerdict.ts';

interface Case { x: DistributionSpec; M: number; K: number }
const cases = (x: fc.Arbitrary<DistributionSpec>) => fc.record({ x, M: logUniform(1, 1e12), K: logUniform(2, 100) });

const claim = defineClaim<Case>({
  id: 'toy-model/quality-cheaper-literal',
  title: 'Toy model: at large E[U], decreasing quality has much better returns than decreasing frequency (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" (toy model)',
  quote: 'When E[U] is already large, decreasing quality has much better returns than decreasing frequency.',
  aliases: ['post Limitations: toy model, sentence 2'],
  reading:
    'Returns = E[U] lost per unit of KL freed: 1/θ through quality, (H − L)/(logit p − logit F̄(s)) through frequency; R = their ratio (returns.ts). "Much better" = R ≥ K. Claim: for the case\'s K there is M such that every point (θ, p, s) of the model with E[U] ≥ M has R ≥ K; checked at the case\'s M by constructing a point with E[U] ≥ M and R < K.',
  hypotheses: [
    { name: 'heavyTailed(X)', description: 'heavy right tail (λ₊ = 0): "extremely high X"', holds: (c) => build(c.x).tailClass === 'heavy' },
    { name: 'finiteMean(X)', description: 'E_Q[X] finite', holds: (c) => Number.isFinite(build(c.x).mean()) },
  ],
  necessity: { 'heavyTailed(X)': 'load-bearing', 'finiteMean(X)': 'appears-unnecessary' },
  conclusion: (c) => qualityCheaperLiteralVerdict(build(c.x), c.M, c.K),
  expect: 'refuted',
  finding:
    'At every level M the point (θ, ½, s) with (H + L)/2 ≥ M and θ = K·(−logit F̄(s))/(2(H − L)) has E[U] ≥ M and R = K/2: with quality near its base value, lowering it frees almost no KL (∂KL/∂θ = θ). The corrected claim keeps θ ≥ θ₀ > 0 and p ≤ ½ (toy-model/quality-cheaper).',
  correctedBy: 'toy-model/quality-cheaper',
  uses: [],
  arbitrary: cases(heavyTailed({ finiteMean: true, continuous: true })),
  necessityArbitraries: {
    'heavyTailed(X)': cases(lightTailed({ finiteMean: true, continuous: true, unboundedAbove: true })),
    'finiteMean(X)': cases(heavyTailed({ continuous: true })),
  },
  mutants: [
    {
      name: 'flipped: frequency is always the cheaper one (R < 1 at every point)',
      conclusion: (c) => {
        const pt = pointAtLevel(build(c.x), c.M, 2);
        return pt && pt.R >= 1 ? fails(`θ=${pt.theta}, p=½, s=${pt.s}: E[U]=${pt.meanU} ≥ M and R=${pt.R} ≥ 1`, { ...pt }) : holds('no point built', {});
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
