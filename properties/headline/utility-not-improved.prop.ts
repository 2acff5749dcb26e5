/**
 * The limit form of the headline corollary: along the witness family with ε → 0 on a geometric grid the
 * proxy reward stays above M while the true-utility gain is squeezed to 0 by the Donsker–Varadhan bound.
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds } from '../../src/claims/verdicts.ts';
import { headlineHypotheses, headlineNecessityPairs } from '../../src/constructions/headlineCases.ts';
import { EPS_GRID, limitVerdict, type LimitCase } from '../../src/constructions/headlineLimit.ts';

const M = fc.oneof(fc.constantFrom(1, 10, 1000), logUniform(1e-3, 1e6));

const claim = defineClaim<LimitCase>({
  id: 'headline/utility-not-improved',
  title: 'Along low-KL high-reward policies, true utility tends to the base policy\'s (limsup E[V] ≤ E_Q[V])',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Intuitive explanation" (Theorem 3 applied to the Theorem 1 witnesses)',
  quote:
    'it is possible to get E[U(π)] > M and D_KL(π, π0) < ϵ for any M, ϵ. […] For such policies π, it is necessarily the case that lim_{ϵ→0} E[V(π)] = 0; that is, for policies with low KL penalty, utility goes to zero.',
  aliases: ['post headline corollary (limit form)', 'paper Corollary of Theorems 1–3'],
  reading:
    `Fix M. For ε_k = ${EPS_GRID.map((e) => e.toExponential(0)).join(', ')} there are band reweightings P_k of the pair by U with E_{P_k}[U] > M and KL_k < ε_k; checked: Δ_k = E_{P_k}[V] − E_Q[V] ≤ B_V(KL_k) (certified), and B_V(ε_last) < B_V(ε_1) certified — the trend of B_V(KL) → 0 (T3; B_V(d) ~ σ_V√(2d) for a finite variance) that makes limsup Δ_k ≤ 0; the ratio is reported. Where V's law spans dozens of decades (1 − W, W Weibull k ≈ 0.02: B_V is within ~1e-20 of sup V − μ_V on the whole grid, flat to double precision) the trend is certified below the grid instead: an upper bound U(d) ≥ B_V(d) (Bennett's, or one assembled from a mixture's components, t3LogMgfUpper.ts) at most 1e-2·B_V(ε_1) at some d = 10^{−2j} ≥ 1e-300; B_V(ε_1) is also bounded below by V conditioned on its top (exact for an atom there). E_Q[V] = 0 in the post (WLOG); here E_Q[V] is kept.`,
  hypotheses: headlineHypotheses,
  necessity: { 'heavyTailed(U)': 'load-bearing', 'finiteMean(U)': 'appears-unnecessary', 'lightTailed(V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary' },
  conclusion: limitVerdict,
  expect: 'holds',
  uses: ['headline/goodhart-with-kl'],
  arbitrary: fc.record({ pair: fc.oneof(headlineNecessityPairs.main, pairArbitrary({ vFiniteMean: true })), M }),
  necessityArbitraries: {
    'heavyTailed(U)': fc.record({ pair: headlineNecessityPairs.lightU, M: logUniform(1, 1e6) }),
    'finiteMean(U)': fc.record({ pair: headlineNecessityPairs.infiniteMeanU, M }),
    'lightTailed(V)': fc.record({ pair: headlineNecessityPairs.heavyV, M: logUniform(10, 1e6) }),
    'finiteMean(V)': fc.record({ pair: headlineNecessityPairs.minusInfiniteMeanV, M }),
  },
  mutants: [
    {
      name: 'no Donsker–Varadhan slack: Δ_k ≤ 0 along the family',
      // a positive shift needs V to rise with U: comonotone pairs
      arbitrary: fc.record({ pair: fc.oneof(headlineNecessityPairs.main, pairArbitrary({ kinds: ['comonotone'], vFiniteMean: true })), M }),
      conclusion: (c) => {
        const v = limitVerdict(c, { exact: true });
        const lower = v.numbers.shiftLowerMax;
        return lower > 0 ? fails(`some witness has E_P[V] − E_Q[V] ≥ ${fmt(lower)} > 0`, v.numbers) : holds('no certified positive shift', v.numbers);
      },
    },
  ],
  // 5 witness searches per case (one per ε_k): 50 runs keep the claim's share of the suite's time in line
  testRuns: 50,
});

export default claim;
await checkClaimInVitest(claim);
