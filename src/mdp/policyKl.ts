/**
 * The two readings of the policy KL (claims.md §1) at the trajectory level, from the paths of Tr(π):
 *   D_traj = D(Tr(π)‖Tr(π₀)) = E_{T∼Tr(π)}[log dTr(π)/dTr(π₀)(T)]
 *          = Σ_paths P_π(path)·(Σ log π(a|s)/π₀(a|s) along it + D(leaf law ‖ base law)),
 *   K_avg  = E_{T∼Tr(π)}[(1/|T|)·Σ_{s∈T} D(π(s)‖π₀(s))].
 * stateDp.ts computes both again from state occupancies; their agreement with these is the chain rule
 * (deterministic transitions, terminating trajectories), checked in policyKl.test.ts. K_avg ≤ D_traj since
 * 1/|T| ≤ 1 (|T| ≥ 1 whenever an action is taken).
 */
import { trajectoryPaths } from './paths.ts';
import { compensatedSum } from './sum.ts';
import type { MdpSpec, PolicySpec } from './types.ts';

/** D(Tr(π)‖Tr(π₀)) as the π-expectation of the trajectory log-likelihood ratio. */
export function dTrajByPaths(mdp: MdpSpec, policy: PolicySpec, paths = trajectoryPaths(mdp, policy)): number {
  return compensatedSum(
    paths.map((p) => {
      const w = Math.exp(p.logProb);
      return w === 0 ? 0 : w * (p.logRatio + p.leafKl);
    }),
  );
}

/** K_avg as the π-expectation of the per-trajectory average of the state KLs. */
export function kAvgByPaths(mdp: MdpSpec, policy: PolicySpec, paths = trajectoryPaths(mdp, policy)): number {
  return compensatedSum(
    paths.map((p) => {
      const w = Math.exp(p.logProb);
      const n = p.choices + (p.leaf ? 1 : 0);
      return w === 0 || n === 0 || p.klSum === 0 ? 0 : (w * p.klSum) / n;
    }),
  );
}
