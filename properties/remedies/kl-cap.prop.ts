/**
 * Post "Limitations": capping the KL (or an adaptive KL target, Ziegler et al. 2019) bounds E[V] by a finite
 * value when V is light-tailed — Theorem 3 read at the cap: sup over {D(P‖Q) ≤ d} of E_P[V] is μ_Q + B(d).
 * P ranges over every reweighting of Q (reweightingArbitrary) put under the cap, and the maximiser itself
 * (the tilt whose KL is d).
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { logUniform } from '../../src/arbitraries/logUniform.ts';
import { reweightingArbitrary } from '../../src/arbitraries/reweighting.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { applyReweighting, type ReweightingSpec } from '../../src/constructions/reweighting.ts';
import { minusInfiniteMeanV } from '../../src/constructions/t4Cases.ts';
import { capVerdict, cappedReweighting, underCap } from '../../src/constructions/remedies/klCap.ts';
import { klCapSeries } from '../../src/constructions/remedies/klCapSeries.ts';
import type { DistributionSpec } from '../../src/distributions/types.ts';

/** V's law under π₀, a reweighting, the cap d, and how P is formed: put under the cap, the tilt at the cap, or raw. */
interface Case { q: DistributionSpec; p: ReweightingSpec; d: number; mode: 'capped' | 'atCap' | 'raw' }
const ps = new WeakMap<Case, ReweightingSpec>();
/** The built P of a case (once per case: the cap tilt solves for λ*). */
function pOf(c: Case): ReweightingSpec {
  let p = ps.get(c);
  if (!p) ps.set(c, (p = c.mode === 'raw' ? c.p : cappedReweighting(build(c.q), c.p, c.d, c.mode === 'atCap')));
  return p;
}
const at = (q: fc.Arbitrary<DistributionSpec>, mode = fc.constantFrom<Case['mode']>('capped', 'atCap')) =>
  fc.record({ q, p: reweightingArbitrary(), d: fc.oneof(fc.constantFrom(0.01, 0.1, 1), logUniform(1e-8, 50)), mode });

const claim = defineClaim<Case>({
  id: 'remedies/kl-cap',
  title: 'A KL cap d bounds E[V] by the finite value μ + B(d) when V is light-tailed',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations"',
  quote:
    'If we cap KL to a finite value (or dynamically adjust the KL penalty to target a finite KL, as done in the foundational RLHF paper (Ziegler et al. 2019), then E[V] is also upper bounded by a finite value (see Theorem 3), and we think it is likely that E[V] ≈ 0.',
  aliases: ['post Limitations: KL cap / adaptive KL target'],
  reading:
    'Every P with D(P‖Q) ≤ d has E_P[V] − μ_Q ≤ B(d) = inf_λ (d + Λ(λ))/λ < ∞ (the bound\'s value; the tilt at the cap attains it), within the T3 tolerance. "We think it is likely that E[V] ≈ 0" is an opinion, not checked here; its precise form (B(d) → 0 as d → 0, so the KL-capped optimum of E[U] gains at most B_V(d) in V) is light-tail/mean-shift-vanishes.',
  hypotheses: [
    { name: 'lightTailed(V)', description: 'right tail light: E_Q[e^{λV}] < ∞ for some λ > 0 (λ₊ > 0, claims.md §1)', holds: (c) => build(c.q).mgfSup > 0 },
    { name: 'finiteMean(V)', description: 'μ_Q = E_Q[V] finite', holds: (c) => Number.isFinite(build(c.q).mean()) },
    {
      name: 'underCap(P, d)',
      description: 'D(P‖Q) ≤ d, computed for the built P (exact KL, reweighting.ts; relative slack 1e-8 for the tilt at the cap)',
      holds: (c) => underCap(applyReweighting(build(c.q), pOf(c), { secondWay: false }), c.d),
    },
  ],
  necessity: { 'lightTailed(V)': 'load-bearing', 'finiteMean(V)': 'appears-unnecessary', 'underCap(P, d)': 'load-bearing' },
  conclusion: (c) => capVerdict(build(c.q), pOf(c), c.d),
  expect: 'holds',
  uses: ['light-tail/mean-shift-bound', 'heavy-tail/high-mean-low-kl', 'light-tail/mean-shift-vanishes'],
  // depth 1 (single families, affine maps, one level of mixtures): deeper mixtures cost 0.1–0.6 s each in B(d)
  arbitrary: at(lightTailed({ finiteMean: true, maxDepth: 1 })),
  necessityArbitraries: {
    'lightTailed(V)': at(heavyTailed({ finiteMean: true })),
    // light right tails with E[V] = −∞ (reflected Pareto/Lomax α ≤ 1): the Gibbs bound is still finite
    'finiteMean(V)': at(minusInfiniteMeanV()),
    // P not put under the cap: the raw reweighting, compared with B at the (smaller) cap d
    'underCap(P, d)': at(lightTailed({ finiteMean: true, maxDepth: 1 }), fc.constant<Case['mode']>('raw')),
  },
  mutants: [{ name: 'bound halved: E_P[V] − μ ≤ B(d)/2', conclusion: (c) => capVerdict(build(c.q), pOf(c), c.d, 0.5) }],
  // B(d) of a reflected heavy law (bounded above, heavy left tail, e.g. −Weibull k < 0.3) needs a node table of Λ
  // (0.1–1.5 s per case); 50 runs keep the file near 5 s. `goodhart verify` runs 1000.
  testRuns: 50,
  series: klCapSeries,
});

export default claim;
await checkClaimInVitest(claim);
