import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanVAt } from './t4Mean.ts';
import { expLeaf, productXv } from './t4Cases.ts';

describe('T4 on MDPs: E[V(π*(β))] at a grid point whose β = 1/θ is not a positive double', () => {
  it('is a reason, not a softBellman crash (random seed 3746094: β = 0 where U\'s spread underflowed)', () => {
    const [xv] = fc.sample(productXv(expLeaf()), { numRuns: 1, seed: 7 });
    for (const theta of [Infinity, 0, Number.MAX_VALUE * 10, NaN]) {
      const r = meanVAt(xv, theta);
      expect(typeof r, `meanVAt at θ = ${theta}: ${JSON.stringify(r)}`).toBe('string');
    }
  });
});
