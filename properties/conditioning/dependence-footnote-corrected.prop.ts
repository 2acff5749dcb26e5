/**
 * The footnote example, corrected and generalised: V ~ N(0,1), X | V ~ N(0, s²) on V ∈ [−c, c], X = 0 otherwise.
 * Then lim E[V | X + V ≥ t] = c when s ≥ 1 (the band's tail e^{−(t−c)²/(2s²)} dominates and V piles up at its top),
 * and = ∞ when s < 1 (the X = 0 part, U = V, has the heavier tail). The footnote (s = 2, c = 1) has limit 1.
 */
import fc from 'fast-check';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { footnoteSeries } from '../../src/constructions/conditioning/footnoteSeries.ts';
import type { FootnoteCase } from '../../src/constructions/conditioning/footnotePair.ts';
import { footnoteDivergesVerdict, footnoteLimitVerdict } from '../../src/constructions/conditioning/footnoteVerdicts.ts';

const claim = defineClaim<FootnoteCase>({
  id: 'conditioning/dependence-footnote-corrected',
  title: 'Footnote example of dependence: E[V | U ≥ t] → c (the top of the noisy band) when s ≥ 1, → ∞ when s < 1',
  source: 'Kwa, Thomas & Garriga-Alonso 2024, arXiv:2407.14503, footnote to Theorems 5–6, corrected by this suite',
  quote: 'if V ∼ N(0,1), and X|V ∼ N(0,4) when V ∈ [−1,1], otherwise X = 0, then lim_{t→∞} E[V | X+V ≥ t] = 0.',
  aliases: ['paper T5/T6 footnote (corrected)'],
  reading:
    'For s ≥ 1: |E[V | U > t] − c| + error ≤ 0.01·max(c, 1) at the two farthest of t = c + s·max(1,s)·10^k, k = 1…4. For s < 1: E[V | U > t] ≥ t/2 and increasing there. Exact conditional means (footnotePair.ts).',
  hypotheses: [],
  necessity: {},
  conclusion: (k) => (k.s >= 1 ? footnoteLimitVerdict(k, k.c, 0.01 * Math.max(k.c, 1)) : footnoteDivergesVerdict(k)),
  expect: 'holds',
  corrects: 'conditioning/dependence-footnote',
  uses: ['conditioning/dependence-footnote'],
  arbitrary: fc.record({
    s: fc.oneof(fc.constantFrom(2, 4, 1, 0.5), logUniform(0.2, 10)),
    c: fc.oneof(fc.constantFrom(1, 0.5, 2), logUniform(0.05, 3)),
  }),
  mutants: [{ name: 'the limit is c/2', conclusion: (k) => footnoteLimitVerdict(k, k.c / 2, 0.01 * Math.max(k.c, 1)) }],
  series: footnoteSeries,
});

export default claim;
await checkClaimInVitest(claim);
