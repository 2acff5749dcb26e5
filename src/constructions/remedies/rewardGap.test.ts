import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { rewardAt, type Reward, type Squash } from './boundedReward.ts';
import { hGap, logH } from './rewardGap.ts';

describe('rewardGap.hGap: h(u) − h(u₀) in log space', () => {
  it('matches mpmath where the reward is saturated beyond the double range of h itself', () => {
    // mpmath (2000 digits): log(exp(tanh(400) − 1) − exp(tanh(399) − 1)) = −797.452266277308913747555416029
    const a = hGap({ squash: 'tanh', loc: 0, scale: 1 }, 1, 400, 399);
    expect(a.s).toBe(1);
    expect(Math.abs(a.l + 797.452266277308913747555416029), `tanh 400 vs 399: ${a.l}`).toBeLessThan(1e-12 * 797);
    // mpmath (30 digits): sigmoid = tanh(y/2), β = 0.01, y = 1e6 vs 1e6 − 3: log gap = −999991.752751814394664909085509
    const b = hGap({ squash: 'sigmoid', loc: 0, scale: 1 }, 0.01, 1e6, 1e6 - 3);
    expect(Math.abs(b.l + 999991.752751814394664909085509), `sigmoid 1e6: ${b.l} (rel ${b.rel})`).toBeLessThan(1e-9 * 1e6);
    // mpmath (40 digits): β = 0.01, h(−3) − h(2) = −e^{−3.597241992418311605358627589907684974497}
    const c = hGap({ squash: 'tanh', loc: 0, scale: 1 }, 0.01, -3, 2);
    expect(c.s).toBe(-1);
    // log h(−3) = −199.5: the log gap carries a few ulps of that
    expect(Math.abs(c.l + 3.597241992418311605358627589907684974497), `tanh −3 vs 2: ${c.l}`).toBeLessThan(1e-12);
  });

  it('saturated at ±800 (mpmath), the error bound covering the difference', () => {
    // mpmath (60 digits): log(h(800.5) − h(800)), tanh, β = 1; sigmoid, β = 2: log(h(−799) − h(−800)),
    // with 1 − tanh t = 2/(1 + e^{2t}) and tanh t₁ − tanh t₀ = sinh(t₁ − t₀)/(cosh t₀ cosh t₁)
    const cases: [Reward, number, number, number, number][] = [
      [{ squash: 'tanh', loc: 0, scale: 1 }, 1, 800.5, 800, -1599.76552796482713658160441152360915313380147777233],
      [{ squash: 'sigmoid', loc: 0, scale: 1 }, 2, -799, -800, -800.458675145387081891021643645067329701876977906692],
    ];
    for (const [r, beta, u, u0, ref] of cases) {
      const g = hGap(r, beta, u, u0);
      const what = `${r.squash}, β = ${beta}, ${u} vs ${u0}: ${g.l} (rel ${g.rel}) vs mpmath ${ref}`;
      expect(g.s, what).toBe(1);
      expect(Math.abs(g.l - ref), what).toBeLessThan(1e-12 * Math.abs(ref));
      expect(Math.abs(Math.expm1(g.l - ref)), what).toBeLessThanOrEqual(g.rel);
    }
  });

  it('clip: two points whose y round to the same double inside the ramp have a non-zero gap', () => {
    // y = (u − 1)/2 = −0.5 for u = 0 and u = 1e-30: h(1e-30) − h(0) = h(0)·expm1(0.5e-30/β), log = −1.5 + log(5e-31) at β = 1
    const g = hGap({ squash: 'clip', loc: 1, scale: 2 }, 1, 1e-30, 0);
    expect(g.s, `clip gap ${JSON.stringify(g)}`).toBe(1);
    expect(Math.abs(g.l - (Math.log(5e-31) - 1.5)), `clip gap ${g.l}`).toBeLessThan(1e-13);
  });

  it('clip and step: exact zeros where saturated, the limits at ±∞', () => {
    const clip: Reward = { squash: 'clip', loc: 0, scale: 1 };
    expect(hGap(clip, 1, 5, 2).s).toBe(0);
    expect(hGap(clip, 1, -5, -2).s).toBe(0);
    const step: Reward = { squash: 'step', loc: 0, scale: 1 };
    const g = hGap(step, 0.5, 1, -1);
    expect(Math.abs(Math.exp(g.l) - (1 - Math.exp(-4))), `step gap ${g.l}`).toBeLessThan(1e-15);
    const up = hGap({ squash: 'tanh', loc: 0, scale: 1 }, 1, Infinity, 0);
    expect(Math.abs(Math.exp(up.l) - (1 - Math.exp(-1))), `h(∞) − h(0): ${up.l}`).toBeLessThan(1e-15);
    expect(logH({ squash: 'tanh', loc: 0, scale: 1 }, 2, -Infinity)).toBe(-1);
  });

  const moderate = fc.record({
    r: fc.record({ squash: fc.constantFrom<Squash>('tanh', 'sigmoid', 'clip', 'step'), loc: fc.double({ min: -5, max: 5, noNaN: true }), scale: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
    beta: fc.double({ min: 0.2, max: 10, noNaN: true }),
    u: fc.double({ min: -20, max: 20, noNaN: true }),
    u0: fc.double({ min: -20, max: 20, noNaN: true }),
  });
  test.prop([moderate])('agrees with the direct difference of the two weights where that does not cancel', ({ r, beta, u, u0 }) => {
    const direct = Math.exp((rewardAt(r, u) - 1) / beta) - Math.exp((rewardAt(r, u0) - 1) / beta);
    const g = hGap(r, beta, u, u0);
    const value = g.s * Math.exp(g.l);
    const where = `${JSON.stringify({ r, beta, u, u0 })}: ${value} (rel ${g.rel}) vs ${direct}`;
    expect(Math.abs(value - direct), where).toBeLessThanOrEqual(1e-12 + Math.abs(direct) * Math.max(g.rel, 1e-9));
    // monotone: the sign is that of u − u₀ (or 0)
    expect(g.s === 0 || g.s === Math.sign(u - u0), where).toBe(true);
  });
});
