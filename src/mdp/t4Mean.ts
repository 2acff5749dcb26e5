/**
 * E[V(π*(β))] on an MDP, two ways (claims.md §2 T4; issue 6 "recomputes its key numbers a second way"):
 * - state level: the soft-Bellman policy π*(a|s) = π₀(a|s)·h(s′)/h(s) (softBellman.ts, the argmax of
 *   E_π[U] − β·D_traj) and E_π*[V] by the per-state programme of xvParts.ts (`partMeanByStates`);
 * - trajectory level: E_π₀[V e^{U/β}] / E_π₀[e^{U/β}] summed over the paths of π₀ (t4Paths.ts), in log space,
 *   with the leaf tilted means Λ′ from the closed forms of constructions/tiltMean.ts.
 * `meanVAt` returns both with error = their disagreement + 1e-10·max(1, |value|) (rounding of the DP sums),
 * or the reason the optimum is not available (h(start) = ∞, a non-finite value).
 */
import { fmt } from '../claims/verdicts.ts';
import { tiltedMean } from '../constructions/tiltMean.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { softBellman } from './softBellman.ts';
import { t4Paths } from './t4Paths.ts';
import { PART_V, type XvMdpSpec } from './xv.ts';
import { partMeanByStates } from './xvParts.ts';

/** E_π*[V] at β = 1/θ by the soft-Bellman policy and the state-level DP (NaN/∞ when there is no optimum). */
export function meanVByStates(xv: XvMdpSpec, theta: number): number {
  const sb = softBellman(xv.mdp, 1 / theta);
  if (!sb.exists || Number.isNaN(sb.logHStart)) return NaN;
  try {
    return partMeanByStates(xv, sb.policy, PART_V);
  } catch {
    // a leaf tilt beyond the double range can fail to build (e.g. Poisson with λ·e^θ underflowing to 0: DomainError)
    return NaN;
  }
}

/** E_π₀[V e^{θU}] / E_π₀[e^{θU}], summed over trajectories (the file comment). */
export function meanVByTilt(xv: XvMdpSpec, theta: number): number {
  const logs: number[] = [];
  const vals: number[] = [];
  for (const p of t4Paths(xv)) {
    if (!p.law) {
      logs.push(p.logW + theta * p.aU);
      vals.push(p.aV);
      continue;
    }
    const t = p.bU * theta;
    const lm = p.law.logMgf(t);
    if (!(lm < Infinity)) return lm === Infinity ? Infinity : NaN;
    logs.push(p.logW + theta * p.aU + lm);
    vals.push(p.cV === 0 ? p.aV : p.aV + p.cV * tiltedMean(p.law, t));
  }
  const z = logSumExp(logs);
  let m = 0;
  for (let i = 0; i < logs.length; i++) {
    const w = Math.exp(logs[i] - z);
    if (w > 0) m += w * vals[i];
  }
  return m;
}

export interface MeanVPoint { readonly theta: number; readonly value: number; readonly byStates: number; readonly byTilt: number; readonly error: number }

export function meanVAt(xv: XvMdpSpec, theta: number): MeanVPoint | string {
  // θ = 10^{k/2}/scale(U): where U's spread underflows θ is ∞ and β = 1/θ = 0, which softBellman refuses (a crash
  // at random seed 3746094 turned a necessity search into 'not-exercised'); such a point is not available
  const beta = 1 / theta;
  if (!(theta > 0 && beta > 0 && beta < Infinity)) return `β = 1/θ = ${fmt(beta)} is not a positive double (U's spread over- or underflows)`;
  const byStates = meanVByStates(xv, theta);
  const byTilt = meanVByTilt(xv, theta);
  if (!Number.isFinite(byStates) || !Number.isFinite(byTilt)) {
    return `E[V(π*)] at β = ${fmt(1 / theta)} not available (state level ${byStates}, trajectory level ${byTilt})`;
  }
  const error = Math.abs(byStates - byTilt) + 1e-10 * Math.max(1, Math.abs(byStates));
  return { theta, value: byStates, byStates, byTilt, error };
}
