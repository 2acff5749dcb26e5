/**
 * The headline corollary on MDPs as worded: "when X is heavy-tailed" (with V light, finite means). Refuted:
 * X's heavy right tail can be cancelled by a heavy left tail of V within one draw, leaving U light, and then
 * Donsker–Varadhan on U bounds E_π[U] at small KL. Corrected beside it: mdp/headline (U heavy).
 */
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { xvHeadlineArbitraries, xvNecessityArbitraries, xvHeadlineLiteralHypotheses, xvHeadlineMutants } from '../../src/mdp/xvHeadlineClaim.ts';
import { xvHeadlineVerdict, type XvHeadlineCase } from '../../src/mdp/xvHeadlineVerdict.ts';

const arbs = xvHeadlineArbitraries();

const claim = defineClaim<XvHeadlineCase>({
  id: 'mdp/headline-literal',
  title: 'On MDPs, heavy-tailed error X: policies with arbitrarily high mean return at arbitrarily low KL and no gain in true utility (as worded)',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Results" (Theorems 2 and 3 together)',
  quote:
    'when X is heavy-tailed, there are arbitrarily well-performing policies π with E_π[V] ≈ E_π0[V]; that is, that get no higher true utility than the prior.',
  aliases: ['post headline corollary on MDPs (as worded)'],
  reading:
    'As mdp/headline, with the hypotheses as worded: X heavy-tailed and V light-tailed (right tails) under π₀, both with finite means, deterministic transitions. '
    + 'Conclusion: for all M, ε, η > 0 a policy with E_π[U] > M, D_traj and K_avg < ε, E_π[V] − E_π₀[V] < η and ≤ B_V(D_traj); refuted only with a Donsker–Varadhan or skeleton certificate.',
  hypotheses: xvHeadlineLiteralHypotheses,
  necessity: {
    'heavyTailed(X)': 'load-bearing',
    'finiteMean(X)': 'appears-unnecessary',
    'lightTailed(V)': 'load-bearing',
    // not exercised: every dropped case has E_π₀[U] = −∞ (a linear split of a draw with mean −∞), where T2's witness (which
    // needs a finite μ_U) decides nothing — all such cases are inconclusive, so the check cannot speak either way
    'finiteMean(V)': 'not-exercised',
    'deterministicTransitions(W)': 'load-bearing',
  },
  necessityArbitraries: xvNecessityArbitraries(['heavyTailed(X)', 'finiteMean(X)', 'lightTailed(V)', 'finiteMean(V)', 'deterministicTransitions(W)']),
  conclusion: xvHeadlineVerdict,
  expect: 'refuted',
  finding:
    'Refuted: a leaf draw y with a heavy left tail split with utility share s > 1 gives X = (1 − s)y heavy on the right and V = s·y light on the right, but U = y light: '
    + 'every policy with KL < ε has E_π[U] ≤ μ_U + B_U(L·ε) < M (Donsker–Varadhan). X heavy is not enough when V is light only on the right; the corrected claim assumes U heavy (implied by X heavy and V two-sided light).',
  correctedBy: 'mdp/headline',
  uses: ['mdp/policy-high-mean-low-kl-traj', 'headline/goodhart-with-kl'],
  arbitrary: arbs.literalMain,
  mutants: xvHeadlineMutants,
});

export default claim;
await checkClaimInVitest(claim);
