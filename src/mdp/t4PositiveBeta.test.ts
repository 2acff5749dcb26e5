import { describe, expect, it } from 'vitest';
import { optimumExists, positiveShift, type T4PositiveCase } from './t4Positive.ts';
import fc from 'fast-check';
import { expLeaf, productXv } from './t4Cases.ts';

describe('T4 on MDPs: a case whose β = b·scale(U) is not a positive double', () => {
  it('is inconclusive, not a crash or a false "no optimum" (random seed −67805372: softBellman threw on β = 0)', () => {
    const [xv] = fc.sample(productXv(expLeaf()), { numRuns: 1, seed: 7 });
    const c: T4PositiveCase = { xv, b: 0 };
    expect(optimumExists(c), 'optimumExists with β = 0').toBe(false);
    const r = positiveShift(c);
    expect('status' in r && r.status, `verdict ${JSON.stringify(r)}`).toBe('inconclusive');
  });
});
