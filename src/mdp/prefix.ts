/**
 * For a history-determined MDP (validate.ts: each reachable state has one incoming edge), the reward sum
 * and the number of choices made before each reachable state: a forward pass in topological order.
 */
import type { MdpSpec } from './types.ts';
import { checkMdp } from './validate.ts';

export interface Prefixes {
  readonly rewardSum: Float64Array;
  readonly depth: Int32Array;
}

export function prefixes(mdp: MdpSpec): Prefixes {
  const { order } = checkMdp(mdp);
  const rewardSum = new Float64Array(mdp.states.length);
  const depth = new Int32Array(mdp.states.length);
  for (const i of order) {
    const s = mdp.states[i];
    if (s.kind !== 'choice') continue;
    for (const a of s.actions) {
      rewardSum[a.next] = rewardSum[i] + a.reward;
      depth[a.next] = depth[i] + 1;
    }
  }
  return { rewardSum, depth };
}

/** g = a + b·x at a leaf reached with reward sum R after d choices (b = 0 at a terminal state: g = a). */
export function leafAffine(kind: MdpSpec['returnKind'], R: number, d: number, leaf: boolean): { a: number; b: number } {
  if (!leaf) return { a: kind === 'sum' ? R : d === 0 ? 0 : R / d, b: 0 };
  return kind === 'sum' ? { a: R, b: 1 } : { a: R / (d + 1), b: 1 / (d + 1) };
}
