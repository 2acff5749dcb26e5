import { describe, expect, it } from 'vitest';
import { finiteAtoms } from './finitePair.ts';
import { oddsRatioVerdict } from './oddsRatio.ts';
import type { PairSpec } from '../../pairs/types.ts';

describe('oddsRatioVerdict: an exact zero gain is a certificate only where u_K − g is resolved', () => {
  it('X with two far atoms of mass ½, V ∈ {0, 1}, K = 2: the top half of U is {X = 10}, gain exactly 0 — fails', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'categorical', values: [0, 10], probs: [0.5, 0.5] }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
    const r = oddsRatioVerdict(finiteAtoms(pair)!, Math.LN2);
    expect(r.status, r.summary).toBe('fails');
  });
  it('zeta X with s ≈ 1.0014: u_K ≈ 9e307, where u − 1 rounds to u and the true (tiny, positive) gain vanishes — inconclusive, not fails', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'zeta', s: 1.0014091122938094 }, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
    const r = oddsRatioVerdict(finiteAtoms(pair)!, 1);
    expect(r.status, r.summary).toBe('inconclusive');
  });
});
