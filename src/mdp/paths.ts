/**
 * Tr(π), the trajectory law, by its finite skeleton: every path from the start to an endpoint (a terminal
 * state, or a leaf whose last action then has the law of leafLaw.ts). Along each path the log-probability
 * under π, the reward sum, the number of actions taken before the endpoint, Σ_{s∈T} D(π(s)‖π₀(s)) over
 * the states where an action is taken (the leaf included), and Σ log π(a|s)/π₀(a|s) over the choices made.
 * Actions that π never takes are pruned. On a tree the paths are the endpoints (linear in |S|); on a DAG
 * their number can grow exponentially, so more than MAX_PATHS is a DomainError.
 */
import { DomainError } from '../errors.ts';
import { stateKls } from './policy.ts';
import type { MdpSpec, PolicySpec } from './types.ts';
import { checkMdp } from './validate.ts';

export interface TrajectoryPath {
  /** the endpoint: a terminal state or a leaf */
  readonly end: number;
  readonly leaf: boolean;
  /** log P_π(reach `end` along this path) */
  readonly logProb: number;
  /** Σ rewards of the choices made (the leaf draw not included) */
  readonly rewardSum: number;
  /** number of choices made (|T| = choices + 1 at a leaf) */
  readonly choices: number;
  /** Σ D(π(s)‖π₀(s)) over the states of the path where an action is taken, the leaf's included */
  readonly klSum: number;
  /** Σ log π(a|s)/π₀(a|s) over the choices made (+∞ where π₀(a|s) = 0 < π(a|s)) */
  readonly logRatio: number;
  /** D(leaf law ‖ base law) at a leaf endpoint, 0 at a terminal one */
  readonly leafKl: number;
}

export const MAX_PATHS = 100_000;

/** `kls` = stateKls(mdp, policy) may be passed in when the caller already has it. */
export function trajectoryPaths(mdp: MdpSpec, policy: PolicySpec, kls: readonly number[] = stateKls(mdp, policy)): TrajectoryPath[] {
  checkMdp(mdp);
  const out: TrajectoryPath[] = [];
  const visit = (i: number, logProb: number, rewardSum: number, choices: number, klSum: number, logRatio: number): void => {
    const s = mdp.states[i];
    if (s.kind !== 'choice') {
      if (out.length >= MAX_PATHS) throw new DomainError('trajectoryPaths', 'mdp', `at most ${MAX_PATHS} paths`, 'more');
      const leaf = s.kind === 'leaf';
      const leafKl = leaf ? kls[i] : 0;
      out.push({ end: i, leaf, logProb, rewardSum, choices, klSum: klSum + leafKl, logRatio, leafKl });
      return;
    }
    const probs = policy[i] as readonly number[];
    for (let j = 0; j < s.actions.length; j++) {
      const a = s.actions[j];
      const p = probs[j];
      if (!(p > 0)) continue;
      const lp = Math.log(p);
      visit(a.next, logProb + lp, rewardSum + a.reward, choices + 1, klSum + kls[i], logRatio + (lp - Math.log(a.p0)));
    }
  };
  visit(mdp.start, 0, 0, 0, 0, 0);
  return out;
}
