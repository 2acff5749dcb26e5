/**
 * The soft-Bellman optimum (claims.md §2 T4; Gibbs / Donsker–Varadhan, claims.md §1): over policies π,
 *   sup E_π[U] − β·D(Tr(π)‖Tr(π₀)) = β·log h(start),   h(s) = E_π₀[e^{U/β} | s],
 * attained by π*(a|s) = π₀(a|s)·h(s′)/h(s), and at a leaf by the tilt dπ* / dQ ∝ e^{b·x/β} (g = a + b·x),
 * whenever h(start) < ∞ (a heavy leaf law, or a light one with λ₊ ≤ b/β, makes it infinite: no optimum).
 * Two exact recursions, in logs:
 * - history-determined MDPs, any return kind: h(s) includes the prefix: terminal e^{g/β}, leaf
 *   e^{a/β}·M_Q(b/β), choice Σ_a π₀(a|s)·h(s′);
 * - summed returns on any DAG: e^{U/β} factorises along the path, so h(s) = E_π₀[e^{(reward to go)/β} | s]
 *   is Markov: terminal 1, leaf M_Q(1/β), choice Σ_a π₀(a|s)·e^{r(s,a)/β}·h(s′), π* ∝ π₀·e^{r/β}·h(s′).
 * Averaged returns on a DAG are not covered (DomainError). Actions with π₀(a|s) = 0 get π*(a|s) = 0.
 * A chance leaf (types.ts) cannot be tilted: it is worth e^{(a + b·μ_Q)/β}, its mean, and keeps the base law.
 */
import { DomainError } from '../errors.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { leafBase, registerLeafBases } from './leafBase.ts';
import { leafAffine, prefixes } from './prefix.ts';
import { dTrajByStates, meanByStates, occupancy } from './stateDp.ts';
import { basePolicy, type MdpSpec, type PolicySpec, type StatePolicy } from './types.ts';
import { checkMdp } from './validate.ts';

export interface SoftBellman {
  /** h(start) < ∞: the optimum exists */
  readonly exists: boolean;
  readonly policy: PolicySpec;
  /** log h(start) (Infinity when no optimum exists) */
  readonly logHStart: number;
  /** the optimal value β·log h(start) of E_π[U] − β·D_traj (Infinity when no optimum exists) */
  readonly value: number;
}

export function softBellman(mdp: MdpSpec, beta: number): SoftBellman {
  if (!(beta > 0 && beta < Infinity)) throw new DomainError('softBellman', 'beta', 'a finite number > 0', beta);
  const { order, historyDetermined } = checkMdp(mdp);
  if (!historyDetermined && mdp.returnKind !== 'sum') {
    throw new DomainError('softBellman', 'mdp', 'history-determined, or summed returns', 'averaged returns on a DAG');
  }
  registerLeafBases(mdp); // leaves with equal base specs share one built law (leafBase.ts)
  const factorised = !historyDetermined;
  const pre = factorised ? undefined : prefixes(mdp);
  const logH = mdp.states.map(() => NaN);
  const policy: StatePolicy[] = [...basePolicy(mdp)];
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const s = mdp.states[i];
    if (s.kind === 'choice') {
      const terms = s.actions.map((a) => (a.p0 > 0 ? Math.log(a.p0) + (factorised ? a.reward / beta : 0) + logH[a.next] : -Infinity));
      const lh = logSumExp(terms);
      logH[i] = lh;
      if (lh < Infinity && lh > -Infinity) {
        const probs = terms.map((x) => Math.exp(x - lh));
        const total = probs.reduce((x, y) => x + y, 0);
        policy[i] = probs.map((p) => p / total);
      }
      continue;
    }
    const { a, b } = pre ? leafAffine(mdp.returnKind, pre.rewardSum[i], pre.depth[i], s.kind === 'leaf') : { a: 0, b: 1 };
    if (s.kind === 'terminal') {
      logH[i] = a / beta;
      continue;
    }
    if (s.chance) {
      // the environment draws: no tilt is possible, the leaf is worth its mean (soft-Bellman with a chance node)
      logH[i] = (a + b * leafBase(s.base).mean()) / beta;
      continue;
    }
    const lm = leafBase(s.base).logMgf(b / beta);
    logH[i] = Number.isNaN(lm) ? NaN : a / beta + lm;
    if (lm < Infinity) policy[i] = { kind: 'tilt', theta: b / beta };
  }
  const logHStart = logH[mdp.start];
  const exists = logHStart < Infinity;
  return { exists, policy, logHStart, value: exists ? beta * logHStart : Infinity };
}

/** E_π[U] − β·D(Tr(π)‖Tr(π₀)), by the state-level programmes of stateDp.ts. */
export function policyObjective(mdp: MdpSpec, policy: PolicySpec, beta: number): number {
  const occ = occupancy(mdp, policy);
  const d = dTrajByStates(mdp, policy, occ);
  return meanByStates(mdp, policy, occ) - (d === 0 ? 0 : beta * d);
}
