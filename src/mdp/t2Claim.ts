/**
 * What the two T2 claims (properties/mdp/policy-high-mean-low-kl-*.prop.ts) share: the quote, the case
 * type, the hypotheses computed from the MDP (the return law G∘Tr(π₀) is built from the MDP's own
 * spec, returnLaw.ts, and read through tailClass and mean()), the generators and the mutants.
 */
import fc from 'fast-check';
import { anyDistribution } from '../arbitraries/anyDistribution.ts';
import { heavyTailed } from '../arbitraries/heavyTailed.ts';
import { lightTailed } from '../arbitraries/lightTailed.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import type { Hypothesis, Mutant } from '../claims/types.ts';
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import { mdpArbitrary, type MdpConstraints } from './arbitrary.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { dTrajByStates, kAvgByStates, occupancy } from './stateDp.ts';
import type { KlReading } from './t2Verdict.ts';
import { t2Witness } from './t2Witness.ts';
import type { MdpSpec } from './types.ts';
import { checkMdp } from './validate.ts';

export interface T2Case { readonly mdp: MdpSpec; readonly M: number; readonly eps: number }

export const T2_QUOTE =
  'Let W = (S, A, P, R) be a deterministic-transition MDP with Markovian returns. Given W we define the function that takes policies to '
  + 'trajectories Tr : (S → ΔA) → Δ(S × A)*, and the average return function g : (S × A)* → R which induces a function G : Δ(S × A)* → ΔR. '
  + 'Let π₀ : S → ΔA be some base policy. If G∘Tr(π₀) is heavy-tailed with finite mean μ_Q, then for any M, ε > 0, there is a policy π with '
  + 'mean return E[U | U ∼ G∘Tr(π)] > M and E_{s∈T, T∼Tr(π)}[D_KL(π(s)‖π₀(s))] < ε.';

export const t2Hypotheses: readonly Hypothesis<T2Case>[] = [
  {
    name: 'heavyTailed(G∘Tr(π₀))',
    description: 'the return law under π₀ (a mixture of atoms and shifted leaf laws) has λ₊ = 0 (claims.md §1)',
    holds: (c) => baseReturnLaw(c.mdp).tailClass === 'heavy',
  },
  {
    name: 'finiteMean(G∘Tr(π₀))',
    description: 'μ_Q = E_π₀[G] exists and is finite',
    holds: (c) => Number.isFinite(baseReturnLaw(c.mdp).mean()),
  },
  {
    name: 'deterministicTransitions(W)',
    description: 'no reachable chance leaf: every random draw is an action of the policy (types.ts)',
    holds: (c) => checkMdp(c.mdp).order.every((i) => { const s = c.mdp.states[i]; return s.kind !== 'leaf' || !s.chance; }),
  },
];

const M = fc.oneof(fc.constantFrom(1, 10, 1000), logUniform(1e-6, 1e8));
const eps = fc.oneof(fc.constantFrom(0.1, 1e-3), logUniform(1e-10, 10));
const caseOf = (c: MdpConstraints) => fc.record({ mdp: mdpArbitrary({ size: 'medium', ...c }), M, eps });

export function t2Arbitraries() {
  return {
    // heavy leaves with a mean, and everything else (hypotheses are computed from the MDP, not assumed)
    main: caseOf({ leafLaw: fc.oneof(heavyTailed({ finiteMean: true, maxDepth: 1 }), anyDistribution({ maxDepth: 1 })) }),
    necessity: {
      'heavyTailed(G∘Tr(π₀))': caseOf({ leafLaw: lightTailed({ finiteMean: true, maxDepth: 1 }) }),
      // single continuous families (infinite and undefined means included); lattice laws with s → 1 make the
      // lower partial means of the conditioning witness sums of 1e6 atoms (slow, not wrong)
      'finiteMean(G∘Tr(π₀))': caseOf({ leafLaw: heavyTailed({ maxDepth: 0, continuous: true }) }),
      // the heavy draw belongs to the environment: no policy can reweight it
      'deterministicTransitions(W)': caseOf({ leafLaw: heavyTailed({ finiteMean: true, maxDepth: 1 }), chanceLeaves: 'all' }),
    },
  };
}

export function t2Mutants(reading: KlReading): Mutant<T2Case>[] {
  const out: Mutant<T2Case>[] = [
    {
      name: 'ε dropped to 0 (only π = π₀ allowed)',
      conclusion: (c) => {
        const mu = baseReturnLaw(c.mdp).mean();
        return mu > c.M ? holds('μ_Q > M', { mu, M: c.M }) : fails(`μ_Q = ${fmt(mu)} ≤ M = ${fmt(c.M)} and π must be π₀`, { mu, M: c.M });
      },
    },
    {
      name: 'KL controls the mean linearly: E_π[G] − μ_Q ≤ ε',
      conclusion: (c) => {
        const w = t2Witness(c.mdp, c.M, c.eps).witness;
        const mu = baseReturnLaw(c.mdp).mean();
        if (!w || !Number.isFinite(mu)) return inconclusive('no witness');
        const shift = w.mean - mu;
        return shift > 2 * c.eps ? fails(`E_π[G] − μ_Q = ${fmt(shift)} > ε = ${fmt(c.eps)}`, { shift, eps: c.eps }) : holds('shift ≤ ε', { shift });
      },
    },
  ];
  if (reading === 'kAvg') {
    out.push({
      name: 'the two readings agree: K_avg = D_traj',
      conclusion: (c) => {
        const w = t2Witness(c.mdp, c.M, c.eps).witness;
        if (!w) return inconclusive('no witness');
        const occ = occupancy(c.mdp, w.policy);
        const k = kAvgByStates(c.mdp, w.policy, occ);
        const d = dTrajByStates(c.mdp, w.policy, occ);
        return d - k > 1e-9 * d ? fails(`K_avg = ${fmt(k)} < D_traj = ${fmt(d)}`, { k, d }) : holds('equal', { k, d });
      },
    });
  }
  return out;
}
