/**
 * The h-transform (claims.md §2 T2): a reweighting of trajectories by their return, ρ(T) = w(g(T))·ρ₀(T),
 * is the trajectory law of the policy
 *   π(a|s) = π₀(a|s)·h(s′)/h(s),   h(s) = E_π₀[w(G) | s],   s′ = P(s, a),
 * and, at a leaf reached with prefix (a, b) (g = a + b·x), the leaf law dπ/dQ(x) = w(a + b·x)/h(leaf).
 * Then Tr(π) = ρ/h(start), so Tr(π) = ρ exactly when E_π₀[w(G)] = h(start) = 1. This needs h to be a
 * function of the state: the state must determine the history (tree-like MDP); on a DAG the same state is
 * reached with different prefixes and no Markov policy realises ρ in general (DomainError).
 * Here w is the two-piece weight of T1: w = e^{logBelow} on {g ≤ t}, e^{logAbove} on {g > t}; at a leaf
 * that is the two-piece leaf policy with cut c = (t − a)/b and mass e^{logAbove}·F̄_Q(c)/h(leaf). All in logs.
 */
import { DomainError } from '../errors.ts';
import { logAddExp, logSumExp } from '../numerics/logspace.ts';
import { leafBase, registerLeafBases } from './leafBase.ts';
import { leafAffine, prefixes } from './prefix.ts';
import type { Distribution } from '../distributions/types.ts';
import { basePolicy, type LeafPolicy, type MdpSpec, type PolicySpec, type StatePolicy } from './types.ts';
import { checkMdp } from './validate.ts';

export interface TwoPieceWeight {
  readonly t: number;
  /** log w on {g ≤ t} (−Infinity allowed: conditioning on g > t) */
  readonly logBelow: number;
  /** log w on {g > t} */
  readonly logAbove: number;
}

export interface HTransform {
  readonly policy: PolicySpec;
  /** log h(s) per state (NaN for unreachable states) */
  readonly logH: readonly number[];
  /** log h(start) = log E_π₀[w(G)] (0 for a normalised weight) */
  readonly logHStart: number;
}

export function hTransformTwoPiece(mdp: MdpSpec, w: TwoPieceWeight): HTransform {
  const { order, historyDetermined } = checkMdp(mdp);
  if (!historyDetermined) {
    throw new DomainError('hTransform', 'mdp', 'history-determined (each reachable state has one incoming edge)', 'a state reached along two paths');
  }
  registerLeafBases(mdp);
  const { rewardSum, depth } = prefixes(mdp);
  const logH = mdp.states.map(() => NaN);
  const policy: StatePolicy[] = [...basePolicy(mdp)];
  const seen = new Map<Distribution, Map<number, { lh: number; leaf?: LeafPolicy }>>();
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const s = mdp.states[i];
    if (s.kind === 'choice') {
      const terms = s.actions.map((a) => (a.p0 > 0 ? Math.log(a.p0) + logH[a.next] : -Infinity));
      const lh = logSumExp(terms);
      logH[i] = lh;
      if (lh > -Infinity && lh < Infinity) {
        const probs = terms.map((x) => Math.exp(x - lh));
        const total = probs.reduce((x, y) => x + y, 0);
        policy[i] = probs.map((p) => p / total);
      }
      continue;
    }
    const { a, b } = leafAffine(mdp.returnKind, rewardSum[i], depth[i], s.kind === 'leaf');
    if (s.kind === 'terminal') {
      logH[i] = a > w.t ? w.logAbove : w.logBelow;
      continue;
    }
    if (s.chance) throw new DomainError('hTransform', `states[${i}]`, 'a leaf the policy controls', 'a chance leaf');
    const q = leafBase(s.base);
    const c = (w.t - a) / b;
    // leaves sharing a base law and a cut share h and the leaf policy (computed once)
    let byCut = seen.get(q);
    if (!byCut) seen.set(q, (byCut = new Map()));
    const hit = byCut.get(c);
    if (hit) {
      logH[i] = hit.lh;
      if (hit.leaf) policy[i] = { ...hit.leaf };
      continue;
    }
    const above = w.logAbove + q.logSf(c);
    const lh = logAddExp(w.logBelow + q.logCdf(c), above);
    logH[i] = lh;
    const leaf: LeafPolicy | undefined = lh > -Infinity && lh < Infinity ? { kind: 'twoPiece', t: c, mass: Math.min(1, Math.exp(above - lh)) } : undefined;
    if (leaf) policy[i] = leaf;
    byCut.set(c, { lh, leaf });
  }
  return { policy, logH, logHStart: logH[mdp.start] };
}
