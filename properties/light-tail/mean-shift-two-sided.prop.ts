/**
 * The corrected two-sided form of post Theorem 3: with both tails of V light (E_Q[e^{λ|V|}] < ∞ for some
 * λ > 0) and μ_Q finite, every P ≪ Q has |E_P[V] − μ_Q| ≤ B_±(d): an upward shift at most B₊(d) (the DV bound
 * of V), a downward one at most B₋(d) (that of −V); both tend to 0 with d (light-tail/mean-shift-vanishes).
 */
import fc from 'fast-check';
import { anyDistribution } from '../../src/arbitraries/anyDistribution.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { reweightingArbitrary } from '../../src/arbitraries/reweighting.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import type { ReweightingSpec } from '../../src/constructions/reweighting.ts';
import { TOL_ABS, TOL_REL, twoSidedShiftVerdict } from '../../src/constructions/t3Verdicts.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

interface Case { q: DistributionSpec; p: ReweightingSpec }

const twoSidedLight = (q: DistributionSpec) => { const d = build(q); return d.tails.right.mgfSup > 0 && d.tails.left.mgfSup > 0; };

const claim = defineClaim<Case>({
  id: 'light-tail/mean-shift-two-sided',
  title: 'With both tails light, |E_P[V] − μ_Q| is bounded by the two one-sided DV bounds',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 3 (paper: Theorem 2), corrected',
  quote: 'If V is light-tailed, E_Q[V] is finite, and d = D_KL(P‖Q) is bounded, then E_P[V] is bounded, and E_P[V] → 0 as d → 0.',
  aliases: ['post T3', 'paper T2'],
  reading: `With "light-tailed" read two-sided: E_P[V] − μ_Q ≤ B₊(d) and μ_Q − E_P[V] ≤ B₋(d) (B₋ the DV bound of −V), each up to ${TOL_REL}·(B + |shift|) + ${TOL_ABS}·(|μ_Q| + spread), for P of every reweighting kind. "E_Q[V] finite" is implied by two-sided light tails (every moment exists), so it is not a separate hypothesis.`,
  hypotheses: [
    { name: 'twoSidedLight(Q)', description: 'E_Q[e^{λ|V|}] < ∞ for some λ > 0: both MGF abscissas positive (claims.md §1)', holds: (c) => twoSidedLight(c.q) },
  ],
  necessity: { 'twoSidedLight(Q)': 'load-bearing' },
  conclusion: (c) => twoSidedShiftVerdict(build(c.q), c.p),
  expect: 'holds',
  corrects: 'light-tail/mean-shift-two-sided-literal',
  uses: ['light-tail/mean-shift-bound'],
  arbitrary: fc.record({ q: lightTailed({ finiteMean: true }).filter(twoSidedLight), p: reweightingArbitrary() }),
  necessityArbitraries: { 'twoSidedLight(Q)': fc.record({ q: anyDistribution({ finiteMean: true }), p: reweightingArbitrary() }) },
  mutants: [{ name: 'B₋ dropped: downward shifts compared with B₊', conclusion: (c) => twoSidedShiftVerdict(build(c.q), c.p, false) }],
});

export default claim;
await checkClaimInVitest(claim);
