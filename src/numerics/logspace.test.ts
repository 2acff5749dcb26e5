import { describe, expect, it } from 'vitest';
import { logSubExp, logSubExpClamped } from './logspace.ts';

describe('logSubExpClamped', () => {
  it('−∞ where rounding left a ≤ b, a where b = −∞, NaN in NaN out', () => {
    expect(logSubExpClamped(-3, -3)).toBe(-Infinity);
    expect(logSubExpClamped(-3, -2)).toBe(-Infinity);
    expect(logSubExpClamped(-3, -Infinity)).toBe(-3);
    expect(logSubExpClamped(NaN, -1)).toBeNaN();
    expect(logSubExpClamped(-1, NaN)).toBeNaN();
  });
  it.each([[0, -1], [-700, -700.5], [5, 5 - 1e-12], [-1e5, -1e5 - 40]])('agrees with logSubExp where a > b: (%d, %d)', (a, b) => {
    const x = logSubExpClamped(a, b), y = logSubExp(a, b);
    expect(Math.abs(x - y), `${x} vs ${y}`).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(y)));
  });
});
