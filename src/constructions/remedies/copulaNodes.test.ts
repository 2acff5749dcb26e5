import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { copulaNodes, pieceMean } from './copulaNodes.ts';

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

// P(a < V ≤ b) for V ~ N(0, 1): log P = log(Φ(b) − Φ(a)) from mpmath (60 digits, erfc). The callers of logBetween
// padded it by 1e-12·max(1, |log P|); on a narrow piece the difference of the two log tails is off by far more
// (3.4e-8 on (1, 1 + 1e-9]: the last bits of log F̄ over a gap of 1.5e-9), so the enclosure missed the value.
describe('logBetweenWithError: P(a < V ≤ b) with the relative error of logIntervalProb', () => {
  const normal = build({ family: 'normal', mu: 0, sigma: 1 });
  const nodes = copulaNodes(normal, normal, false);
  const cases: [number, number, number][] = [
    [1, 1 + 1e-9, -22.142204287910716363],
    [1, 1 + 1e-6, -15.234449591251338443],
    [-3, -3 + 1e-7, -21.537034035799569566],
    [5, 5 + 1e-4, -22.629528896432977166],
    [0.5, 1, -1.897905061013982056],
    [-40, -39.9999, -810.12727824014934826],
    [-1, 1, -0.38171514630212607227],
  ];
  it.each(cases)('(%d, %d]: e^log·(1 ± relError) contains mpmath\'s value', (a, b, ref) => {
    const p = nodes.logBetweenWithError(a, b);
    const what = `log P(${a} < N(0,1) ≤ ${b}) = ${p.log} (relError ${p.relError}), mpmath ${ref}`;
    expect(p.relError, what).toBeLessThan(1e-6);
    expect(p.log + Math.log1p(-p.relError), what).toBeLessThanOrEqual(ref);
    expect(p.log + Math.log1p(p.relError), what).toBeGreaterThanOrEqual(ref);
  });
  it('a piece one ulp wide at 1 (2.2e-16): resolved by the density, where the difference of the log tails was 30% off', () => {
    const p = nodes.logBetweenWithError(1, 1 + 2.220446049250313e-16);
    expect(p.log > -Infinity, JSON.stringify(p)).toBe(true);
    // log(φ(1)·2.22e-16) = −37.4826… (the width is exact): inside the enclosure
    const ref = Math.log(0.24197072451914337) + Math.log(2.220446049250313e-16);
    expect(p.log + Math.log1p(-Math.min(1, p.relError)), JSON.stringify(p)).toBeLessThanOrEqual(ref + 1e-9);
    expect(p.log + Math.log1p(p.relError), JSON.stringify(p)).toBeGreaterThanOrEqual(ref - 1e-9);
  });
});
