/**
 * Certificates that no policy meets the MDP headline (used when no witness is found). Every π with
 * D_traj < ∞ has π ≪ π₀, and K_avg < ε implies D_traj < L·ε (L the longest trajectory), so a budget
 * d = L·ε covers both readings of the policy KL (claims.md §1).
 * - U light (or no control): E_π[U] ≤ min(μ_U + B_U(d), skeleton bound) < M (t2Certificate.ts).
 * - V heavy, shared with X at the heavy leaves: if U = V/a + R per trajectory with a > 0 and R light
 *   (R = U − V/a has the law partLaw(xv, {x: 1, v: 1 − 1/a}): a leaf of share a contributes 0 to it), then
 *   E_π[V] = a·(E_π[U] − E_π[R]) > a·(M − μ_R − B_R(d)) for every π with E_π[U] > M and D_traj ≤ d
 *   (data processing: R is a function of the trajectory; Donsker–Varadhan on R, claims.md §1).
 *   When that exceeds E_π₀[V] + η, no π does it. Tried with a = each positive share of a heavy leaf.
 */
import { buildCached } from '../claims/buildCached.ts';
import { fails, fmt } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { dvBound } from '../constructions/dvBound.ts';
import { longestTrajectory, t2Certificate } from './t2Certificate.ts';
import { checkMdp } from './validate.ts';
import type { XvMdpSpec } from './xv.ts';
import { partLaw } from './xvLaws.ts';
import { PART_V } from './xv.ts';

export function xvNoPolicyCertificate(xv: XvMdpSpec, M: number, eps: number, eta: number): Verdict | undefined {
  const d = eps * longestTrajectory(xv.mdp);
  const cert = t2Certificate(xv.mdp, d);
  if (Number.isFinite(cert.bound) && cert.bound + cert.error < M) {
    return fails(`no policy: E_π[U] ≤ ${fmt(cert.bound)} < M = ${fmt(M)} for D_traj ≤ L·ε = ${fmt(d)} (${cert.kind})`, { M, eps, budget: d, bound: cert.bound, error: cert.error }, { kind: cert.kind });
  }
  const muV = partLaw(xv, PART_V).mean();
  if (!Number.isFinite(muV)) return undefined;
  const shares = new Set<number>();
  for (const i of checkMdp(xv.mdp).order) {
    const s = xv.mdp.states[i];
    const e = xv.split[i];
    if (s.kind === 'leaf' && e && !Array.isArray(e) && buildCached(s.base).tailClass === 'heavy') {
      const a = (e as { vShare: number }).vShare;
      if (a > 0) shares.add(a);
    }
  }
  for (const a of shares) {
    const r = partLaw(xv, { x: 1, v: 1 - 1 / a });
    const muR = r.mean();
    if (r.tailClass === 'heavy' || !Number.isFinite(muR)) continue;
    const b = dvBound(r, d);
    if (!Number.isFinite(b.bound)) continue;
    const lower = a * (M - muR - b.bound - b.error) - 1e-12 * (Math.abs(a * M) + Math.abs(a * muR));
    if (lower - muV >= eta * (1 + 1e-9)) {
      return fails(
        `every π with E_π[U] > M = ${fmt(M)} and D_traj ≤ ${fmt(d)} has E_π[V] − E_π₀[V] ≥ a(M − μ_R − B_R) − μ_V = ${fmt(lower - muV)} ≥ η = ${fmt(eta)} (U = V/a + R, a = ${fmt(a)}, R light)`,
        { M, eps, eta, a, muR, dvR: b.bound, muV, shiftLower: lower - muV },
        { kind: 'dv-certificate-V', a },
      );
    }
  }
  return undefined;
}
