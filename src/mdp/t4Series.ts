/**
 * Plot data for the T4 claims on MDPs: E[V(π*(β))] against β on 10^{k/10}, k = −20…20, for four fixed MDPs,
 * each value by the soft-Bellman policy and the state-level DP (`byStates`) and by the trajectory-level tilt
 * (`byTilt`, t4Mean.ts), null where π*(β) does not exist:
 * - X ⊥ V: a fair coin sets X ∈ {0, 1}, then a N(0, 1) utility leaf: E[V] = 1/β (Λ_V′(θ) = θ);
 * - branch dependence: an error leaf N(0, 2²) or a utility leaf N(0, 1), each with probability ½:
 *   E[V] = θ/(1 + e^{3θ²/2}) → 0 (the literal claim's counterexample);
 * - V bounded: the utility leaf uniform on [−1, 1]: E[V] → 1 = ess sup V;
 * - exponential-type V: the utility leaf Laplace(0, ½): λ₊ = 2, no optimum for β ≤ ½.
 */
import { meanVByStates, meanVByTilt } from './t4Mean.ts';
import type { XvMdpSpec } from './xv.ts';
import type { DistributionSpec } from '../distributions/types.ts';

export interface T4MdpSeriesPoint { beta: number; byStates: number | null; byTilt: number | null }

const coinThenLeaf = (leaf: DistributionSpec): XvMdpSpec => ({
  mdp: {
    start: 0,
    returnKind: 'sum',
    states: [{ kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.5 }, { next: 1, reward: 1, p0: 0.5 }] }, { kind: 'choice', actions: [{ next: 2, reward: 0, p0: 1 }] }, { kind: 'leaf', base: leaf }],
  },
  split: [[0, 0], [0], { vShare: 1 }],
});

export const T4_SERIES_MDPS: Record<string, XvMdpSpec> = {
  'X ⊥ V (X coin, V ~ N(0, 1))': coinThenLeaf({ family: 'normal', mu: 0, sigma: 1 }),
  'branch dependence (X ~ N(0, 4) or V ~ N(0, 1))': {
    mdp: {
      start: 0,
      returnKind: 'sum',
      states: [{ kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.5 }, { next: 2, reward: 0, p0: 0.5 }] }, { kind: 'leaf', base: { family: 'normal', mu: 0, sigma: 2 } }, { kind: 'leaf', base: { family: 'normal', mu: 0, sigma: 1 } }],
    },
    split: [[0, 0], { vShare: 0 }, { vShare: 1 }],
  },
  'V uniform on [−1, 1]': coinThenLeaf({ family: 'uniform', a: -1, b: 1 }),
  'V Laplace(0, ½)': coinThenLeaf({ family: 'laplace', mu: 0, b: 0.5 }),
};

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function t4MdpSeries(): Record<string, T4MdpSeriesPoint[]> {
  const out: Record<string, T4MdpSeriesPoint[]> = {};
  for (const [name, xv] of Object.entries(T4_SERIES_MDPS)) {
    out[name] = Array.from({ length: 41 }, (_, i) => {
      const beta = 10 ** ((i - 20) / 10);
      return { beta, byStates: orNull(meanVByStates(xv, 1 / beta)), byTilt: orNull(meanVByTilt(xv, 1 / beta)) };
    });
  }
  return out;
}
