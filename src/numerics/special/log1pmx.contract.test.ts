/**
 * Contracts of log1pmx(u) = log(1 + u) − u at the edges of its domain (log1pmx.ts): NaN below −1 and for
 * NaN, −∞ at −1 and +∞, exactly 0 at 0.
 */
import { describe, it, expect } from 'vitest';
import { log1pmx } from './log1pmx.ts';

describe('log1pmx: domain edges', () => {
  it('NaN for u < −1 and NaN; −∞ at u = −1 and u = +∞; 0 at 0', () => {
    for (const u of [-1.0000000000000002, -2, -Infinity, NaN]) expect(log1pmx(u), `log1pmx(${u})`).toBeNaN();
    expect(log1pmx(-1)).toBe(-Infinity);
    expect(log1pmx(Infinity)).toBe(-Infinity);
    expect(log1pmx(0) === 0).toBe(true);
  });
});
