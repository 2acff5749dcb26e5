/**
 * The verdict of "lim_{β→0+} E[V(π*(β))] = ∞" (post Theorem 4) on an MDP with U = X + V per trajectory
 * (xv.ts), π*(β) the soft-Bellman policy (softBellman.ts: the argmax of E_π[U] − β·D_traj). In order:
 * 1. fails with a certificate (t4Certificates.ts): no maximiser for small β, a bound on E[V(π*(β))] for every
 *    β, or a finite limsup by normal dominance;
 * 2. holds: on the grid θ = 1/β = 10^{k/2}/s (s = scaleOf(U's π₀ law): θ multiplies U; k = −2…30, as constructions/t4Grid.ts)
 *    E[V(π*)] exceeds L = q_V(1 − 10^{−m}) (V's law under π₀) by more than the disagreement of the two ways
 *    (t4Mean.ts), and is larger again at β/1.1 and β/1.21 by more than both errors;
 * 3. holds by a theorem where the grid is beyond the numerics (values not available, or L not reached by θ = 10^15/s,
 *    the two ways agreeing to 1e-6 at every grid point — a disagreement is inconclusive),
 *    each needing V unbounded above and π*(β) existing for every β (no certificate of 1.):
 *    (a) X ⊥ V under π₀ (t4Structure.ts xvIndependent): the tilt by e^{θU} factorises, E[V(π*(β))] = Λ_V′(θ),
 *        strictly increasing to ess sup V = ∞;
 *    (b) X bounded under π₀ (any dependence): E_θ[U] = Λ_U′(θ) → ess sup U = ∞ and E_θ[V] ≥ E_θ[U] − sup X;
 * 4. inconclusive otherwise, with the reason.
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { scaleOf, targetLevel } from '../constructions/t4Grid.ts';
import { t4Certificate } from './t4Certificates.ts';
import { xvIndependent } from './t4Structure.ts';
import { meanVAt, type MeanVPoint } from './t4Mean.ts';
import { PART_U, PART_V, PART_X, type XvMdpSpec } from './xv.ts';
import { partLaw } from './xvLaws.ts';

export interface T4MdpCase { readonly xv: XvMdpSpec; readonly m: number }

export interface T4Walk { readonly hit?: MeanVPoint; readonly points: MeanVPoint[]; readonly reason?: string }

/** The grid walk of the file comment, up to the first point above L. */
export function walkGrid(xv: XvMdpSpec, s: number, L: number): T4Walk {
  const points: MeanVPoint[] = [];
  for (let k = -2; k <= 30; k++) {
    const r = meanVAt(xv, 10 ** (k / 2) / s);
    if (typeof r === 'string') return { points, reason: r };
    points.push(r);
    if (r.value - r.error > L) return { hit: r, points };
  }
  return { points, reason: `E[V(π*)] stayed below L = ${fmt(L)} up to β = ${fmt(s * 1e-15)}` };
}

function keepsIncreasing(xv: XvMdpSpec, hit: MeanVPoint): string | undefined {
  let prev = hit;
  for (const f of [1.1, 1.21]) {
    const q = meanVAt(xv, f * hit.theta);
    if (typeof q === 'string') return q;
    if (!(q.value - q.error > prev.value + prev.error)) return `E[V(π*)] did not increase from β = ${fmt(1 / prev.theta)} (${fmt(prev.value)}) to ${fmt(1 / q.theta)} (${fmt(q.value)})`;
    prev = q;
  }
  return undefined;
}

export function t4MdpVerdict(c: T4MdpCase): Verdict {
  const cert = t4Certificate(c.xv);
  if (cert) {
    const what = cert.kind === 'no-argmax' ? `π*(β) does not exist for ${cert.bound === Infinity ? 'any β > 0' : `β < ${fmt(cert.bound)}`}: the limit is undefined` : `E[V(π*(β))] ${cert.kind === 'bounded' ? '≤' : 'has limsup ≤'} ${fmt(cert.bound)}: the limit is not +∞`;
    return fails(`${what} (${cert.why})`, { bound: cert.bound }, { kind: cert.kind });
  }
  const v = partLaw(c.xv, PART_V);
  const L = targetLevel(v, c.m);
  if (!Number.isFinite(L)) return inconclusive(`level q_V(1 − 10^−${fmt(c.m)}) = ${L} is not finite`, { level: L });
  const walk = walkGrid(c.xv, scaleOf(partLaw(c.xv, PART_U)), L);
  const numbers = { level: L, points: walk.points.length };
  const split = walk.points.find((q) => !(q.error <= 1e-6 * Math.max(1, Math.abs(q.value))));
  if (split) return inconclusive(`state DP ${split.byStates} and trajectory tilt ${split.byTilt} disagree at β = ${fmt(1 / split.theta)}`, numbers);
  if (!walk.hit) return theoremOr(c.xv, walk.reason ?? 'no hit', numbers);
  const h = walk.hit;
  const nums = { ...numbers, hitBeta: 1 / h.theta, hitMeanV: h.value, byStates: h.byStates, byTilt: h.byTilt, error: h.error };
  const stalled = keepsIncreasing(c.xv, h);
  if (stalled) return theoremOr(c.xv, `E[V(π*)] exceeded L at β = ${fmt(1 / h.theta)}, then: ${stalled}`, nums);
  return holds(`E[V(π*(β))] = ${fmt(h.value)} (state DP) = ${fmt(h.byTilt)} (trajectory tilt) > L = ${fmt(L)} at β = ${fmt(1 / h.theta)}, larger again at β/1.1 and β/1.21`, nums);
}

/** Step 3 of the file comment (called after the certificates of step 1 found nothing). */
function theoremOr(xv: XvMdpSpec, reason: string, numbers: Record<string, number>): Verdict {
  if (partLaw(xv, PART_V).support.upper === Infinity) {
    if (xvIndependent(xv)) return holds(`X ⊥ V under π₀, V unbounded above: E[V(π*(β))] = Λ_V′(1/β) → ∞ (grid: ${reason})`, numbers, { kind: 'theorem' });
    const x = partLaw(xv, PART_X).support;
    if (x.lower > -Infinity && x.upper < Infinity) return holds(`X ∈ [${fmt(x.lower)}, ${fmt(x.upper)}], V unbounded above: E[V(π*)] ≥ Λ_U′(1/β) − sup X → ∞ (grid: ${reason})`, numbers, { kind: 'theorem' });
  }
  return inconclusive(reason, numbers);
}
