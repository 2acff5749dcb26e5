/**
 * Post Theorem 4 on MDPs, corrected: with X ⊥ V under π₀ per trajectory, V strongly light (λ₊ = ∞) and
 * unbounded above, the soft-Bellman optimum (the argmax of E_π[U] − β·D_traj) has E[V(π*(β))] → ∞. Checked on
 * a β-grid against a level, each value twice: the state-level DP under the soft-Bellman policy and the
 * trajectory-level tilt E_π₀[V e^{U/β}]/E_π₀[e^{U/β}] (src/mdp/t4Mean.ts, t4Verdict.ts).
 */
import fc from 'fast-check';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fmt, fails, holds } from '../../src/claims/verdicts.ts';
import { levelExponent } from '../../src/constructions/t4Cases.ts';
import { scaleOf, targetLevel } from '../../src/constructions/t4Grid.ts';
import { anyXv, branchDependence, expLeaf, normalLaw, productXv, strongLeaf } from '../../src/mdp/t4Cases.ts';
import { t4MdpSeries } from '../../src/mdp/t4Series.ts';
import { uContinuousMdp, xvIndependent } from '../../src/mdp/t4Structure.ts';
import { t4MdpVerdict, walkGrid, type T4MdpCase } from '../../src/mdp/t4Verdict.ts';
import { PART_U, PART_V, type XvMdpSpec } from '../../src/mdp/xv.ts';
import { partLaw } from '../../src/mdp/xvLaws.ts';

const at = (xv: fc.Arbitrary<XvMdpSpec>) => fc.record({ xv, m: levelExponent() });
const vLaw = (c: T4MdpCase) => partLaw(c.xv, PART_V);
const share01 = fc.constantFrom(0, 1);

const claim = defineClaim<T4MdpCase>({
  id: 'mdp/utility-diverges',
  title: 'On MDPs, X ⊥ V per trajectory, V strongly light and unbounded: E[V] under the soft-Bellman optimum diverges as β → 0',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 4 on MDPs, with the hypotheses the search shows it needs',
  quote:
    'If U = X + V with X and V both light-tailed, and the distribution of U is continuous, and π*(β) ≜ argmax_π E[U(π)] − β D_KL(π, π₀), then lim_{β→0+} E[V(π*(β))] = ∞.',
  aliases: ['post T4 on MDPs (corrected)', 'paper T4 (V unbounded) + independence + λ₊ = ∞, on MDPs'],
  reading:
    'D_KL read as D_traj (the soft-Bellman policy is its argmax). X ⊥ V under π₀ by an exact conservative test (the π₀ law of (X, V) is a mixture of products whose weight table has rank one), '
    + 'λ₊(V) = ∞, ess sup V = ∞. λ₊(X) = ∞ is implied here: one draw per trajectory, so independence with a non-atomic V leaves X finitely many values. '
    + 'Checked: E[V(π*(β))] passes L = q_V(1 − 10^{−m}) on θ = 1/β = 10^{k/2}/scale(U), k ≤ 30, and rises again at β/1.1 and β/1.21, by more than the disagreement of the state DP and the trajectory tilt; '
    + 'where the grid runs out of double range, the factorisation theorem E[V(π*)] = Λ_V′(1/β) (marked "theorem"). Continuity of U is kept to show it is not needed.',
  hypotheses: [
    { name: 'independent(X, V)', description: 'the π₀ law of (X, V) is a product (t4Structure.ts xvIndependent: rank-one mixture of products)', holds: (c) => xvIndependent(c.xv) },
    { name: 'stronglyLight(V)', description: 'λ₊ = ∞ for the π₀ law of V (claims.md §1 L_s)', holds: (c) => vLaw(c).tails.right.mgfSup === Infinity },
    { name: 'unboundedAbove(V)', description: 'ess sup V = ∞ under π₀ (support of the built law)', holds: (c) => vLaw(c).support.upper === Infinity },
    { name: 'continuous(U)', description: 'the π₀ law of U has no atoms (the post\'s hypothesis, kept to test it)', holds: (c) => uContinuousMdp(c.xv) },
  ],
  necessity: {
    'independent(X, V)': 'load-bearing',
    'stronglyLight(V)': 'load-bearing',
    'unboundedAbove(V)': 'load-bearing',
    'continuous(U)': 'appears-unnecessary',
  },
  conclusion: t4MdpVerdict,
  expect: 'holds',
  corrects: 'mdp/utility-diverges-literal',
  uses: ['mdp/utility-diverges-literal', 'light-tail/utility-diverges'],
  arbitrary: at(fc.oneof(
    { arbitrary: productXv(strongLeaf({ unboundedAbove: true })), weight: 3 },
    { arbitrary: productXv(strongLeaf()), weight: 1 },
    { arbitrary: anyXv(strongLeaf(), { leafShare: share01 }), weight: 1 },
  )),
  necessityArbitraries: {
    'independent(X, V)': at(fc.oneof(branchDependence(normalLaw(1.5, 10), normalLaw(0.01, 1)), anyXv(strongLeaf({ unboundedAbove: true }), { leafShare: share01 }))),
    'stronglyLight(V)': at(productXv(expLeaf())),
    'unboundedAbove(V)': at(productXv(strongLeaf({ boundedAbove: true }))),
    'continuous(U)': at(productXv(fc.oneof(strongLeaf({ discrete: true, unboundedAbove: true }), strongLeaf({ unboundedAbove: true })))),
  },
  mutants: [
    {
      name: 'the limit is finite: E[V(π*(β))] ≤ L on the whole β-grid',
      conclusion: (c) => {
        const L = targetLevel(vLaw(c), c.m);
        const w = walkGrid(c.xv, scaleOf(partLaw(c.xv, PART_U)), L);
        return w.hit ? fails(`E[V(π*)] = ${fmt(w.hit.value)} > L = ${fmt(L)} at β = ${fmt(1 / w.hit.theta)}`, { level: L, meanV: w.hit.value }) : holds('not exceeded on the grid', { level: L });
      },
    },
  ],
  series: t4MdpSeries,
});

export default claim;
await checkClaimInVitest(claim);
