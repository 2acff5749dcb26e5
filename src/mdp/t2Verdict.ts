/**
 * The verdict of post Theorem 2 on one case (MDP with π₀, M, ε) under one reading of the policy KL
 * (claims.md §1): 'dTraj' = D(Tr(π)‖Tr(π₀)), 'kAvg' = E_T[(1/|T|)·Σ_{s∈T} D(π(s)‖π₀(s))].
 * holds: the witness of t2Witness.ts, recomputed at the state level (stateDp.ts: occupancies, per-state KLs,
 *   leaf laws) has E_π[G] > M and KL < ε, each margin beating the disagreement between the trajectory-level
 *   and state-level numbers (plus rounding);
 * fails: no witness, and a certificate (t2Certificate.ts) bounds E_π[G] below M for every π with KL < ε;
 * inconclusive otherwise, with the reason.
 */
import { fmt, fails, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { trajectoryPaths } from './paths.ts';
import { stateKls } from './policy.ts';
import { dTrajByPaths, kAvgByPaths } from './policyKl.ts';
import { dTrajByStates, kAvgByStates, meanByStates, occupancy } from './stateDp.ts';
import { longestTrajectory, t2Certificate } from './t2Certificate.ts';
import { t2Candidates, t2Witnesses, type T2Witness } from './t2Witness.ts';
import type { MdpSpec } from './types.ts';

export type KlReading = 'dTraj' | 'kAvg';

const ROUNDING = 1e-12;

/** The entries that are numbers other than NaN (a holds verdict carrying NaN is downgraded: evaluate.ts). */
function finiteOnly(xs: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(xs).filter((e): e is [string, number] => e[1] !== undefined && !Number.isNaN(e[1])));
}

/** The state-level recheck of one witness: holds, or inconclusive with the errors. */
function recheck(mdp: MdpSpec, w: T2Witness, M: number, eps: number, reading: KlReading): { verdict: Verdict; meanError: number } {
  // the per-state KLs once for the state-level sums and the paths' leaf terms (the trajectory-level numbers
  // these are compared with, w.mean and w.dTraj, come from T1's closed forms on the return law, not from them)
  const kls = stateKls(mdp, w.policy);
  const occ = occupancy(mdp, w.policy);
  const mean = meanByStates(mdp, w.policy, occ);
  const dTraj = dTrajByStates(mdp, w.policy, occ, kls);
  const kl = reading === 'dTraj' ? dTraj : kAvgByStates(mdp, w.policy, occ, kls);
  const paths = trajectoryPaths(mdp, w.policy, kls);
  // the second way of the KL itself: trajectory-level D_traj (T1 closed form) or K_avg by paths
  const klOther = reading === 'dTraj' ? w.dTraj : kAvgByPaths(mdp, w.policy, paths);
  const numbers = finiteOnly({
    M, eps, mean, meanTrajectory: w.mean, kl, klOther, dTraj, dTrajByPaths: dTrajByPaths(mdp, w.policy, paths), t: w.t1?.t, mass: w.t1?.mass,
  });
  if (w.mean === Infinity && mean === Infinity && kl < eps) {
    return { verdict: holds(`${w.kind} witness: E_π[G] = ∞ > M, ${reading} = ${fmt(kl)} < ε = ${fmt(eps)}`, numbers), meanError: 0 };
  }
  if (![mean, w.mean, kl, klOther].every(Number.isFinite)) return { verdict: inconclusive('witness numbers not finite', numbers), meanError: NaN };
  const meanError = Math.abs(mean - w.mean) + ROUNDING * Math.abs(mean);
  const klError = Math.abs(kl - klOther) + ROUNDING * (Math.abs(kl) + Number.MIN_VALUE);
  if (!(mean - M > meanError && eps - kl > klError)) {
    if (w.t1 && -w.t1.logTailQ > 1e15) return { verdict: inconclusive('beyond double range: |log F̄(t)| > 1e15, one ulp of the log exceeds 0.1', numbers), meanError };
    return { verdict: inconclusive('error estimate larger than the margin', { ...numbers, meanError, klError }), meanError };
  }
  const where = w.kind === 'base' ? 'π = π₀' : `${w.kind}${w.t1 ? ` (T1 t=${fmt(w.t1.t)}, p=${fmt(w.t1.mass)})` : ''}`;
  const summary = `${where}: E_π[G] = ${fmt(mean)} > M = ${fmt(M)}, ${reading} = ${fmt(kl)} < ε = ${fmt(eps)} (state level; trajectory level agrees)`;
  return { verdict: holds(summary, { ...numbers, meanError, klError }, { kind: w.kind, leaf: w.leaf ?? -1 }), meanError };
}

export function t2Verdict(mdp: MdpSpec, M: number, eps: number, reading: KlReading): Verdict {
  // candidates in order; a witness whose two ways disagree by more than its margin is searched again with
  // a target raised by four times the disagreement (once)
  let last: Verdict | undefined;
  let target = M;
  for (let round = 0; round < 2; round++) {
    let worst = 0;
    for (const w of t2Candidates(mdp, target, eps)) {
      const r = recheck(mdp, w, M, eps, reading);
      if (r.verdict.status === 'holds') return r.verdict;
      last = r.verdict;
      if (Number.isFinite(r.meanError)) worst = Math.max(worst, r.meanError);
    }
    if (!(worst > 0)) break;
    target = M + 4 * worst;
  }
  if (last) return last;
  const budget = reading === 'dTraj' ? eps : eps * longestTrajectory(mdp);
  const cert = t2Certificate(mdp, budget);
  const numbers = { M, eps, budget, bound: cert.bound, error: cert.error };
  if (Number.isFinite(cert.bound) && cert.bound + cert.error < M) {
    const why = cert.kind === 'skeleton' ? 'the most any π ≪ π₀ can reach' : `Donsker–Varadhan with D_traj ≤ ${fmt(budget)}`;
    return fails(`no policy: E_π[G] ≤ ${fmt(cert.bound)} < M = ${fmt(M)} (${why})`, numbers, { kind: cert.kind });
  }
  return inconclusive(t2Witnesses(mdp, M, eps).reason ?? 'no witness and no certificate', numbers);
}
