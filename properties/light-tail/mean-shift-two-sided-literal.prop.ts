/**
 * The literal two-sided reading of post Theorem 3's limit: |E_P[V] − μ_Q| → 0 as d → 0 with only the right
 * tail of V light. A V whose left tail is heavy refutes it: the T1 witness applied to −V moves the mean down
 * by more than any M at any KL ε (heavy-tail/high-mean-low-kl, on the reflection).
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { twoSidedLimitVerdict } from '../../src/constructions/t3LimitVerdicts.ts';
import { spreadOf } from '../../src/constructions/t3Tilt.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

/** ε: the KL scale asked about; m: M = m·spread(Q), the mean shift allowed */
interface Case { q: DistributionSpec; eps: number; m: number }

const verdict = (c: Case, factor = 1) => { const q = build(c.q); return twoSidedLimitVerdict(q, c.eps, factor * c.m * spreadOf(q)); };

const claim = defineClaim<Case>({
  id: 'light-tail/mean-shift-two-sided-literal',
  title: 'Literal two-sided limit |E_P[V] − μ_Q| → 0 with only the right tail light',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 3 (paper: Theorem 2)',
  quote: 'If V is light-tailed, E_Q[V] is finite, and d = D_KL(P‖Q) is bounded, then E_P[V] is bounded, and E_P[V] → 0 as d → 0.',
  aliases: ['post T3', 'paper T2'],
  reading:
    'Two-sided, with "light-tailed" read on the right tail only: for every M > 0 some ε₀ > 0 gives |E_P[V] − μ_Q| ≤ M whenever D(P‖Q) < ε₀. A case (ε, M) holds when an ε₀ ≤ ε on the grid has max(B₊, B₋)(ε₀) ≤ M, and fails when a heavy side admits the T1 witness at ε (T1 then gives one at every ε₀).',
  hypotheses: [
    { name: 'lightTailed(Q)', description: 'right tail light: λ₊ > 0 (claims.md §1); nothing said of the left tail', holds: (c) => build(c.q).mgfSup > 0 },
    { name: 'finiteMean(Q)', description: 'μ_Q finite', holds: (c) => Number.isFinite(build(c.q).mean()) },
  ],
  necessity: { 'lightTailed(Q)': 'load-bearing', 'finiteMean(Q)': 'load-bearing' },
  conclusion: (c) => verdict(c),
  expect: 'refuted',
  finding:
    'Refuted by V with a heavy left tail (e.g. a reflected Pareto, bounded above so light on the right): the T1 witness on −V lowers E_P[V] by more than any M at arbitrarily small KL. Only the upward shift vanishes; the two-sided limit needs both tails light.',
  correctedBy: 'light-tail/mean-shift-two-sided',
  uses: ['heavy-tail/high-mean-low-kl', 'light-tail/mean-shift-vanishes'],
  arbitrary: fc.record({ q: lightTailed({ finiteMean: true }), eps: logUniform(1e-12, 1e-2), m: logUniform(1e-3, 1e3) }),
  necessityArbitraries: {
    'lightTailed(Q)': fc.record({ q: heavyTailed({ finiteMean: true }), eps: logUniform(1e-12, 1e-2), m: logUniform(1e-3, 1e3) }),
    'finiteMean(Q)': fc.record({ q: lightTailed(), eps: logUniform(1e-12, 1e-2), m: logUniform(1e-3, 1e3) }),
  },
  mutants: [{ name: 'M multiplied by 1e-300 (no shift allowed)', conclusion: (c) => verdict(c, 1e-300) }],
});

export default claim;
await checkClaimInVitest(claim);
