import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { optimumExists, positiveShift, type T4PositiveCase } from './t4Positive.ts';
import { expLeaf, productXv } from './t4Cases.ts';

describe('T4 on MDPs: a case whose β = b·scale(U) is not a positive double', () => {
  test.prop([productXv(expLeaf()), fc.constantFrom(0, -1, NaN, Infinity)], { numRuns: 50 })(
    'is inconclusive, not a crash or a false "no optimum" (random seed −67805372: softBellman threw on β = 0)',
    (xv, b) => {
      const c: T4PositiveCase = { xv, b };
      const what = `b = ${b} for ${JSON.stringify(xv)}`;
      expect(optimumExists(c), `optimumExists, ${what}`).toBe(false);
      const r = positiveShift(c);
      expect('status' in r && r.status, `verdict ${JSON.stringify(r)}, ${what}`).toBe('inconclusive');
    },
  );
});
