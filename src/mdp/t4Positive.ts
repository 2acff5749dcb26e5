/**
 * The verdict of "the optimal policy under a KL penalty results in V > 0" (post, abstract and T4 section) on an
 * MDP at one β, read as E_{π*(β)}[V] > E_π₀[V] (= 0 after centring), π*(β) the soft-Bellman policy (the argmax
 * of E_π[U] − β·D_traj):
 * - fails, no maximiser: h(start) = ∞ (softBellman.ts) — there is no optimal policy at this β;
 * - fails, degenerate: V is a.s. constant under π₀, so E_π[V] = E_π₀[V] for every π ≪ π₀ (exact);
 * - holds / fails when E[V(π*)] − E_π₀[V] is positive / negative by more than the error: E[V(π*)] by the state DP
 *   and by the trajectory tilt (t4Mean.ts), E_π₀[V] by the state DP and by the paths (xvParts.ts), the error the
 *   sum of both disagreements plus rounding (E_π₀[V] = −∞ with a finite E[V(π*)] counts as an increase);
 * - inconclusive otherwise.
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { scaleOf } from '../constructions/t4Grid.ts';
import { softBellman } from './softBellman.ts';
import { meanVAt } from './t4Mean.ts';
import { basePolicy } from './types.ts';
import { PART_U, PART_V, type XvMdpSpec } from './xv.ts';
import { partLaw } from './xvLaws.ts';
import { partMeanByPaths, partMeanByStates } from './xvParts.ts';

/** A case: the MDP and the KL weight in units of U's spread, β = b·scaleOf(U's π₀ law). */
export interface T4PositiveCase { readonly xv: XvMdpSpec; readonly b: number }

export const betaOf = (c: T4PositiveCase): number => c.b * scaleOf(partLaw(c.xv, PART_U));
/** β must be a positive double: where U's spread underflows, b·scale is 0 and the case has no β (not a crash). */
const validBeta = (beta: number): boolean => beta > 0 && beta < Infinity;
export const optimumExists = (c: T4PositiveCase): boolean => validBeta(betaOf(c)) && softBellman(c.xv.mdp, betaOf(c)).exists;

export interface PositiveShift { readonly meanV: number; readonly tiltedMeanV: number; readonly error: number }

export function positiveShift(c: T4PositiveCase): PositiveShift | Verdict {
  const beta = betaOf(c);
  if (!validBeta(beta)) return inconclusive(`β = b·scale(U) = ${fmt(beta)} is not a positive double (U's spread underflows): no KL weight to test`, { beta });
  if (!optimumExists(c)) return fails(`no optimal policy at β = ${fmt(beta)}: h(start) = E_π₀[e^{U/β}] = ∞`, { beta }, { kind: 'no-argmax' });
  const v = partLaw(c.xv, PART_V);
  const pi0 = basePolicy(c.xv.mdp);
  const m1 = partMeanByStates(c.xv, pi0, PART_V);
  const m2 = partMeanByPaths(c.xv, pi0, PART_V);
  if (v.support.lower === v.support.upper) {
    return fails(`V = ${fmt(v.support.lower)} a.s. under π₀: E[V(π*(β))] = E_π₀[V] for every β (no policy changes a constant)`, { beta, meanV: m1 }, { kind: 'degenerate' });
  }
  const r = meanVAt(c.xv, 1 / beta);
  if (typeof r === 'string') return inconclusive(r, { beta });
  const base = Number.isFinite(m1) && Number.isFinite(m2) ? Math.abs(m1 - m2) : 0;
  return { meanV: m1, tiltedMeanV: r.value, error: r.error + base + 1e-12 * Math.max(1, Math.abs(m1)) };
}

export function positiveUtilityVerdict(c: T4PositiveCase): Verdict {
  const r = positiveShift(c);
  if ('status' in r) return r;
  const { meanV, tiltedMeanV, error } = r;
  const numbers = { beta: betaOf(c), meanV, tiltedMeanV, error };
  if (meanV === -Infinity) return holds(`E[V(π*)] = ${fmt(tiltedMeanV)} > E_π₀[V] = −∞`, numbers);
  if (!Number.isFinite(meanV)) return inconclusive(`E_π₀[V] = ${meanV}`, numbers);
  const d = tiltedMeanV - meanV;
  if (d > error) return holds(`E[V(π*(β))] − E_π₀[V] = ${fmt(d)} > error ${fmt(error)} at β = ${fmt(numbers.beta)}`, { ...numbers, shift: d });
  if (d < -error) return fails(`E[V(π*(β))] = ${fmt(tiltedMeanV)} < E_π₀[V] = ${fmt(meanV)} (margin ${fmt(-d)} > error ${fmt(error)})`, { ...numbers, shift: d }, { kind: 'decrease' });
  return inconclusive(`|E[V(π*)] − E_π₀[V]| = ${fmt(Math.abs(d))} within the error ${fmt(error)}`, { ...numbers, shift: d });
}

/** The same MDP with every reward and draw counted as error (V ≡ 0): the degenerate utility. */
export function errorOnly(xv: XvMdpSpec): XvMdpSpec {
  return { mdp: xv.mdp, split: xv.split.map((e) => (e === null ? null : Array.isArray(e) ? e.map(() => 0) : { vShare: 0 })) };
}
