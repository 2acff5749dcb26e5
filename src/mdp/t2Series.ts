/**
 * Report data for T2: one fixed MDP (start → terminal with reward 0, π₀ = 0.9; or → a choice with reward 1
 * then → a Student-t(3) leaf, π₀ = 0.1), summed returns. For the T1 weights with tail mass p = t^{−0.8}
 * on the return law, realised by the h-transform: E_π[G], D_traj and K_avg against t (state level).
 */
import { binaryKl } from '../numerics/kl.ts';
import { hTransformTwoPiece } from './hTransform.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { dTrajByStates, kAvgByStates, meanByStates, occupancy } from './stateDp.ts';
import type { MdpSpec } from './types.ts';

export const T2_SERIES_MDP: MdpSpec = {
  start: 0,
  returnKind: 'sum',
  states: [
    { kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.9 }, { next: 2, reward: 1, p0: 0.1 }] },
    { kind: 'terminal' },
    { kind: 'choice', actions: [{ next: 3, reward: 0, p0: 1 }] },
    { kind: 'leaf', base: { family: 'studentT', df: 3 } },
  ],
};

export interface T2SeriesPoint { t: number; mass: number; mean: number; dTraj: number; kAvg: number; klClosedForm: number }

export function t2Series(): Record<string, T2SeriesPoint[]> {
  const q = baseReturnLaw(T2_SERIES_MDP);
  const out: T2SeriesPoint[] = [];
  for (let k = 2; k <= 60; k++) {
    const t = 10 ** (k / 4);
    const mass = t ** -0.8;
    const lt = q.logSf(t);
    const h = hTransformTwoPiece(T2_SERIES_MDP, { t, logBelow: Math.log1p(-mass) - q.logCdf(t), logAbove: Math.log(mass) - lt });
    const occ = occupancy(T2_SERIES_MDP, h.policy);
    out.push({
      t, mass,
      mean: meanByStates(T2_SERIES_MDP, h.policy, occ),
      dTraj: dTrajByStates(T2_SERIES_MDP, h.policy, occ),
      kAvg: kAvgByStates(T2_SERIES_MDP, h.policy, occ),
      klClosedForm: binaryKl(mass, lt),
    });
  }
  return { 'h-transform, mass t^-0.8': out };
}
