import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { seededRng } from '../numerics/rng.ts';
import { mdpArbitrary } from './arbitrary.ts';
import { perturbPolicy } from './perturb.ts';
import { dTrajByPaths, kAvgByPaths } from './policyKl.ts';
import { returnMean } from './returnLaw.ts';
import { dTrajByStates, kAvgByStates, meanByStates } from './stateDp.ts';
import { basePolicy, type MdpSpec } from './types.ts';

/** s0: a → s1 (reward 0), b → s2 terminal (reward 1); s1: c → s3 (reward 2), d → s4 (reward 0); π₀ uniform. */
const TWO_LEVEL: MdpSpec = {
  start: 0, returnKind: 'sum',
  states: [
    { kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.5 }, { next: 2, reward: 1, p0: 0.5 }] },
    { kind: 'choice', actions: [{ next: 3, reward: 2, p0: 0.5 }, { next: 4, reward: 0, p0: 0.5 }] },
    { kind: 'terminal' }, { kind: 'terminal' }, { kind: 'terminal' },
  ],
};
const PI = [[0.8, 0.2], [0.9, 0.1], null, null, null];
const kl = (p: number, q: number) => p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));

describe('policy KL readings on a two-level tree (by hand)', () => {
  const d0 = kl(0.8, 0.5);
  const d1 = kl(0.9, 0.5);
  it('D_traj = D(s0) + 0.8·D(s1), both ways', () => {
    expect(dTrajByStates(TWO_LEVEL, PI)).toBeCloseTo(d0 + 0.8 * d1, 14);
    expect(dTrajByPaths(TWO_LEVEL, PI)).toBeCloseTo(d0 + 0.8 * d1, 14);
  });
  it('K_avg = 0.8·(D(s0) + D(s1))/2 + 0.2·D(s0), both ways', () => {
    expect(kAvgByStates(TWO_LEVEL, PI)).toBeCloseTo(0.4 * (d0 + d1) + 0.2 * d0, 14);
    expect(kAvgByPaths(TWO_LEVEL, PI)).toBeCloseTo(0.4 * (d0 + d1) + 0.2 * d0, 14);
  });
  it('mean return 0.8·0.9·2 + 0.2·1 (sum) and 0.8·0.9·1 + 0.2·1 (average)', () => {
    expect(meanByStates(TWO_LEVEL, PI)).toBeCloseTo(1.64, 14);
    expect(returnMean({ ...TWO_LEVEL, returnKind: 'average' }, PI)).toBeCloseTo(0.92, 14);
    expect(meanByStates({ ...TWO_LEVEL, returnKind: 'average' }, PI)).toBeCloseTo(0.92, 14);
  });
});

const close = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('chain rule and the two readings on generated MDPs', () => {
  test.prop([mdpArbitrary({ maxStates: 60 }), fc.integer(), fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 60 })(
    'D_traj by paths (log-likelihood ratio) = by states (occupancy × state KL); K_avg likewise; K_avg ≤ D_traj; means agree',
    (mdp, seed, eta) => {
      const pi = perturbPolicy(mdp, basePolicy(mdp), seededRng(seed), eta);
      const d = [dTrajByPaths(mdp, pi), dTrajByStates(mdp, pi)];
      const k = [kAvgByPaths(mdp, pi), kAvgByStates(mdp, pi)];
      const m = [returnMean(mdp, pi), meanByStates(mdp, pi)];
      const what = `${JSON.stringify(mdp)} π=${JSON.stringify(pi)}`;
      expect(close(d[0], d[1]), `D_traj ${d} for ${what}`).toBe(true);
      expect(close(k[0], k[1]), `K_avg ${k} for ${what}`).toBe(true);
      expect(k[1] <= d[1] * (1 + 1e-12) + 1e-300, `K_avg ${k[1]} ≤ D_traj ${d[1]} for ${what}`).toBe(true);
      expect(close(m[0], m[1]), `E_π[G] ${m} for ${what}`).toBe(true);
    },
  );
});
