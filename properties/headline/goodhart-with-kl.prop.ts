/**
 * Headline corollary (post, section "Results"): with a heavy-tailed proxy error there are arbitrarily good
 * policies under the proxy, at arbitrarily small KL, whose true utility is no better than the base policy's.
 * Checked on pairs (X, V), dependent ones included, by the T1 witness reweighting the joint law by U only.
 */
import fc from 'fast-check';
import { pairArbitrary } from '../../src/arbitraries/pair.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, fmt, holds, inconclusive } from '../../src/claims/verdicts.ts';
import { headlineVerdict, type HeadlineCase } from '../../src/constructions/headlineVerdict.ts';
import { headlineHypotheses, headlineNecessityPairs } from '../../src/constructions/headlineCases.ts';
import { witnessShiftLower } from '../../src/constructions/headlineMutants.ts';
import { vMarginalOf } from '../../src/constructions/headlineSumLaw.ts';
import { findPairWitness, pairLaws } from '../../src/constructions/pairWitness.ts';
import { headlineSeries } from '../../src/constructions/headlineSeries.ts';

const targets = { M: fc.oneof(fc.constantFrom(1, 10, 1000), logUniform(1e-6, 1e8)), eps: fc.oneof(fc.constantFrom(0.1, 1e-3), logUniform(1e-10, 10)), eta: fc.oneof(fc.constantFrom(0.1, 1e-3), logUniform(1e-6, 10)) };
const withPairs = (pair: fc.Arbitrary<HeadlineCase['pair']>) => fc.record({ pair, ...targets });

const claim = defineClaim<HeadlineCase>({
  id: 'headline/goodhart-with-kl',
  title: 'Heavy-tailed error: arbitrarily high proxy reward at arbitrarily low KL with no gain in true utility',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", abstract and section "Results" (Theorems 1–3 together)',
  quote:
    'when X is heavy-tailed, there are arbitrarily well-performing policies π with E_π[V] ≈ E_π0[V]; that is, that get no higher true utility than the prior. […] it is possible to get E[U(π)] > M and D_KL(π, π0) < ϵ for any M, ϵ. […] For such policies π, it is necessarily the case that lim_{ϵ→0} E[V(π)] = 0',
  aliases: ['post headline corollary', 'paper Corollary of Theorems 1–3'],
  reading:
    'U = X + V (single start state: the policy is a law P on (X, V)). If U is heavy-tailed under Q with a finite mean and V is light-tailed with a finite mean, then for all M, ε, η > 0 some P with dP/dQ a function of U has E_P[U] > M, D(P‖Q) < ε, E_P[V] − E_Q[V] < η and E_P[V] − E_Q[V] ≤ B_V(D(P‖Q)) (the Donsker–Varadhan bound of V\'s marginal, which → 0 with the KL). ∀η is exactly "there are P_n with E[U] → ∞, KL → 0, limsup E_{P_n}[V] ≤ E_Q[V]". All bounds certified from closed-form tails (no quadrature).',
  hypotheses: headlineHypotheses,
  necessity: { 'heavyTailed(U)': 'load-bearing', 'finiteMean(U)': 'appears-unnecessary', 'lightTailed(V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary' },
  conclusion: headlineVerdict,
  expect: 'holds',
  uses: ['heavy-tail/high-mean-low-kl'],
  arbitrary: withPairs(fc.oneof(headlineNecessityPairs.main, pairArbitrary({ vFiniteMean: true }))),
  necessityArbitraries: {
    'heavyTailed(U)': fc.record({ pair: headlineNecessityPairs.lightU, M: logUniform(1, 1e8), eps: logUniform(1e-10, 1e-2), eta: targets.eta }),
    'finiteMean(U)': withPairs(headlineNecessityPairs.infiniteMeanU),
    'lightTailed(V)': fc.record({ pair: headlineNecessityPairs.heavyV, M: logUniform(10, 1e8), eps: logUniform(1e-10, 1e-2), eta: logUniform(1e-6, 1) }),
    'finiteMean(V)': withPairs(headlineNecessityPairs.minusInfiniteMeanV),
  },
  mutants: [
    {
      name: 'the witness gains nothing at all: E_P[V] ≤ E_Q[V] exactly',
      // a certified positive gain needs V to rise with U: comonotone pairs
      arbitrary: withPairs(fc.oneof(headlineNecessityPairs.main, pairArbitrary({ kinds: ['comonotone'], vFiniteMean: true }))),
      conclusion: (c) => {
        const v = vMarginalOf(c.pair);
        const w = findPairWitness(pairLaws(c.pair, v), { M: c.M, eps: c.eps, eta: c.eta }).witness;
        if (!w) return inconclusive('no witness');
        const lower = witnessShiftLower(c.pair, v, w);
        return lower > 1e-12 * (1 + Math.abs(v.mean()))
          ? fails(`comonotone witness t=${fmt(w.t)}: E_P[V] − E_Q[V] ≥ ${fmt(lower)} > 0`, { lower, t: w.t, p: w.p })
          : holds('no certified positive shift', { lower });
      },
    },
  ],
  series: headlineSeries,
});

export default claim;
await checkClaimInVitest(claim);
