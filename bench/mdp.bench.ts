/**
 * `npm run bench`: the MDP model on trees of 20, 50 and 200 states (issue 6 target: ≥ 500 runs/s of the
 * T2 verdict for trees up to 200 states). Each run takes a fresh copy of the MDP (structuredClone), so the
 * per-spec caches (checkMdp, the built return law) start cold as in a property run. Figures are read as
 * ratios against the same-process baseline: one call of build(normal).logSf(3).
 * Trees: breadth-first, 3 actions per choice state (π₀ = 0.6/0.3/0.1, rewards 0, 1, −1; the V part of
 * each reward is 1 on the middle action), leaves alternate Student-t(3) (error) and N(0, 1) (utility).
 */
import { bench, describe } from 'vitest';
import { build } from '../src/distributions/build.ts';
import { hTransformTwoPiece } from '../src/mdp/hTransform.ts';
import { baseReturnLaw } from '../src/mdp/returnLawCache.ts';
import { softBellman } from '../src/mdp/softBellman.ts';
import { dTrajByStates, meanByStates, occupancy } from '../src/mdp/stateDp.ts';
import { t2Verdict } from '../src/mdp/t2Verdict.ts';
import type { MdpSpec, StateSpec } from '../src/mdp/types.ts';
import type { XvMdpSpec, XvSplitEntry } from '../src/mdp/xv.ts';
import { xvHeadlineVerdict } from '../src/mdp/xvHeadlineVerdict.ts';

let sink = 0;
const opts = { time: 500, warmupTime: 100 };

function tree(n: number): XvMdpSpec {
  const states: StateSpec[] = [];
  const split: XvSplitEntry[] = [];
  const internal = Math.floor((n - 1) / 3);
  for (let i = 0; i < n; i++) {
    if (i < internal) {
      states.push({ kind: 'choice', actions: [0, 1, 2].map((j) => ({ next: 3 * i + 1 + j, reward: [0, 1, -1][j], p0: [0.6, 0.3, 0.1][j] })) });
      split.push([0, 1, 0]);
    } else {
      const heavy = i % 2 === 0;
      states.push({ kind: 'leaf', base: heavy ? { family: 'studentT', df: 3 } : { family: 'normal', mu: 0, sigma: 1 } });
      split.push({ vShare: heavy ? 0 : 1 });
    }
  }
  return { mdp: { start: 0, returnKind: 'sum', states }, split };
}

const normal = build({ family: 'normal', mu: 0, sigma: 1 });
const fresh = <T>(x: T): T => structuredClone(x);

for (const n of [20, 50, 200]) {
  const xv = tree(n);
  const mdp: MdpSpec = xv.mdp;
  const q = baseReturnLaw(mdp);
  const t = 1e4;
  const h = hTransformTwoPiece(mdp, { t, logBelow: Math.log1p(-1e-3) - q.logCdf(t), logAbove: Math.log(1e-3) - q.logSf(t) });
  describe(`tree of ${mdp.states.length} states`, () => {
    bench('baseline: build(normal).logSf(3)', () => { sink += normal.logSf(3); }, opts);
    bench('T2 verdict (D_traj), M = 100, ε = 1e-3, cold caches', () => {
      sink += t2Verdict(fresh(mdp), 100, 1e-3, 'dTraj').numbers.M ?? 0;
    }, opts);
    bench('state-level DP: occupancy, E_π[G], D_traj (warm caches)', () => {
      const occ = occupancy(mdp, h.policy);
      sink += meanByStates(mdp, h.policy, occ) + dTrajByStates(mdp, h.policy, occ);
    }, opts);
    bench('soft-Bellman optimum (β = 1), cold caches', () => {
      sink += softBellman(fresh(mdp), 1).logHStart;
    }, opts);
    bench('MDP headline verdict, M = 100, ε = 1e-3, η = 0.1, cold caches', () => {
      sink += xvHeadlineVerdict({ xv: fresh(xv), M: 100, eps: 1e-3, eta: 0.1 }).numbers.M ?? 0;
    }, opts);
  });
}

export { sink };
