/**
 * Policies as data (types.ts PolicySpec): shape check and the per-state KL D(π(s)‖π₀(s)), exact:
 * categorical KL at choice states (kl.ts klCategorical: term-wise non-negative, no cancellation), the leaf
 * law's KL at leaves (leafLaw.ts), 0 at terminal states (no action is taken there).
 */
import { DomainError } from '../errors.ts';
import { klCategorical } from '../numerics/kl.ts';
import { leafLaw } from './leafLaw.ts';
import type { LeafPolicy, MdpSpec, PolicySpec } from './types.ts';

const P_TOLERANCE = 1e-9;

/** Throws DomainError('policy', …) unless π has an entry of the right shape for every state of the MDP. */
export function checkPolicy(mdp: MdpSpec, policy: PolicySpec): void {
  if (!Array.isArray(policy) || policy.length !== mdp.states.length) {
    throw new DomainError('policy', 'length', `an array of ${mdp.states.length} entries`, Array.isArray(policy) ? policy.length : policy);
  }
  mdp.states.forEach((s, i) => {
    const p = policy[i];
    if (s.kind === 'choice') {
      const ok = Array.isArray(p) && p.length === s.actions.length && p.every((x) => x >= 0 && x <= 1);
      const total = ok ? (p as number[]).reduce((a, b) => a + b, 0) : NaN;
      if (!ok || !(Math.abs(total - 1) <= P_TOLERANCE)) {
        throw new DomainError('policy', `[${i}]`, `${s.actions.length} probabilities summing to 1`, p);
      }
    } else if (s.kind === 'leaf') {
      const kind = p !== null && !Array.isArray(p) ? (p as LeafPolicy).kind : undefined;
      if (kind !== 'base' && kind !== 'twoPiece' && kind !== 'tilt') throw new DomainError('policy', `[${i}]`, 'a LeafPolicy', p);
      if (s.chance && kind !== 'base') throw new DomainError('policy', `[${i}]`, "{ kind: 'base' } (a chance leaf: the environment draws)", p);
    } else if (p !== null) {
      throw new DomainError('policy', `[${i}]`, 'null (terminal state)', p);
    }
  });
}

/** D(π(s)‖π₀(s)) for one state (0 at terminal states; NaN for a malformed entry). */
export function stateKl(mdp: MdpSpec, policy: PolicySpec, i: number): number {
  const s = mdp.states[i];
  const p = policy[i];
  if (s.kind === 'terminal') return 0;
  if (s.kind === 'choice') {
    return Array.isArray(p) ? klCategorical(p, s.actions.map((a) => a.p0)) : NaN;
  }
  return p !== null && !Array.isArray(p) ? leafLaw(s.base, p as LeafPolicy).kl : NaN;
}

/** D(π(s)‖π₀(s)) for every state, indexed like mdp.states. */
export function stateKls(mdp: MdpSpec, policy: PolicySpec): number[] {
  return mdp.states.map((_, i) => stateKl(mdp, policy, i));
}
