/**
 * Post Theorem 4, corrected: with X ⊥ V, both strongly light (λ₊ = ∞, so π*(β) exists for every β) and V
 * unbounded above, the KL-optimal tilt factorises and E[V(π*(β))] = Λ_V′(1/β) → ess sup V = ∞. Checked on a
 * β-grid against a level (t4LimitVerdict.ts), with E[V(π*)] from the factorised closed forms (tiltMean.ts).
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fmt, fails, holds } from '../../src/claims/verdicts.ts';
import { xAbscissa } from '../../src/constructions/t4Abscissa.ts';
import { dependentStrongPair, exponentialType, independentPair, levelExponent, pairOf, stronglyLight } from '../../src/constructions/t4Cases.ts';
import { findExceedance, scaleOf, targetLevel } from '../../src/constructions/t4Grid.ts';
import { divergenceVerdict } from '../../src/constructions/t4LimitVerdict.ts';
import { t4Series } from '../../src/constructions/t4Series.ts';
import { buildV, independentXV, uContinuous } from '../../src/constructions/t4Structure.ts';
import type { PairSpec } from '../../src/pairs/types.ts';

interface Case { pair: PairSpec; m: number }

const strongV = stronglyLight({ unboundedAbove: true });
const at = (pair: fc.Arbitrary<PairSpec>) => fc.record({ pair, m: levelExponent() });

const claim = defineClaim<Case>({
  id: 'light-tail/utility-diverges',
  title: 'Independent, strongly light X and V with V unbounded: E[V] under the KL-optimal policy diverges as β → 0',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 4, with the hypotheses the search shows it needs',
  quote:
    'If U = X + V with X and V both light-tailed, and the distribution of U is continuous, and π*(β) ≜ argmax_π E[U(π)] − β D_KL(π, π₀), then lim_{β→0+} E[V(π*(β))] = ∞.',
  aliases: ['post T4 (corrected)', 'paper T4 (V unbounded) + independence + λ₊ = ∞'],
  reading:
    'X ⊥ V, λ₊(X) = λ₊(V) = ∞, ess sup V = ∞: π*(β) is the tilt ∝ e^{U/β} for every β, it factorises, and E[V(π*(β))] = Λ_V′(1/β) passes every level q_V(1 − 10^{−m}) on the β-grid (Λ_V′ strictly increasing). Continuity of U is kept to show it is not needed.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'X ⊥ V, read from the dependence structure of the pair (t4Structure.ts)', holds: (c) => independentXV(c.pair) },
    { name: 'stronglyLight(X)', description: 'λ₊(X) = ∞ (claims.md §1 L_s)', holds: (c) => xAbscissa(c.pair) === Infinity },
    { name: 'stronglyLight(V)', description: 'λ₊(V) = ∞, read from the built law of V', holds: (c) => buildV(c.pair).tails.right.mgfSup === Infinity },
    { name: 'unboundedAbove(V)', description: 'ess sup V = ∞ (support of the built V)', holds: (c) => buildV(c.pair).support.upper === Infinity },
    { name: 'continuous(U)', description: 'the law of U has no atoms (the post\'s hypothesis, kept to test it)', holds: (c) => uContinuous(c.pair) },
  ],
  necessity: {
    'independent(X, V)': 'load-bearing',
    'stronglyLight(X)': 'load-bearing',
    'stronglyLight(V)': 'load-bearing',
    'unboundedAbove(V)': 'load-bearing',
    'continuous(U)': 'appears-unnecessary',
  },
  conclusion: (c) => divergenceVerdict(pairOf(c.pair), c.m),
  expect: 'holds',
  corrects: 'light-tail/utility-diverges-literal',
  uses: ['light-tail/utility-diverges-literal'],
  // Single strongly light families (and reflections) for the selected cases; pairArbitrary() for breadth.
  arbitrary: at(fc.oneof({ arbitrary: independentPair(stronglyLight(), strongV), weight: 3 }, { arbitrary: pairArbitrary(), weight: 1 })),
  necessityArbitraries: {
    'independent(X, V)': at(dependentStrongPair()),
    'stronglyLight(X)': at(independentPair(exponentialType(), strongV)),
    'stronglyLight(V)': at(independentPair(stronglyLight(), exponentialType())),
    'unboundedAbove(V)': at(independentPair(stronglyLight(), stronglyLight({ boundedAbove: true }))),
    'continuous(U)': at(independentPair(stronglyLight({ discrete: true }), stronglyLight({ discrete: true, unboundedAbove: true }))),
  },
  mutants: [
    {
      name: 'the limit is finite: E[V(π*(β))] ≤ L for every β',
      conclusion: (c) => {
        const v = buildV(c.pair);
        const L = targetLevel(v, c.m);
        const r = findExceedance(pairOf(c.pair), scaleOf(v), L);
        return r.hit
          ? fails(`E[V(π*)] = ${fmt(r.hit.value)} > L = ${fmt(L)} at β = ${fmt(1 / r.hit.theta)}`, { level: L, meanV: r.hit.value })
          : holds('not exceeded on the grid', { level: L });
      },
    },
  ],
  series: t4Series,
});

export default claim;
await checkClaimInVitest(claim);
