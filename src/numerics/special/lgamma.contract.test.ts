/**
 * Contracts of lgamma, lgamma1p and stirlerr at the edges of their domains (lgamma.ts): NaN for x ≤ 0 and
 * NaN, +∞ / 0 at +∞, and lgamma1p outside its series range falling back to lgamma(1 + ε).
 * Reference values: mpmath at 40 digits of loggamma.
 */
import { describe, it, expect } from 'vitest';
import { relativeError } from '../tolerance.ts';
import { lgamma, lgamma1p, stirlerr } from './lgamma.ts';

describe('lgamma family: domain edges', () => {
  it('lgamma: NaN for x ≤ 0 and NaN, +∞ at +∞; exact zeros at 1 and 2', () => {
    for (const x of [0, -0, -1, -2.5, -Infinity, NaN]) expect(lgamma(x), `lgamma(${x})`).toBeNaN();
    expect(lgamma(Infinity)).toBe(Infinity);
    expect(lgamma(1) === 0, 'lgamma(1)').toBe(true);
    expect(lgamma(2) === 0, 'lgamma(2)').toBe(true);
    expect(lgamma(3)).toBe(Math.LN2);
  });
  it('lgamma1p(ε) = log Γ(1 + ε): the series on [−½, 1], lgamma(1 + ε) outside, NaN at ε ≤ −1 and NaN', () => {
    // mpmath: loggamma(0.4) = 0.7966778177017837096706, loggamma(2.5) = 0.2846828704729191596325
    expect(relativeError(lgamma1p(-0.6), 0.7966778177017837096706), 'lgamma1p(-0.6)').toBeLessThanOrEqual(4e-16);
    expect(relativeError(lgamma1p(1.5), 0.2846828704729191596325), 'lgamma1p(1.5)').toBeLessThanOrEqual(4e-16);
    expect(relativeError(lgamma1p(-0.5), Math.log(Math.sqrt(Math.PI))), 'lgamma1p(-0.5)').toBeLessThanOrEqual(4e-16);
    expect(Math.abs(lgamma1p(1)), 'lgamma1p(1) = log Γ(2) = 0, to 1 ulp of 1').toBeLessThanOrEqual(Number.EPSILON);
    expect(lgamma1p(0) === 0, 'lgamma1p(0)').toBe(true);
    expect(lgamma1p(-1)).toBeNaN();
    expect(lgamma1p(-2)).toBeNaN();
    expect(lgamma1p(NaN)).toBeNaN();
  });
  it('stirlerr: NaN for a ≤ 0 and NaN, 0 at +∞', () => {
    for (const a of [0, -1, -Infinity, NaN]) expect(stirlerr(a), `stirlerr(${a})`).toBeNaN();
    expect(stirlerr(Infinity)).toBe(0);
  });
});
