/**
 * Post Theorem 1 / paper Theorem 1: a heavy-tailed reference admits arbitrarily high mean at arbitrarily
 * low KL. The proof's witness P_t (tail mass c/t, here the least tail mass that reaches M) is searched over
 * t up to 1e300, and its mean and KL are recomputed by quadrature before a verdict.
 */
import fc from 'fast-check';
import { anyDistribution } from '../../src/arbitraries/anyDistribution.ts';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, holds } from '../../src/claims/verdicts.ts';
import { highMeanLowKlVerdict } from '../../src/constructions/highMeanVerdict.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';
import { t1FigureSeries } from '../../src/constructions/t1Figure.ts';

interface Case { q: DistributionSpec; M: number; eps: number }

const claim = defineClaim<Case>({
  id: 'heavy-tail/high-mean-low-kl',
  title: 'A heavy tail gives arbitrarily high mean at arbitrarily low KL',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 1 (paper: Theorem 1)',
  quote:
    'Given any heavy-tailed reference distribution Q over R with mean μ_Q, and any M, ε > 0, there is a distribution P with mean μ_P > M and D_KL(P‖Q) < ε.',
  aliases: ['post T1', 'paper T1'],
  reading:
    'For Q with λ₊ = 0 and a finite mean, and M, ε > 0, a band reweighting P of Q (the proof\'s P_t) has E_P[X] > M and D(P‖Q) < ε, both recomputed by quadrature with margins beating the error.',
  hypotheses: [
    { name: 'heavyTailed(Q)', description: 'right tail heavy: E_Q[e^{λX}] = ∞ for every λ > 0 (λ₊ = 0, claims.md §1)', holds: (c) => build(c.q).tailClass === 'heavy' },
    { name: 'finiteMean(Q)', description: 'μ_Q = E_Q[X] exists and is finite', holds: (c) => Number.isFinite(build(c.q).mean()) },
  ],
  necessity: { 'heavyTailed(Q)': 'load-bearing', 'finiteMean(Q)': 'appears-unnecessary' },
  conclusion: (c) => highMeanLowKlVerdict(build(c.q), c.M, c.eps),
  expect: 'holds',
  uses: [],
  arbitrary: fc.record({
    // heavy laws with a mean, and everything else (for the necessity checks); hypotheses are computed, not assumed
    q: fc.oneof(heavyTailed({ finiteMean: true }), anyDistribution()),
    M: fc.oneof(fc.constantFrom(1, 10, 1000), logUniform(1e-6, 1e8)),
    eps: fc.oneof(fc.constantFrom(0.1, 1e-3), logUniform(1e-10, 10)),
  }),
  necessityArbitraries: {
    'heavyTailed(Q)': fc.record({ q: lightTailed(), M: logUniform(1e-6, 1e8), eps: logUniform(1e-10, 10) }),
    'finiteMean(Q)': fc.record({ q: heavyTailed(), M: logUniform(1e-6, 1e8), eps: logUniform(1e-10, 10) }),
  },
  mutants: [
    {
      name: 'ε dropped to 0 (only P = Q allowed)',
      conclusion: (c) => {
        const mu = build(c.q).mean();
        return mu > c.M ? holds('μ_Q > M', { mu, M: c.M }) : fails(`μ_Q=${mu} ≤ M=${c.M} and P must equal Q`, { mu, M: c.M });
      },
    },
  ],
  series: t1FigureSeries,
});

export default claim;
await checkClaimInVitest(claim);
