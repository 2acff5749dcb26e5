/**
 * Post Theorem 3 / paper Theorem 2, quantitative form: with V light on the right (λ₊ > 0) and μ_Q finite,
 * every P ≪ Q has E_P[V] − μ_Q ≤ B(d), d = D(P‖Q), B(d) = inf_λ (d + Λ(λ))/λ (Donsker–Varadhan). P is drawn
 * from every kind of reweighting (piecewise ratios, mixtures, tilts, T1 tail reweightings, conditioning), its
 * mean and KL computed exactly; a violation must also survive the second way (quadrature).
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { reweightingArbitrary } from '../../src/arbitraries/reweighting.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import type { ReweightingSpec } from '../../src/constructions/reweighting.ts';
import { shiftBoundVerdict, TOL_ABS, TOL_REL } from '../../src/constructions/t3Verdicts.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

interface Case { q: DistributionSpec; p: ReweightingSpec }

/** −Pareto(x_m, α ≤ 1) + loc: bounded above (light right tail) with mean −∞, so that dropping finiteMean is exercised. */
const reflectedInfiniteMean: fc.Arbitrary<DistributionSpec> = fc
  .record({ xm: logUniform(1e-2, 1e2), alpha: fc.double({ min: 0.2, max: 1, noNaN: true }), loc: fc.integer({ min: -10, max: 10 }) })
  .map(({ xm, alpha, loc }) => ({ family: 'affine', base: { family: 'pareto', xm, alpha }, loc, scale: -1 }));

const claim = defineClaim<Case>({
  id: 'light-tail/mean-shift-bound',
  title: 'A light right tail bounds the mean shift by the Donsker–Varadhan bound B(d)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 3 (paper: Theorem 2)',
  quote: 'If V is light-tailed, E_Q[V] is finite, and d = D_KL(P‖Q) is bounded, then E_P[V] is bounded, and E_P[V] → 0 as d → 0.',
  aliases: ['post T3', 'paper T2'],
  reading:
    `"E_P[V] is bounded": E_P[V] − μ_Q ≤ B(d) < ∞ with B(d) = inf_{0<λ<λ₊} (d + log E_Q e^{λ(V−μ_Q)})/λ, up to a tolerance ${TOL_REL}·(B + |shift|) + ${TOL_ABS}·(|μ_Q| + spread) (tilts attain B exactly). Where λ₊ = 0 no finite B exists: the T1 witness at KL < d shifts the mean by more than 1e3·(1 + spread).`,
  hypotheses: [
    { name: 'lightTailed(Q)', description: 'right tail light: E_Q[e^{λV}] < ∞ for some λ > 0 (λ₊ > 0, claims.md §1)', holds: (c) => build(c.q).mgfSup > 0 },
    { name: 'finiteMean(Q)', description: 'μ_Q = E_Q[V] exists and is finite', holds: (c) => Number.isFinite(build(c.q).mean()) },
  ],
  necessity: { 'lightTailed(Q)': 'load-bearing', 'finiteMean(Q)': 'load-bearing' },
  conclusion: (c) => shiftBoundVerdict(build(c.q), c.p),
  expect: 'holds',
  uses: ['heavy-tail/high-mean-low-kl'],
  arbitrary: fc.record({ q: lightTailed({ finiteMean: true }), p: reweightingArbitrary() }),
  necessityArbitraries: {
    'lightTailed(Q)': fc.record({ q: heavyTailed({ finiteMean: true }), p: reweightingArbitrary() }),
    // light right tails with a mean of −∞ (reflected Pareto α ≤ 1, …); P = Q(· | V > s) or a tilt cuts the left tail
    'finiteMean(Q)': fc.record({ q: fc.oneof(lightTailed(), reflectedInfiniteMean), p: reweightingArbitrary() }),
  },
  mutants: [
    { name: 'bound halved: E_P[V] − μ_Q ≤ B(d)/2', conclusion: (c) => shiftBoundVerdict(build(c.q), c.p, 0.5) },
  ],
});

export default claim;
await checkClaimInVitest(claim);
