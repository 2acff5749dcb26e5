import { describe, expect, it } from 'vitest';
import { pieceMean } from './copulaNodes.ts';

// Mⱼ = G(a) − G(b) on a piece of V on one side of μ has that side's sign. Where the two node values of G are equal
// in doubles, or ordered against the side, the true Mⱼ lies within their errors of 0: it is exactly 0 only when
// both are exact. An "exact 0" from carried errors let a clip/step enclosure certify "h(U) constant" (a `fails`)
// without looking at that piece's gaps.
describe('pieceMean: a piece mean within its nodes\' errors of 0', () => {
  const g = { log: -3, rel: 1e-12 };
  it.each([1, -1] as const)('equal logs with errors, side %d: not an exact 0, the side\'s sign, magnitude up to the errors', (side) => {
    const m = pieceMean(g, g, side);
    expect(m.s, JSON.stringify(m)).toBe(side);
    expect(Math.exp(m.l) * (1 + m.rel), JSON.stringify(m)).toBeGreaterThanOrEqual(2e-12 * Math.exp(-3) * (1 - 1e-12));
  });
  it('equal logs, both exact: exactly 0', () => {
    expect(pieceMean({ log: -3, rel: 0 }, { log: -3, rel: 0 }, 1).s).toBe(0);
  });
  it('ordered against the side by rounding (G(a) < G(b) above μ): the side\'s sign, not the computed one', () => {
    const m = pieceMean({ log: -3 - 1e-13, rel: 1e-12 }, { log: -3, rel: 1e-12 }, 1);
    expect(m.s, JSON.stringify(m)).toBe(1);
  });
  it('a resolved piece keeps the computed difference', () => {
    const m = pieceMean({ log: 0, rel: 1e-14 }, { log: -1, rel: 1e-14 }, 1);
    expect(m.s).toBe(1);
    expect(Math.abs(Math.exp(m.l) - (1 - Math.exp(-1))), JSON.stringify(m)).toBeLessThan(1e-14);
  });
});
