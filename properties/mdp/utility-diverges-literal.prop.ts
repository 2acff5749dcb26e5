/**
 * Post Theorem 4 on MDPs, as worded: U = X + V per trajectory (src/mdp/xv.ts), X and V light-tailed and U
 * continuous under π₀; π*(β) the soft-Bellman policy, the argmax of E_π[U] − β·D_traj (D_KL read as
 * D(Tr(π)‖Tr(π₀)), the reading for which softBellman.ts is the argmax). Refuted with certificates
 * (src/mdp/t4Certificates.ts): X and V depend on each other through the path.
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fmt, fails, holds } from '../../src/claims/verdicts.ts';
import { levelExponent } from '../../src/constructions/t4Cases.ts';
import { scaleOf } from '../../src/constructions/t4Grid.ts';
import { anyXv, branchDependence, expLeaf, lightLeaf, normalLaw, strongLeaf } from '../../src/mdp/t4Cases.ts';
import { meanVAt } from '../../src/mdp/t4Mean.ts';
import { t4MdpSeries } from '../../src/mdp/t4Series.ts';
import { uContinuousMdp } from '../../src/mdp/t4Structure.ts';
import { t4MdpVerdict, type T4MdpCase } from '../../src/mdp/t4Verdict.ts';
import { basePolicy } from '../../src/mdp/types.ts';
import { PART_U, PART_V, PART_X, type XvMdpSpec } from '../../src/mdp/xv.ts';
import { partLaw } from '../../src/mdp/xvLaws.ts';
import { partMeanByStates } from '../../src/mdp/xvParts.ts';

const at = (xv: fc.Arbitrary<XvMdpSpec>) => fc.record({ xv, m: levelExponent() });
const lambdaPlus = (c: T4MdpCase, part: typeof PART_X) => partLaw(c.xv, part).tails.right.mgfSup;

const claim = defineClaim<T4MdpCase>({
  id: 'mdp/utility-diverges-literal',
  title: 'On MDPs, light-tailed X and V: E[V] under the soft-Bellman optimum diverges as β → 0 (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 4, on the MDP setting of Theorem 2',
  quote:
    'If U = X + V with X and V both light-tailed, and the distribution of U is continuous, and π*(β) ≜ argmax_π E[U(π)] − β D_KL(π, π₀), then lim_{β→0+} E[V(π*(β))] = ∞.',
  aliases: ['post T4 on MDPs', 'paper T4 (without "V unbounded") on MDPs'],
  reading:
    'Deterministic-transition MDPs (trees and DAGs, summed and averaged returns), each reward and leaf draw split into X and V parts; hypotheses on the π₀ laws of X, V, U. '
    + 'D_KL read as D_traj, for which the soft-Bellman policy π*(a|s) = π₀(a|s)·h(s′)/h(s), h(s) = E_π₀[e^{U/β} | s], is the argmax (it does not exist when h = ∞). '
    + 'Holds: E[V(π*)] passes L = q_V(1 − 10^{−m}) on a β-grid and keeps increasing (state DP and trajectory tilt agree); fails only with a certificate.',
  hypotheses: [
    { name: 'lightTailed(X)', description: 'λ₊ > 0 for the π₀ law of X (claims.md §1), built from the paths (xvLaws.ts)', holds: (c) => lambdaPlus(c, PART_X) > 0 },
    { name: 'lightTailed(V)', description: 'λ₊ > 0 for the π₀ law of V', holds: (c) => lambdaPlus(c, PART_V) > 0 },
    { name: 'continuous(U)', description: 'the π₀ law of U = X + V has no atoms (t4Structure.ts)', holds: (c) => uContinuousMdp(c.xv) },
  ],
  necessity: { 'lightTailed(X)': 'load-bearing', 'lightTailed(V)': 'load-bearing', 'continuous(U)': 'load-bearing' },
  conclusion: t4MdpVerdict,
  expect: 'refuted',
  finding:
    'Refuted through the path: an error leaf N(μ₁, σ₁²) (V = 0) beside a utility leaf N(μ₂, σ₂²) with σ₁ > σ₂ makes U continuous and X, V light, but the soft-Bellman optimum '
    + 'ends on the error branch as β → 0 and E[V(π*(β))] → 0 (normal dominance certificate); also by V bounded above and by exponential-type leaves (no optimum for small β). '
    + 'Corrected in mdp/utility-diverges: X ⊥ V per trajectory under π₀, λ₊ = ∞, V unbounded above.',
  correctedBy: 'mdp/utility-diverges',
  uses: ['light-tail/utility-diverges-literal'],
  arbitrary: at(fc.oneof(
    { arbitrary: anyXv(lightLeaf()), weight: 3 },
    { arbitrary: branchDependence(normalLaw(1.5, 10), normalLaw(0.01, 1)), weight: 1 },
    { arbitrary: anyXv(strongLeaf({ continuous: true })), weight: 1 },
  )),
  necessityArbitraries: {
    'lightTailed(X)': at(anyXv(fc.constant({ family: 'studentT', df: 3 }), { leafShare: fc.constant(0) })),
    'lightTailed(V)': at(anyXv(fc.constant({ family: 'studentT', df: 3 }), { leafShare: fc.constant(1) })),
    'continuous(U)': at(anyXv(fc.oneof(strongLeaf({ discrete: true }), expLeaf()))),
  },
  mutants: [
    {
      name: 'tilting never raises V: E[V(π*(β))] ≤ E_π₀[V] at β = scale of U',
      conclusion: (c) => {
        const r = meanVAt(c.xv, 1 / scaleOf(partLaw(c.xv, PART_U)));
        if (typeof r === 'string') return holds(`no optimum to compare: ${r}`, {});
        const base = partMeanByStates(c.xv, basePolicy(c.xv.mdp), PART_V);
        const d = r.value - base;
        return d > r.error + 1e-9 * Math.max(1, Math.abs(base)) ? fails(`E[V(π*)] − E_π₀[V] = ${fmt(d)} > 0`, { shift: d, error: r.error }) : holds('no increase', { shift: d });
      },
    },
  ],
  series: t4MdpSeries,
});

export default claim;
await checkClaimInVitest(claim);
