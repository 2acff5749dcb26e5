import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import { extendedOddsRatioPairVerdict } from './extendedOddsRatio.ts';

const N01 = { family: 'normal', mu: 0, sigma: 1 } as const;

describe('extendedOddsRatioPairVerdict: each kind to its computation', () => {
  it('comonotone: closed form (the summary says so); countermonotone: inconclusive', () => {
    const v = extendedOddsRatioPairVerdict({ kind: 'comonotone', x: { family: 'zeta', s: 1.5 }, v: N01 }, 1);
    expect(v.status, v.summary).toBe('holds');
    expect(v.summary).toMatch(/comonotone/);
    expect(extendedOddsRatioPairVerdict({ kind: 'countermonotone', x: N01, v: N01 }, 1).status).toBe('inconclusive');
  });
  it('discrete X ⊥ continuous V: sums over the atoms of X', () => {
    const v = extendedOddsRatioPairVerdict({ kind: 'independent', x: { family: 'poisson', lambda: 2 }, v: N01 }, 1);
    expect(v.status, v.summary).toBe('holds');
    expect(v.summary).toMatch(/atoms of X/);
  });
  it('finite V and continuous pairs keep their paths (oddsRatioPairVerdict)', () => {
    const lin: PairSpec = { kind: 'linear', v: N01, z: N01, a: -2 };
    expect(extendedOddsRatioPairVerdict(lin, Math.LN2).status).toBe('fails');
    const fin: PairSpec = { kind: 'independent', x: N01, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } };
    expect(extendedOddsRatioPairVerdict(fin, Math.LN2).status).toBe('holds');
  });
});
