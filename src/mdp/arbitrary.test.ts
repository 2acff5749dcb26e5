import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heavyTailed } from '../arbitraries/heavyTailed.ts';
import { lightTailed } from '../arbitraries/lightTailed.ts';
import { occupancy } from './stateDp.ts';
import { mdpArbitrary } from './arbitrary.ts';
import { checkPolicy } from './policy.ts';
import { returnLawSpec } from './returnLaw.ts';
import { build } from '../distributions/build.ts';
import { basePolicy } from './types.ts';
import { checkMdp } from './validate.ts';

describe('mdpArbitrary', () => {
  const sample = fc.sample(mdpArbitrary({ maxStates: 200, size: 'large', chanceLeaves: 'some' }), { numRuns: 300, seed: 42 });

  it('generates valid MDPs within maxStates whose π₀ is a policy and whose return law builds', () => {
    for (const m of sample) {
      expect(m.states.length, JSON.stringify(m)).toBeLessThanOrEqual(200);
      expect(() => checkMdp(m), JSON.stringify(m)).not.toThrow();
      expect(() => checkPolicy(m, basePolicy(m)), JSON.stringify(m)).not.toThrow();
      expect(() => build(returnLawSpec(m)), JSON.stringify(m)).not.toThrow();
    }
  });

  it('covers DAGs and trees, zero and near-one π₀ probabilities, both return kinds, chance leaves, deep trees', () => {
    const has = (f: (m: (typeof sample)[number]) => boolean) => sample.some(f);
    expect(has((m) => !checkMdp(m).historyDetermined)).toBe(true);
    expect(has((m) => checkMdp(m).historyDetermined && m.states.length > 20)).toBe(true);
    expect(has((m) => m.states.some((s) => s.kind === 'choice' && s.actions.some((a) => a.p0 === 0)))).toBe(true);
    expect(has((m) => m.states.some((s) => s.kind === 'choice' && s.actions.some((a) => a.p0 > 1 - 1e-9 && a.p0 < 1)))).toBe(true);
    expect(has((m) => m.returnKind === 'average') && has((m) => m.returnKind === 'sum')).toBe(true);
    expect(has((m) => m.states.some((s) => s.kind === 'leaf' && s.chance === true))).toBe(true);
    expect(has((m) => checkMdp(m).maxDepth >= 4)).toBe(true);
    expect(has((m) => m.states.some((s) => s.kind === 'choice' && s.actions.some((a) => a.reward !== 0)))).toBe(true);
  });

  it('the return law is heavy exactly when π₀ reaches a heavy leaf (read from the built mixture)', () => {
    const mixed = fc.sample(mdpArbitrary({ leafLaw: fc.oneof(heavyTailed({ maxDepth: 0 }), lightTailed({ maxDepth: 0 })) }), { numRuns: 150, seed: 3 });
    for (const m of mixed) {
      const occ = occupancy(m, basePolicy(m));
      const reachesHeavy = m.states.some((s, i) => s.kind === 'leaf' && build(s.base).tailClass === 'heavy' && [...occ[i].values()].some((p) => p > 0));
      expect(build(returnLawSpec(m)).tailClass === 'heavy', JSON.stringify(m)).toBe(reachesHeavy);
    }
  });

  it('checkMdp rejects a cycle and a bad index', () => {
    const cyc = { start: 0, returnKind: 'sum' as const, states: [{ kind: 'choice' as const, actions: [{ next: 1, reward: 0, p0: 1 }] }, { kind: 'choice' as const, actions: [{ next: 0, reward: 0, p0: 1 }] }] };
    expect(() => checkMdp(cyc)).toThrow(/acyclic/);
    expect(() => checkMdp({ ...cyc, states: [{ kind: 'choice', actions: [{ next: 5, reward: 0, p0: 1 }] }] })).toThrow(/state index/);
  });
});
