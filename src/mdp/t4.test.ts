import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { anyXv, branchDependence, lightLeaf, normalLaw, productXv, strongLeaf } from './t4Cases.ts';
import { t4Certificate } from './t4Certificates.ts';
import { meanVByStates, meanVByTilt } from './t4Mean.ts';
import { T4_SERIES_MDPS } from './t4Series.ts';
import { xvIndependent } from './t4Structure.ts';
import { softBellman } from './softBellman.ts';
import type { XvMdpSpec } from './xv.ts';

const [product, branch, uniformV, laplaceV] = Object.values(T4_SERIES_MDPS);

describe('E[V(π*(β))] on the series MDPs (closed forms)', () => {
  it.each([0.1, 0.5, 1, 3, 30])('X ⊥ V, V ~ N(0, 1): E[V] = θ at θ = %s, both ways', (theta) => {
    expect(meanVByStates(product, theta), `byStates θ=${theta}`).toBeCloseTo(theta, 10);
    expect(meanVByTilt(product, theta), `byTilt θ=${theta}`).toBeCloseTo(theta, 10);
  });
  it.each([0.1, 0.5, 1, 2, 5])('branch dependence: E[V] = θ/(1 + e^{3θ²/2}) at θ = %s', (theta) => {
    const want = theta / (1 + Math.exp(1.5 * theta * theta));
    for (const got of [meanVByStates(branch, theta), meanVByTilt(branch, theta)]) expect(Math.abs(got - want), `θ=${theta}: ${got} vs ${want}`).toBeLessThan(1e-12 * Math.max(1, want));
  });
  it('V uniform on [−1, 1]: E[V] → 1 from below; V Laplace(0, ½): no optimum for β < ½', () => {
    expect(meanVByStates(uniformV, 1e4), 'uniform θ=1e4').toBeCloseTo(1 - 1e-4, 8);
    expect(softBellman(laplaceV.mdp, 0.49).exists, 'Laplace β=0.49').toBe(false);
    expect(softBellman(laplaceV.mdp, 0.51).exists, 'Laplace β=0.51').toBe(true);
  });
});

describe('certificates', () => {
  it('branch dependence: limsup E[V] ≤ 0 by normal dominance; uniform V: E[V] ≤ 1; Laplace: no maximiser below β = ½', () => {
    expect(t4Certificate(branch)).toMatchObject({ kind: 'dominated', bound: 0 });
    expect(t4Certificate(uniformV)).toMatchObject({ kind: 'bounded', bound: 1 });
    expect(t4Certificate(laplaceV)).toMatchObject({ kind: 'no-argmax', bound: 0.5 });
    expect(t4Certificate(product), 'X ⊥ V normal').toBeUndefined();
  });
  test.prop([branchDependence(normalLaw(1.5, 10), normalLaw(0.01, 1))])('dominated cases: E[V(π*)] at θ = 1e4 is below 1e-3', (xv) => {
    const c = t4Certificate(xv);
    expect(c?.kind, JSON.stringify(xv)).toBe('dominated');
    const v = meanVByTilt(xv, 1e4);
    expect(!(v > 1e-3), `E[V] at θ=1e4 = ${v} for ${JSON.stringify(xv)}`).toBe(true);
  });
});

describe('independence (rank-one test)', () => {
  test.prop([productXv(strongLeaf())])('product MDPs are independent', (xv) => {
    expect(xvIndependent(xv), JSON.stringify(xv)).toBe(true);
  });
  it('branch dependence is not; moving one probability of a copied V stage breaks it', () => {
    expect(xvIndependent(branch)).toBe(false);
    const twoCopies: XvMdpSpec = {
      mdp: {
        start: 0,
        returnKind: 'sum',
        states: [
          { kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.5 }, { next: 2, reward: 1, p0: 0.5 }] },
          { kind: 'choice', actions: [{ next: 3, reward: 0, p0: 0.5 }, { next: 4, reward: 0, p0: 0.5 }] },
          { kind: 'choice', actions: [{ next: 3, reward: 0, p0: 0.5 + 1e-6 }, { next: 4, reward: 0, p0: 0.5 - 1e-6 }] },
          { kind: 'leaf', base: { family: 'normal', mu: 0, sigma: 1 } },
          { kind: 'terminal' },
        ],
      },
      split: [[0, 0], [0, 0], [0, 0], { vShare: 1 }, null],
    };
    expect(xvIndependent(twoCopies)).toBe(false);
  });
});

test.prop([anyXv(lightLeaf()), fc.double({ min: 1e-3, max: 10, noNaN: true })])('state DP under the soft-Bellman policy = trajectory tilt', (xv, theta) => {
  const a = meanVByStates(xv, theta);
  const b = meanVByTilt(xv, theta);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return;
  expect(Math.abs(a - b), `θ=${theta}: ${a} vs ${b} for ${JSON.stringify(xv)}`).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(a)));
});
