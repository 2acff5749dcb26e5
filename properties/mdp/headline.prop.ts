/**
 * The headline corollary on MDPs (post T2 with T3), corrected: the return U = X + V of each trajectory is split
 * into an error X and a true utility V; with U heavy-tailed under π₀ (not only X) and V light, policies reach any mean return at any
 * small KL while E[V] rises at most by the T3 bound B_V(D_traj), and less than any η. X and V depend on each
 * other through the path (and within shared leaf draws). Witness: T2's (src/mdp/t2Witness.ts); E[V] by DP.
 */
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { xvHeadlineArbitraries, xvNecessityArbitraries, xvHeadlineHypotheses, xvHeadlineMutants } from '../../src/mdp/xvHeadlineClaim.ts';
import { xvHeadlineSeries } from '../../src/mdp/xvHeadlineSeries.ts';
import { xvHeadlineVerdict, type XvHeadlineCase } from '../../src/mdp/xvHeadlineVerdict.ts';

const arbs = xvHeadlineArbitraries();

const claim = defineClaim<XvHeadlineCase>({
  id: 'mdp/headline',
  title: 'On MDPs, heavy-tailed return with light-tailed utility: policies with arbitrarily high mean return at arbitrarily low KL and no gain in true utility',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Results" (Theorems 2 and 3 together)',
  quote:
    'when X is heavy-tailed, there are arbitrarily well-performing policies π with E_π[V] ≈ E_π0[V]; that is, that get no higher true utility than the prior. […] For such policies π, it is necessarily the case that lim_{ϵ→0} E[V(π)] = 0',
  aliases: ['post headline corollary on MDPs', 'paper Corollary of Theorems 1–3'],
  reading:
    'Deterministic-transition MDPs (trees and DAGs, single start, leaves with any law of the suite, summed and averaged returns), each reward and leaf draw split into X and V parts (src/mdp/xv.ts). '
    + 'If U is heavy-tailed with a finite mean and V light under π₀ (E_π₀[V] is then finite in this model: each draw is split linearly), then for all M, ε, η > 0 a policy has E_π[U] > M, D_traj < ε and K_avg < ε (one witness serves both readings: K_avg ≤ D_traj), '
    + 'E_π[V] − E_π₀[V] < η and ≤ B_V(D_traj) (T3 via data processing; dvBound of V\'s law under π₀). E[U], D_traj and E[V] each computed at the state and the trajectory level.',
  hypotheses: xvHeadlineHypotheses,
  necessity: {
    'heavyTailed(U)': 'load-bearing',
    'finiteMean(U)': 'appears-unnecessary',
    'lightTailed(V)': 'load-bearing',
    'deterministicTransitions(W)': 'load-bearing',
  },
  necessityArbitraries: xvNecessityArbitraries(['heavyTailed(U)', 'finiteMean(U)', 'lightTailed(V)', 'deterministicTransitions(W)']),
  conclusion: xvHeadlineVerdict,
  expect: 'holds',
  corrects: 'mdp/headline-literal',
  uses: ['mdp/policy-high-mean-low-kl-traj', 'headline/goodhart-with-kl', 'light-tail/mean-shift-bound'],
  arbitrary: arbs.main,
  mutants: xvHeadlineMutants,
  series: xvHeadlineSeries,
});

export default claim;
await checkClaimInVitest(claim);
