/**
 * State-level dynamic programmes over the reachable (state, depth) pairs, depth = number of choices made
 * before the state (on a tree each state has one depth, so everything is linear in |S|):
 *   occ(s, d) = P_π(visit s after d choices)                         (forward, topological order)
 *   f_ω(s, d) = E_π[ω(|T|) | at s after d choices]                    (backward; ω(n) = 1 or 1/n)
 * from which, with D_s = D(π(s)‖π₀(s)) (policy.ts) and the leaf means of leafLaw.ts,
 *   D_traj = Σ occ(s, d)·D_s,   K_avg = Σ occ(s, d)·D_s·f_{1/n}(s, d),
 *   E_π[G] = Σ occ(s, d)·[Σ_a π(a|s)·r(s, a)·f_ω(s′, d + 1)  |  ω(d + 1)·E_π[X_leaf]],
 * with ω ≡ 1 for summed returns and ω(n) = 1/n for averaged ones (|T| counts the leaf draw; a terminal
 * start has |T| = 0 and contributes nothing). These are the state-level counterparts of paths.ts.
 */
import { leafLaw } from './leafLaw.ts';
import { stateKls } from './policy.ts';
import { Compensated } from './sum.ts';
import type { LeafPolicy, MdpSpec, PolicySpec } from './types.ts';
import { checkMdp } from './validate.ts';

type Omega = (n: number) => number;
const ONE: Omega = () => 1;
const INVERSE: Omega = (n) => (n === 0 ? 0 : 1 / n);

/** occ as one Map depth → probability per state (unreached states have an empty map). */
export function occupancy(mdp: MdpSpec, policy: PolicySpec): Map<number, number>[] {
  const { order } = checkMdp(mdp);
  const occ = mdp.states.map(() => new Map<number, number>());
  occ[mdp.start].set(0, 1);
  for (const i of order) {
    const s = mdp.states[i];
    if (s.kind !== 'choice') continue;
    const probs = policy[i] as readonly number[];
    for (const [d, p] of occ[i]) {
      s.actions.forEach((a, j) => {
        if (!(probs[j] > 0)) return;
        const m = occ[a.next];
        m.set(d + 1, (m.get(d + 1) ?? 0) + p * probs[j]);
      });
    }
  }
  return occ;
}

/**
 * f_ω(s, d) for every reached pair, memoised: a Float64Array indexed s·(maxDepth + 2) + d (NaN = not yet
 * computed) when that table is small, a Map otherwise (deep DAGs).
 */
export function expectedOmega(mdp: MdpSpec, policy: PolicySpec, omega: Omega): (s: number, d: number) => number {
  const stride = checkMdp(mdp).maxDepth + 2;
  const size = mdp.states.length * stride;
  const table = size <= MAX_TABLE ? new Float64Array(size).fill(NaN) : undefined;
  const memo = table ? undefined : new Map<number, number>();
  const f = (i: number, d: number): number => {
    const key = i * stride + d;
    const hit = table ? table[key] : memo!.get(key);
    if (hit !== undefined && !Number.isNaN(hit)) return hit;
    const s = mdp.states[i];
    let v: number;
    if (s.kind === 'terminal') v = omega(d);
    else if (s.kind === 'leaf') v = omega(d + 1);
    else {
      const probs = policy[i] as readonly number[];
      const acc = new Compensated();
      for (let j = 0; j < s.actions.length; j++) if (probs[j] > 0) acc.add(probs[j] * f(s.actions[j].next, d + 1));
      v = acc.value();
    }
    if (table) table[key] = v;
    else memo!.set(key, v);
    return v;
  };
  return f;
}

const MAX_TABLE = 1 << 20;

function overPairs(occ: Map<number, number>[], term: (i: number, d: number, p: number) => number): number {
  const acc = new Compensated();
  for (let i = 0; i < occ.length; i++) {
    const m = occ[i];
    if (m.size === 0) continue;
    for (const [d, p] of m) if (p > 0) acc.add(term(i, d, p));
  }
  return acc.value();
}

/**
 * D_traj = Σ_s occ(s)·D(π(s)‖π₀(s)) (the chain-rule form of D(Tr(π)‖Tr(π₀))). `kls` = stateKls(mdp, policy)
 * may be passed in when the caller already has it.
 */
export function dTrajByStates(mdp: MdpSpec, policy: PolicySpec, occ = occupancy(mdp, policy), kls: readonly number[] = stateKls(mdp, policy)): number {
  return overPairs(occ, (i, _d, p) => (kls[i] === 0 ? 0 : p * kls[i]));
}

/** K_avg = E_T[(1/|T|)·Σ_{s∈T} D(π(s)‖π₀(s))] over the states where an action is taken (`kls` as in dTrajByStates). */
export function kAvgByStates(mdp: MdpSpec, policy: PolicySpec, occ = occupancy(mdp, policy), kls: readonly number[] = stateKls(mdp, policy)): number {
  const f = expectedOmega(mdp, policy, INVERSE);
  return overPairs(occ, (i, d, p) => (kls[i] === 0 ? 0 : p * kls[i] * f(i, d)));
}

/** E_π[G] by the state-level programme (see the file comment). */
export function meanByStates(mdp: MdpSpec, policy: PolicySpec, occ = occupancy(mdp, policy)): number {
  const omega = mdp.returnKind === 'sum' ? ONE : INVERSE;
  const f = expectedOmega(mdp, policy, omega);
  return overPairs(occ, (i, d, p) => {
    const s = mdp.states[i];
    if (s.kind === 'terminal') return 0;
    if (s.kind === 'leaf') return p * omega(d + 1) * leafLaw(s.base, policy[i] as LeafPolicy).mean;
    const probs = policy[i] as readonly number[];
    const acc = new Compensated();
    for (let j = 0; j < s.actions.length; j++) {
      const a = s.actions[j];
      if (probs[j] > 0 && a.reward !== 0) acc.add(probs[j] * a.reward * f(a.next, d + 1));
    }
    return p * acc.value();
  });
}
