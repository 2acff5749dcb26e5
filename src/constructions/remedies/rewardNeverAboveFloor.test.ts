import { describe, expect, it } from 'vitest';
import { weakPenaltyPairVerdict } from './weakPenaltyLimit.ts';
import type { PairSpec } from '../../pairs/types.ts';
import type { Reward } from './boundedReward.ts';

// X ~ U(0, 1) ⊥ V: U ≤ 2 a.s. A step at loc 10 or a clip at loc 10, s = 1 (floor 9) keeps r(U) = −1 on all of U's
// support, so e^{r/β} is constant, π*(β) = π₀ and the limit gain is exactly 0: the claim "> 0" fails. The
// verdicts read a soft threshold at sup U instead and said "holds: the limit is sup V" (found while adding
// quantile couplings to the weak-penalty claims).
const finiteV: PairSpec = { kind: 'independent', x: { family: 'uniform', a: 0, b: 1 }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
const continuousV: PairSpec = { kind: 'independent', x: { family: 'uniform', a: 0, b: 1 }, v: { family: 'uniform', a: 0, b: 1 } };

describe('weak-penalty limit of a reward that never leaves its floor on the support of U', () => {
  it.each([
    ['finite V, step at 10', finiteV, { squash: 'step', loc: 10, scale: 1 }],
    ['finite V, clip floor 9', finiteV, { squash: 'clip', loc: 10, scale: 1 }],
    ['continuous V, step at 10', continuousV, { squash: 'step', loc: 10, scale: 1 }],
    ['continuous V, clip floor 9', continuousV, { squash: 'clip', loc: 10, scale: 1 }],
  ] as [string, PairSpec, Reward][])('%s: gain exactly 0, fails; the flipped mutant holds', (_, pair, r) => {
    const v = weakPenaltyPairVerdict(pair, r);
    expect(v.status, `${JSON.stringify(pair)} ${JSON.stringify(r)}: ${v.summary}`).toBe('fails');
    expect(weakPenaltyPairVerdict(pair, r, true).status).toBe('holds');
  });

  it('sup U exactly at the floor level (clip floor 2 = sup U): within rounding of the sum that forms sup U, so not decided — never "holds"', () => {
    for (const pair of [finiteV, continuousV]) {
      const v = weakPenaltyPairVerdict(pair, { squash: 'clip', loc: 3, scale: 1 });
      expect(v.status, `${JSON.stringify(pair)}: ${v.summary}`).toBe('inconclusive');
    }
  });

  it.each([
    ['clip rising up to sup U (floor 1.5 < 2)', { squash: 'clip', loc: 2.5, scale: 1 }],
    ['clip floor one step below sup U', { squash: 'clip', loc: 2.9999999, scale: 1 }],
  ] as [string, Reward][])('%s: the soft threshold at sup U decides (limit sup V > E[V]): holds', (_, r) => {
    for (const pair of [finiteV, continuousV]) {
      const v = weakPenaltyPairVerdict(pair, r);
      expect(v.status, `${JSON.stringify(pair)} ${JSON.stringify(r)}: ${v.summary}`).toBe('holds');
    }
  });
});
