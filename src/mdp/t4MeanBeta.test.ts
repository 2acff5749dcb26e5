import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { meanVAt } from './t4Mean.ts';
import { expLeaf, productXv } from './t4Cases.ts';

describe('T4 on MDPs: E[V(π*(β))] at a grid point whose β = 1/θ is not a positive double', () => {
  test.prop([productXv(expLeaf()), fc.constantFrom(Infinity, 0, Number.MAX_VALUE * 10, NaN, -1)], { numRuns: 50 })(
    'is a reason, not a softBellman crash (random seed 3746094: β = 0 where U\'s spread underflowed)',
    (xv, theta) => {
      const r = meanVAt(xv, theta);
      expect(typeof r, `meanVAt at θ = ${theta} for ${JSON.stringify(xv)}: ${JSON.stringify(r)}`).toBe('string');
    },
  );
});
