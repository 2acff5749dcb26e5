/**
 * The verdict of the headline corollary on an MDP (claims.md "Headline corollary"; post T2 + T3): for a case
 * (U = X + V split per trajectory, M, ε, η), a policy π with
 *   E_π[U] > M,  D_traj < ε and K_avg < ε (both readings, claims.md §1),  E_π[V] − E_π₀[V] < η,
 *   and E_π[V] − E_π₀[V] ≤ B_V(D_traj) (T3: Donsker–Varadhan on V's law under π₀, dvBound.ts; data processing
 *   makes it hold for every π since V is a function of the trajectory).
 * Witnesses are T2's (t2Witness.ts: the proof's h-transform of the T1 weights on U, or a leaf-local one) at
 * KL budget ε and, if V's shift is not yet below η, at the budget d_η with B_V(d_η) < η/2 (T3 makes the
 * shift of any policy within d_η smaller than η). Every key number is computed two ways:
 *   E_π[U]: state level (stateDp.ts) vs trajectory level (returnLaw.ts) vs T1's closed form on the return law;
 *   D_traj: per-state KLs × occupancies vs E_π of the trajectory log-likelihood ratio (policyKl.ts);
 *   E_π[V], E_π₀[V]: state level vs trajectory level (xvParts.ts); E_π₀[V] also from V's built law.
 * holds: every condition with a margin larger than the disagreement of the two ways (plus rounding);
 * fails: E_π[V] − E_π₀[V] exceeds B_V(D_traj) beyond both errors (T3 violated on this π), or a certificate
 *   that no policy exists (xvHeadlineCertificate.ts);
 * inconclusive otherwise, with the reason.
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { dvBound } from '../constructions/dvBound.ts';
import { trajectoryPaths } from './paths.ts';
import { stateKls } from './policy.ts';
import { dTrajByPaths } from './policyKl.ts';
import { returnMean } from './returnLaw.ts';
import { dTrajByStates, kAvgByStates, meanByStates, occupancy } from './stateDp.ts';
import { t2Candidates, type T2Witness } from './t2Witness.ts';
import { basePolicy } from './types.ts';
import { PART_V, type XvMdpSpec } from './xv.ts';
import { xvNoPolicyCertificate } from './xvHeadlineCertificate.ts';
import { partLaw } from './xvLaws.ts';
import { partMeanByPaths, partMeanByStates } from './xvParts.ts';

export interface XvHeadlineCase { readonly xv: XvMdpSpec; readonly M: number; readonly eps: number; readonly eta: number }

const ROUNDING = 1e-12;

const finite = (xs: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(xs).filter(([, v]) => !Number.isNaN(v)));

const BASE_UTILITY = new WeakMap<XvMdpSpec, { mu: number; error: number }>();

/**
 * E_π₀[V] three ways: V's built law, the state level and the trajectory level; with the spread as error.
 * A function of the (immutable) case alone: computed once per case object, however many witnesses it rechecks.
 */
export function baseUtility(xv: XvMdpSpec): { mu: number; error: number } {
  let r = BASE_UTILITY.get(xv);
  if (!r) BASE_UTILITY.set(xv, (r = computeBaseUtility(xv)));
  return r;
}

function computeBaseUtility(xv: XvMdpSpec): { mu: number; error: number } {
  const pi0 = basePolicy(xv.mdp);
  const ways = [partLaw(xv, PART_V).mean(), partMeanByStates(xv, pi0, PART_V), partMeanByPaths(xv, pi0, PART_V)];
  if (ways.every((w) => w === ways[0])) return { mu: ways[0], error: 0 };
  const spread = Math.max(...ways) - Math.min(...ways);
  return { mu: ways[1], error: spread + ROUNDING * Math.abs(ways[1]) };
}

/** The largest d on ε·10^{−2k} with B_V(d) + error < η/2 (undefined when V's right tail is heavy). */
export function budgetForEta(xv: XvMdpSpec, eps: number, eta: number): number | undefined {
  const v = partLaw(xv, PART_V);
  if (!Number.isFinite(v.mean()) || v.tailClass === 'heavy') return undefined;
  for (let d = eps, k = 0; k < 12; k++, d /= 100) {
    const b = dvBound(v, d);
    if (b.bound + b.error < eta / 2) return d;
  }
  return undefined;
}

/** The two-way numbers of one witness and the verdict on them. */
export function recheckXv(c: XvHeadlineCase, w: T2Witness): Verdict {
  const { xv, M, eps, eta } = c;
  const { mdp } = xv;
  const pol = w.policy;
  // each level's inputs computed once and shared by the numbers of that level only: the state level's
  // occupancies and per-state KLs, the trajectory level's paths (which carry their own per-state KLs)
  const occ = occupancy(mdp, pol);
  const kls = stateKls(mdp, pol);
  const paths = trajectoryPaths(mdp, pol);
  const meanU = meanByStates(mdp, pol, occ);
  const meanUPaths = returnMean(mdp, pol, paths);
  const dTraj = dTrajByStates(mdp, pol, occ, kls);
  const dTrajPaths = dTrajByPaths(mdp, pol, paths);
  const kAvg = kAvgByStates(mdp, pol, occ, kls);
  const meanV = partMeanByStates(xv, pol, PART_V, occ);
  const meanVPaths = partMeanByPaths(xv, pol, PART_V);
  const base = baseUtility(xv);
  const muV = base.mu;
  const numbers = finite({ M, eps, eta, meanU, meanUPaths, meanUT1: w.mean, dTraj, dTrajPaths, kAvg, meanV, meanVPaths, muV });
  if (!(dTraj >= 0 && Number.isFinite(dTraj) && Number.isFinite(dTrajPaths) && kAvg >= 0)) return inconclusive('KL of the witness not finite', numbers);
  const klError = Math.abs(dTraj - dTrajPaths) + ROUNDING * dTraj;
  if (!(eps - Math.max(dTraj, kAvg) > klError)) return inconclusive('KL error estimate larger than the margin', { ...numbers, klError });
  let uOk: boolean;
  let uError = 0;
  if (meanU === Infinity && meanUPaths === Infinity) uOk = true;
  else if (Number.isFinite(meanU) && Number.isFinite(meanUPaths)) {
    uError = Math.abs(meanU - meanUPaths) + (Number.isFinite(w.mean) ? Math.abs(meanU - w.mean) : 0) + ROUNDING * Math.abs(meanU);
    uOk = meanU - M > uError;
  } else return inconclusive('E_π[U] not finite at one level', numbers);
  if (!uOk) return inconclusive('E_π[U] − M not above its error', { ...numbers, uError });
  if (muV === -Infinity && meanV === -Infinity && meanVPaths === -Infinity) {
    return holds(`${w.kind}: E_π[U] = ${fmt(meanU)} > M, D_traj = ${fmt(dTraj)} < ε; E_π₀[V] = −∞ and E_π[V] = −∞ (both levels)`, numbers, { kind: w.kind });
  }
  if (![meanV, meanVPaths, muV].every(Number.isFinite)) return inconclusive(`E[V] not finite (E_π[V] = ${meanV}, E_π₀[V] = ${muV})`, numbers);
  const vError = Math.abs(meanV - meanVPaths) + base.error + ROUNDING * (Math.abs(meanV) + Math.abs(muV));
  const shift = meanV - muV;
  const b = dvBound(partLaw(xv, PART_V), dTraj + klError);
  const all = { ...numbers, klError, uError, vError, shift, dvV: b.bound, dvError: b.error };
  if (Number.isFinite(b.bound) && shift - vError > b.bound + b.error) {
    return fails(`T3 violated: E_π[V] − E_π₀[V] = ${fmt(shift)} > B_V(D_traj = ${fmt(dTraj)}) = ${fmt(b.bound)}`, all, { kind: w.kind, policy: w.policy });
  }
  if (!(shift + vError < eta * (1 - 1e-9))) return inconclusive(`E_π[V] − E_π₀[V] = ${fmt(shift)} ± ${fmt(vError)} not below η = ${fmt(eta)}`, all);
  if (!(shift - vError <= b.bound + b.error)) return inconclusive('T3 bound not finite or not resolved', all);
  return holds(
    `${w.kind}: E_π[U] = ${fmt(meanU)} > M = ${fmt(M)}, D_traj = ${fmt(dTraj)} (K_avg ${fmt(kAvg)}) < ε = ${fmt(eps)}, E_π[V] − E_π₀[V] = ${fmt(shift)} < η = ${fmt(eta)} and ≤ B_V(D_traj) = ${fmt(b.bound)} (state and trajectory level agree)`,
    all,
    { kind: w.kind },
  );
}

interface Stage { verdict?: Verdict; last?: Verdict; reason?: string }

/** The witnesses at one KL budget d: the first verdict that is not inconclusive, else the last one and the search's reason. */
function witnessesAt(c: XvHeadlineCase, d: number): Stage {
  const found = t2Candidates(c.xv.mdp, c.M, d);
  let last: Verdict | undefined;
  for (const w of found) {
    const v = recheckXv(c, w);
    if (v.status !== 'inconclusive') return { verdict: v };
    last = v;
  }
  return { last, reason: found.reason() };
}

/** The T3 budget d_η when it is below ε (the second stage of the search), else undefined. */
function etaBudget(c: XvHeadlineCase): number | undefined {
  const dEta = budgetForEta(c.xv, c.eps, c.eta);
  return dEta !== undefined && dEta < c.eps ? dEta : undefined;
}

/** Witnesses at budget ε, then at the T3 budget d_η; the first that holds (or the last verdict). */
export function xvHeadlineSearch(c: XvHeadlineCase): { verdict?: Verdict; reason?: string } {
  // d_η is asked for only once every witness at ε is inconclusive
  const first = witnessesAt(c, c.eps);
  if (first.verdict) return first;
  return secondStage(c, first);
}

function secondStage(c: XvHeadlineCase, first: Stage): { verdict?: Verdict; reason?: string } {
  const dEta = etaBudget(c);
  if (dEta === undefined) return { verdict: first.last, reason: first.reason };
  const second = witnessesAt(c, dEta);
  if (second.verdict) return second;
  return { verdict: second.last ?? first.last, reason: second.reason ?? first.reason };
}

/**
 * The search of xvHeadlineSearch, with the no-policy certificate (xvHeadlineCertificate.ts) asked for between
 * its two stages: once every witness at ε is inconclusive, a certificate settles the case before d_η is
 * computed (up to twelve Donsker–Varadhan bounds on V, a third of this claim's time where no d_η exists).
 * The verdict is the one of "search, then the certificate": the certificate, always `fails`, proves that no π
 * with D_traj ≤ L·ε (L ≥ 1, so every witness at d_η < ε) has E_π[U] > M (and, for its second kind, E_π[V] −
 * E_π₀[V] < η), so no witness at d_η could hold; and a T3 violation (the search's other `fails`) is a fails too.
 */
export function xvHeadlineVerdict(c: XvHeadlineCase): Verdict {
  const first = witnessesAt(c, c.eps);
  if (first.verdict) return first.verdict;
  const cert = xvNoPolicyCertificate(c.xv, c.M, c.eps, c.eta);
  if (cert) return cert;
  const r = secondStage(c, first);
  return r.verdict ?? inconclusive(r.reason ?? 'no witness and no certificate', { M: c.M, eps: c.eps, eta: c.eta });
}
