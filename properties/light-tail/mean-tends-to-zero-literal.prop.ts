/**
 * Post Theorem 3's last clause as worded: "E_P[V] → 0 as d → 0", without the post's earlier normalisation
 * E[U(π₀)] = 0 ("without loss of generality"). P = Q has d = 0 and E_P[V] = μ_Q, so the literal limit is
 * μ_Q, and the clause is false whenever μ_Q ≠ 0; the paper's "μ_P − μ_Q → 0" is the corrected form.
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { fails, fmt, holds } from '../../src/claims/verdicts.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

interface Case { q: DistributionSpec }

/** |E_P[V] − target| → 0: P = Q (d = 0 < every d₀) must already have E_Q[V] = target. */
const limitIs = (c: Case, target: number) => {
  const mu = build(c.q).mean();
  if (mu === target) return holds(`μ_Q = ${fmt(target)}: the literal limit reduces to mean-shift-vanishes`, { mean: mu });
  return fails(`P = Q has D(P‖Q) = 0 < every d₀ and E_P[V] = μ_Q = ${fmt(mu)} ≠ ${fmt(target)}`, { mean: mu, kl: 0 });
};

const claim = defineClaim<Case>({
  id: 'light-tail/mean-tends-to-zero-literal',
  title: 'Literal "E_P[V] → 0 as d → 0" (without μ_Q = 0)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 3',
  quote: 'If V is light-tailed, E_Q[V] is finite, and d = D_KL(P‖Q) is bounded, then E_P[V] is bounded, and E_P[V] → 0 as d → 0.',
  aliases: ['post T3'],
  reading: 'For every ε > 0 some d₀ > 0 gives |E_P[V]| < ε whenever D(P‖Q) < d₀; P = Q is such a P, so this needs μ_Q = 0.',
  hypotheses: [
    { name: 'lightTailed(Q)', description: 'right tail light: λ₊ > 0 (claims.md §1)', holds: (c) => build(c.q).mgfSup > 0 },
    { name: 'finiteMean(Q)', description: 'μ_Q finite', holds: (c) => Number.isFinite(build(c.q).mean()) },
  ],
  necessity: { 'lightTailed(Q)': 'load-bearing', 'finiteMean(Q)': 'load-bearing' },
  conclusion: (c) => limitIs(c, 0),
  expect: 'refuted',
  finding:
    'False for every Q with μ_Q ≠ 0 (P = Q, d = 0, E_P[V] = μ_Q): the post normalises E[U(π₀)] = 0 earlier, but the theorem does not say so; the paper\'s wording μ_P − μ_Q → 0 holds (light-tail/mean-shift-vanishes).',
  correctedBy: 'light-tail/mean-shift-vanishes',
  uses: [],
  arbitrary: fc.record({ q: lightTailed({ finiteMean: true }) }),
  necessityArbitraries: {
    'lightTailed(Q)': fc.record({ q: heavyTailed({ finiteMean: true }) }),
    'finiteMean(Q)': fc.record({ q: lightTailed() }),
  },
  mutants: [{ name: 'limit 1 instead of 0', conclusion: (c) => limitIs(c, 1) }],
});

export default claim;
await checkClaimInVitest(claim);
