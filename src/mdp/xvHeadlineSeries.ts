/**
 * Report data for the MDP headline: a fixed MDP where V and X depend on each other through the path —
 * start → (p₀ = 0.9, reward 0) a leaf whose N(0, 1) draw is all utility V, or → (p₀ = 0.1, reward 1, all V)
 * a leaf whose Student-t(3) draw is all error X; summed returns. For the T1 weights with tail mass t^{−0.8}
 * on U, realised by the h-transform: E_π[U], D_traj, E_π[V] − E_π₀[V] (state level) and B_V(D_traj) against t.
 */
import { dvBound } from '../constructions/dvBound.ts';
import { hTransformTwoPiece } from './hTransform.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { dTrajByStates, meanByStates, occupancy } from './stateDp.ts';
import { basePolicy } from './types.ts';
import { PART_V, type XvMdpSpec } from './xv.ts';
import { partLaw } from './xvLaws.ts';
import { partMeanByStates } from './xvParts.ts';

export const XV_SERIES_MDP: XvMdpSpec = {
  mdp: {
    start: 0,
    returnKind: 'sum',
    states: [
      { kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.9 }, { next: 2, reward: 1, p0: 0.1 }] },
      { kind: 'leaf', base: { family: 'normal', mu: 0, sigma: 1 } },
      { kind: 'leaf', base: { family: 'studentT', df: 3 } },
    ],
  },
  split: [[0, 1], { vShare: 1 }, { vShare: 0 }],
};

export interface XvSeriesPoint { t: number; mass: number; meanU: number; dTraj: number; shiftV: number; dvV: number }

export function xvHeadlineSeries(): Record<string, XvSeriesPoint[]> {
  const xv = XV_SERIES_MDP;
  const q = baseReturnLaw(xv.mdp);
  const vLaw = partLaw(xv, PART_V);
  const muV = partMeanByStates(xv, basePolicy(xv.mdp), PART_V);
  const out: XvSeriesPoint[] = [];
  for (let k = 2; k <= 60; k++) {
    const t = 10 ** (k / 4);
    const mass = t ** -0.8;
    const h = hTransformTwoPiece(xv.mdp, { t, logBelow: Math.log1p(-mass) - q.logCdf(t), logAbove: Math.log(mass) - q.logSf(t) });
    const occ = occupancy(xv.mdp, h.policy);
    const dTraj = dTrajByStates(xv.mdp, h.policy, occ);
    out.push({ t, mass, meanU: meanByStates(xv.mdp, h.policy, occ), dTraj, shiftV: partMeanByStates(xv, h.policy, PART_V, occ) - muV, dvV: dvBound(vLaw, dTraj).bound });
  }
  return { 'h-transform, mass t^-0.8': out };
}
