/**
 * The toy model's first sentence, as worded, at every point of parameter space: every direction that raises
 * E[U] without raising KL raises severity and lowers frequency or quality (exact gradients, directions.ts).
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { holds, inconclusive } from '../../src/claims/verdicts.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { toyCase, toyPointOf, type ToyCase } from '../../src/constructions/toyModel/cases.ts';
import { fixedKlDirectionVerdict } from '../../src/constructions/toyModel/directions.ts';
import { toyModelSeries } from '../../src/constructions/toyModel/series.ts';

const verdict = (c: ToyCase) => {
  const r = toyPointOf(c);
  return r ? fixedKlDirectionVerdict(r.x, r.pt, r.t) : inconclusive('severity or balanced quality not in double range');
};

const claim = defineClaim<ToyCase>({
  id: 'toy-model/fixed-kl-directions-literal',
  title: 'Toy model: every fixed-KL improvement raises severity and lowers frequency or quality (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" (toy model)',
  quote:
    'Consider a toy model where an AI can adjust three parameters: true quality V of responses, frequency of reward hacking (producing actions with extremely high X), and severity of hacking (value of X on those actions). All ways to adjust the policy to increase E[U] without increasing KL increase severity of hacking while decreasing either frequency of hacking or quality of responses.',
  aliases: ['post Limitations: toy model, sentence 1'],
  reading:
    'Model (toyModel.ts): V ~ N(θ, 1); with probability p, X ~ Q(· | X > s), else X ~ Q(· | X ≤ s); KL = θ²/2 + kl(p‖F̄(s)), E[U] = θ + (1 − p)E[X | X ≤ s] + pE[X | X > s]. At every point (θ, p, s): each d with ∇KL·d ≤ 0 < ∇E[U]·d has ds > 0 and (dθ < 0 or dp < 0).',
  hypotheses: [
    { name: 'heavyTailed(X)', description: 'the error has a heavy right tail (λ₊ = 0, claims.md §1): "extremely high X"', holds: (c) => build(c.x).tailClass === 'heavy' },
    { name: 'finiteMean(X)', description: 'E_Q[X] finite, so E[U] is finite at every policy', holds: (c) => Number.isFinite(build(c.x).mean()) },
    { name: 'density(X)', description: 'X has a density (∂/∂s exists)', holds: (c) => build(c.x).support.kind === 'continuous' },
  ],
  necessity: { 'heavyTailed(X)': 'load-bearing', 'finiteMean(X)': 'appears-unnecessary', 'density(X)': 'load-bearing' },
  conclusion: verdict,
  expect: 'refuted',
  finding:
    'Off the surface θ·(H − L) = logit p − logit F̄(s), trading quality against frequency at fixed severity (d ∝ ±(∂_pKL, −θ, 0)) raises E[U] at constant KL, so "all ways … increase severity" fails at almost every point; below the base (θ < 0 or p < F̄(s)) raising quality or frequency frees KL. The corrected claim adds that the policy is balanced, hacks more than the base and that severity still pays (toy-model/fixed-kl-directions).',
  correctedBy: 'toy-model/fixed-kl-directions',
  uses: [],
  arbitrary: toyCase(heavyTailed({ finiteMean: true, continuous: true })),
  necessityArbitraries: {
    'heavyTailed(X)': toyCase(lightTailed({ finiteMean: true, continuous: true, unboundedAbove: true })),
    'finiteMean(X)': toyCase(heavyTailed({ continuous: true })),
    'density(X)': toyCase(heavyTailed({ finiteMean: true, discrete: true })),
  },
  mutants: [
    {
      name: 'flipped: every fixed-KL improvement lowers severity',
      conclusion: (c) => {
        const v = verdict(c);
        // the refuting cases of the flipped sentence are exactly those where the sentence holds (ds > 0)
        return v.status === 'holds' ? { ...v, status: 'fails' as const, summary: `an improving direction with ds > 0: ${v.summary}` } : holds('no direction with ds > 0 certified', {});
      },
      arbitrary: toyCase(heavyTailed({ finiteMean: true, continuous: true }), { theta: 'balanced', moreHacking: true }),
    },
  ],
  series: toyModelSeries,
});

export default claim;
await checkClaimInVitest(claim);
