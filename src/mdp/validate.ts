/**
 * checkMdp: validates an MdpSpec (types.ts) and returns its reachable part in topological order. Throws
 * DomainError('mdp', field, allowed, value) for a bad index, a cycle, non-finite rewards or π₀ probabilities
 * that are not a law. The check is linear in the number of states and actions; results are cached by the
 * identity of the (immutable) spec object.
 */
import { DomainError } from '../errors.ts';
import type { MdpSpec } from './types.ts';

export interface CheckedMdp {
  readonly mdp: MdpSpec;
  /** reachable states, each before all its successors (start first) */
  readonly order: readonly number[];
  /** every reachable state has exactly one incoming edge from a reachable (state, action): the state determines the history */
  readonly historyDetermined: boolean;
  /** the largest number of actions before reaching any state (0 for the start) */
  readonly maxDepth: number;
}

const P_TOLERANCE = 1e-12;
const cache = new WeakMap<MdpSpec, CheckedMdp>();

function checkStates(mdp: MdpSpec): void {
  const n = mdp.states.length;
  if (!(Number.isInteger(mdp.start) && mdp.start >= 0 && mdp.start < n)) {
    throw new DomainError('mdp', 'start', `a state index in [0, ${n})`, mdp.start);
  }
  if (mdp.returnKind !== 'sum' && mdp.returnKind !== 'average') throw new DomainError('mdp', 'returnKind', "'sum' or 'average'", mdp.returnKind);
  mdp.states.forEach((s, i) => {
    if (s.kind !== 'choice') return;
    if (s.actions.length === 0) throw new DomainError('mdp', `states[${i}].actions`, 'a non-empty array', s.actions);
    let total = 0;
    s.actions.forEach((a, j) => {
      const where = `states[${i}].actions[${j}]`;
      if (!(Number.isInteger(a.next) && a.next >= 0 && a.next < n)) throw new DomainError('mdp', `${where}.next`, `a state index in [0, ${n})`, a.next);
      if (!Number.isFinite(a.reward)) throw new DomainError('mdp', `${where}.reward`, 'a finite number', a.reward);
      if (!(a.p0 >= 0 && a.p0 <= 1)) throw new DomainError('mdp', `${where}.p0`, 'in [0, 1]', a.p0);
      total += a.p0;
    });
    if (!(Math.abs(total - 1) <= P_TOLERANCE)) throw new DomainError('mdp', `states[${i}].actions[*].p0`, 'summing to 1 within 1e-12', total);
  });
}

/** Validate and order the reachable states (iterative DFS; a back edge is a cycle). */
export function checkMdp(mdp: MdpSpec): CheckedMdp {
  const hit = cache.get(mdp);
  if (hit) return hit;
  checkStates(mdp);
  const n = mdp.states.length;
  const mark = new Uint8Array(n); // 0 unseen, 1 on stack, 2 done
  const post: number[] = [];
  const stack: [number, number][] = [[mdp.start, 0]];
  mark[mdp.start] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const s = mdp.states[top[0]];
    const actions = s.kind === 'choice' ? s.actions : [];
    if (top[1] < actions.length) {
      const next = actions[top[1]++].next;
      if (mark[next] === 1) throw new DomainError('mdp', 'states', 'an acyclic transition graph (terminating trajectories)', `cycle through state ${next}`);
      if (mark[next] === 0) {
        mark[next] = 1;
        stack.push([next, 0]);
      }
    } else {
      mark[top[0]] = 2;
      post.push(top[0]);
      stack.pop();
    }
  }
  const order = post.reverse();
  const incoming = new Int32Array(n);
  const depth = new Int32Array(n);
  let maxDepth = 0;
  for (const i of order) {
    const s = mdp.states[i];
    if (s.kind !== 'choice') continue;
    for (const a of s.actions) {
      incoming[a.next]++;
      depth[a.next] = Math.max(depth[a.next], depth[i] + 1);
      maxDepth = Math.max(maxDepth, depth[a.next]);
    }
  }
  const historyDetermined = order.every((i) => (i === mdp.start ? incoming[i] === 0 : incoming[i] === 1));
  const checked: CheckedMdp = Object.freeze({ mdp, order, historyDetermined, maxDepth });
  cache.set(mdp, checked);
  return checked;
}
