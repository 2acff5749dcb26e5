/**
 * Certificates that no policy meets T2's conclusion (used when the witness search finds none):
 * - Donsker–Varadhan on the return law (claims.md §1): for π ≪ π₀, data processing gives
 *   D(G∘Tr(π)‖G∘Tr(π₀)) ≤ D(Tr(π)‖Tr(π₀)) = D_traj, hence E_π[G] ≤ μ_Q + B(D_traj) (dvBound.ts). Under the
 *   K_avg reading, D_traj ≤ L·K_avg with L the longest trajectory, so the budget is L·ε.
 * - The skeleton bound: D_traj < ∞ forces π ≪ π₀, so E_π[G] ≤ max over π₀-reachable endpoints of the most a
 *   policy can get there: g at a terminal state, a + b·μ_ℓ at a chance leaf (no control), a + b·sup supp at
 *   a controlled leaf (+∞ when unbounded).
 */
import { buildCached } from '../claims/buildCached.ts';
import { dvBound } from '../constructions/dvBound.ts';
import { endpointAffine } from './returnLaw.ts';
import { baseReturnLaw } from './returnLawCache.ts';
import { trajectoryPaths } from './paths.ts';
import { basePolicy, type MdpSpec } from './types.ts';
import { checkMdp } from './validate.ts';

export interface T2Certificate {
  readonly kind: 'donsker-varadhan' | 'skeleton';
  /** an upper bound on E_π[G] over every admissible π */
  readonly bound: number;
  readonly error: number;
}

/** The longest trajectory |T| (choices along the deepest path, plus a leaf draw). */
export function longestTrajectory(mdp: MdpSpec): number {
  return checkMdp(mdp).maxDepth + 1;
}

export function skeletonBound(mdp: MdpSpec): number {
  let ub = -Infinity;
  for (const p of trajectoryPaths(mdp, basePolicy(mdp))) {
    const { a, b } = endpointAffine(mdp, p);
    const s = mdp.states[p.end];
    if (s.kind !== 'leaf') ub = Math.max(ub, a);
    else {
      const q = buildCached(s.base);
      ub = Math.max(ub, a + b * (s.chance ? q.mean() : q.support.upper));
    }
  }
  return ub;
}

/** The smaller of the two bounds for a KL budget d on D_traj (NaN-free; Infinity when neither applies). */
export function t2Certificate(mdp: MdpSpec, d: number): T2Certificate {
  const q = baseReturnLaw(mdp);
  const mu = q.mean();
  const skeleton = skeletonBound(mdp);
  const out: T2Certificate = { kind: 'skeleton', bound: Number.isNaN(skeleton) ? Infinity : skeleton, error: 1e-12 * Math.abs(skeleton) };
  if (!Number.isFinite(mu) || !(q.mgfSup > 0)) return out;
  const dv = dvBound(q, d);
  const bound = mu + dv.bound;
  if (!(bound < out.bound)) return out;
  return { kind: 'donsker-varadhan', bound, error: dv.error + 4 * Number.EPSILON * (Math.abs(mu) + Math.abs(dv.bound)) };
}
