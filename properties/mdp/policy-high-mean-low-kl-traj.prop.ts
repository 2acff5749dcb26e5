/**
 * Post Theorem 2 (paper Theorem 3), reading D_traj = D(Tr(π)‖Tr(π₀)): a base policy with heavy-tailed
 * finite-mean returns admits policies with mean return above any M at trajectory KL below any ε. The witness
 * is the proof's (T1 weights on returns, realised by the h-transform) on history-determined MDPs and a
 * leaf-local T1 reweighting on DAGs (src/mdp/t2Witness.ts); mean and KL are recomputed at the state level.
 */
import fc from 'fast-check';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { fails, holds } from '../../src/claims/verdicts.ts';
import { t2Verdict } from '../../src/mdp/t2Verdict.ts';
import { t2Arbitraries, t2Hypotheses, t2Mutants, T2_QUOTE, type T2Case } from '../../src/mdp/t2Claim.ts';
import { t2Series } from '../../src/mdp/t2Series.ts';

const arbs = t2Arbitraries();

const claim = defineClaim<T2Case>({
  id: 'mdp/policy-high-mean-low-kl-traj',
  title: 'Heavy-tailed returns give policies with arbitrarily high mean at arbitrarily low trajectory KL',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", Theorem 2 (paper: Theorem 3)',
  quote: T2_QUOTE,
  aliases: ['post T2', 'paper T3'],
  reading:
    'The policy KL read as D_traj = E_T Σ_{s∈T} D(π(s)‖π₀(s)) = D(Tr(π)‖Tr(π₀)). MDPs: trees and DAGs with a single start, deterministic transitions, '
    + 'terminating (acyclic), leaves whose last action has any law of the suite; summed and averaged returns (both generated). '
    + 'A policy with E_π[G] > M and D_traj < ε is found and its numbers recomputed at the state level; DAGs use a leaf-local witness (no Markov h-transform there).',
  hypotheses: t2Hypotheses,
  necessity: {
    'heavyTailed(G∘Tr(π₀))': 'load-bearing',
    'finiteMean(G∘Tr(π₀))': 'appears-unnecessary',
    'deterministicTransitions(W)': 'load-bearing',
  },
  necessityArbitraries: arbs.necessity,
  conclusion: (c) => t2Verdict(c.mdp, c.M, c.eps, 'dTraj'),
  expect: 'holds',
  uses: ['heavy-tail/high-mean-low-kl'],
  arbitrary: arbs.main,
  mutants: t2Mutants('dTraj'),
  series: t2Series,
});

export default claim;
await checkClaimInVitest(claim);
