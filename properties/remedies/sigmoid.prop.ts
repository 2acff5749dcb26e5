/**
 * The sigmoid remedy with the KL as a penalty: maximising σ(E[U]) − β·D_KL with σ bounded, a heavy-tailed proxy
 * makes sup = sup σ, reachable at vanishing KL, so every near-optimal policy is close to the base in KL and hence
 * in E[V] (Donsker–Varadhan) — the reading under which the post's sentence holds.
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds } from '../../src/claims/verdicts.ts';
import { finiteMeanU, headlineNecessityPairs, heavyU, lightV } from '../../src/constructions/headlineCases.ts';
import { vMarginalOf } from '../../src/constructions/headlineSumLaw.ts';
import { squashSpec, type SigmoidCase } from '../../src/constructions/sigmoid/cases.ts';
import { sigmoidPenalisedVerdict, twoSidedDv } from '../../src/constructions/sigmoid/penalisedVerdict.ts';
import { squashOf } from '../../src/constructions/sigmoid/squash.ts';
import { sigmoidSeries } from '../../src/constructions/sigmoid/series.ts';
import type { PairSpec } from '../../src/pairs/types.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

const cases = (pair: fc.Arbitrary<PairSpec>, eta = logUniform(1e-2, 10)) => fc.record({ pair, sigma: squashSpec, level: logUniform(1e-3, 1e3), eta });
const normal = (mu: fc.Arbitrary<number>): fc.Arbitrary<DistributionSpec> => fc.record({ family: fc.constant('normal' as const), mu, sigma: logUniform(0.3, 3) });
const independent = (x: fc.Arbitrary<DistributionSpec>, v: fc.Arbitrary<DistributionSpec>): fc.Arbitrary<PairSpec> => fc.record({ kind: fc.constant('independent' as const), x, v });
const lightLeft = { name: 'lightLeftTail(V)', description: 'V light on the left too (E[e^{−λV}] < ∞ for some λ > 0), so E_P[V] cannot drop far either', holds: (c: SigmoidCase) => vMarginalOf(c.pair).tails.left.tailClass !== 'heavy' };

const claim = defineClaim<SigmoidCase>({
  id: 'remedies/sigmoid',
  title: 'Maximising σ(E[U]) − β·D_KL with heavy-tailed error: near-optimal policies have E[V] ≈ E_π₀[V]',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" (read with a KL penalty)',
  quote:
    'If we maximize σ(E[U]) + D_KL(Tr(π)‖Tr(π₀)), where σ is a bounded function (e.g. sigmoid), all near-optimal policies will have V ≈ 0. Since we can only obtain so much reward from σ(E[U]), it pays to make the KL (and thus V) go to zero.',
  aliases: ['post Limitations: sigmoid sentence (KL as a penalty)'],
  reading:
    'J_β(P) = σ(E_P[U]) − β·D(P‖Q), β = level > 0, σ bounded increasing (logistic, tanh, arctan, clip[−1, 1]). Claim at (β, η): some δ > 0 makes the δ-near-optimal set non-empty and all its members have |E_P[V] − E_Q[V]| < η. V light on both sides implies E_Q[V] finite. Proof checked per case: a reweighting by U shows sup J_β ≥ σ₊ − κδ, so J_β(P) ≥ sup − δ forces D(P‖Q) ≤ (1 + κ)δ/β = d with B₂(d) < η (two-sided Donsker–Varadhan).',
  hypotheses: [heavyU, finiteMeanU, lightV, lightLeft],
  necessity: { 'heavyTailed(U)': 'load-bearing', 'finiteMean(U)': 'appears-unnecessary', 'lightTailed(V)': 'load-bearing', 'lightLeftTail(V)': 'load-bearing' },
  conclusion: (c) => sigmoidPenalisedVerdict(c.pair, vMarginalOf(c.pair), squashOf(c.sigma), c.level, c.eta),
  expect: 'holds',
  inconclusiveBudget: {
    share: 0.03,
    reason: 'barely heavy U (Weibull-type shapes within ~1e-2 of 1, lognormal with small σ, inside mixtures) needs reweighting thresholds beyond 1e307 to reach σ₊ − κδ at KL ≤ κδ/β: beyond double range (measured 5 of 383 at 1000 runs)',
  },
  corrects: 'remedies/sigmoid-literal',
  finding:
    'With the KL as a penalty the sentence holds for heavy-tailed U and two-sided light V: since σ(E[U]) ≤ sup σ and heavy U reaches sup σ at vanishing KL, near-optimality bounds the KL by δ/β and E[V] moves by at most B₂(δ/β) → 0. With light U (normal X ⊥ normal V) the optimum is a tilt with E[V] raised by θ*σ_V², and a heavy side of V lets near-optimal policies move E[V] at no KL cost.',
  uses: ['remedies/sigmoid-literal', 'headline/goodhart-with-kl', 'light-tail/mean-shift-bound'],
  arbitrary: cases(fc.oneof(headlineNecessityPairs.main, pairArbitrary({ vFiniteMean: true }))),
  necessityArbitraries: {
    'heavyTailed(U)': cases(independent(normal(fc.constant(0)), normal(fc.constantFrom(0, 1))), logUniform(1e-3, 0.3)),
    'finiteMean(U)': cases(headlineNecessityPairs.infiniteMeanU),
    'lightTailed(V)': cases(independent(heavyTailed({ finiteMean: true, maxDepth: 0 }), heavyTailed({ finiteMean: true, maxDepth: 0 }))),
    'lightLeftTail(V)': cases(independent(heavyTailed({ finiteMean: true, maxDepth: 0 }), heavyTailed({ finiteMean: true, maxDepth: 0 }).map((b) => ({ family: 'affine' as const, base: b, loc: 0, scale: -1 })))),
  },
  mutants: [
    {
      name: 'the bound with the penalty dropped: |ΔV| < η at KL level d = 1/β² (not δ/β)',
      conclusion: (c) => {
        const v = vMarginalOf(c.pair);
        const b = twoSidedDv(v, 100 / c.level);
        return b < c.eta ? holds('bound below η', { b }) : fails(`B₂(100/β) = ${fmt(b)} ≥ η=${fmt(c.eta)}: a KL-ball of radius 100/β contains a P with |ΔV| ≥ η (the DV bound is attained by a tilt)`, { b });
      },
      arbitrary: cases(fc.constant<PairSpec>({ kind: 'independent', x: { family: 'studentT', df: 3 }, v: { family: 'normal', mu: 0, sigma: 1 } })),
    },
  ],
  series: sigmoidSeries,
});

export default claim;
await checkClaimInVitest(claim);
