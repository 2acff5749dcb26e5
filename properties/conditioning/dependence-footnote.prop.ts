/**
 * The paper's footnote on dependence (with T5/T6): V ~ N(0,1), X | V ~ N(0, 4) on V ∈ [−1, 1], X = 0 otherwise.
 * E[V | U > t] is exact (footnotePair.ts): a band integral in log space plus closed-form normal tails.
 * Both readings of "N(0, 4)" (variance 4, i.e. s = 2; standard deviation 4) are checked.
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import type { FootnoteCase } from '../../src/constructions/conditioning/footnotePair.ts';
import { footnoteLimitVerdict } from '../../src/constructions/conditioning/footnoteVerdicts.ts';

const claim = defineClaim<FootnoteCase>({
  id: 'conditioning/dependence-footnote',
  title: 'Footnote example of dependence: the conditional mean of V tends to 0 (as worded)',
  source: 'Kwa, Thomas & Garriga-Alonso 2024, "Catastrophic Goodhart", arXiv:2407.14503, footnote to Theorems 5–6',
  quote: 'if V ∼ N(0,1), and X|V ∼ N(0,4) when V ∈ [−1,1], otherwise X = 0, then lim_{t→∞} E[V | X+V ≥ t] = 0.',
  aliases: ['paper T5/T6 footnote'],
  reading:
    'With s = 2 (variance 4) or s = 4 (standard deviation 4) and band c = 1: |E[V | U > t] − 0| ≤ 0.01 at the two farthest of t = c + s·max(1,s)·10^k, k = 1…4; refuted by the monotone lower bound E[V | U > t] ≥ m_b(t₀) for t ≥ t₀.',
  hypotheses: [],
  necessity: {},
  conclusion: (k) => footnoteLimitVerdict(k, 0, 0.01),
  expect: 'refuted',
  finding:
    'The limit is 1, not 0: on the band the weight φ(v)Φ̄((t − v)/s) piles up at v = 1 (E[V | U > 40001, s = 2] = 0.9999), and the band tail e^{−(t−1)²/8} dominates the X = 0 part e^{−t²/2}. The footnote\'s point survives (the limit is finite although X is ratio-light and V unbounded: T6 needs independence), its value does not.',
  correctedBy: 'conditioning/dependence-footnote-corrected',
  uses: [],
  arbitrary: fc.constantFrom<FootnoteCase>({ s: 2, c: 1 }, { s: 4, c: 1 }),
  mutants: [{ name: 'the limit is −1', conclusion: (k) => footnoteLimitVerdict(k, -1, 0.01) }],
});

export default claim;
await checkClaimInVitest(claim);
