import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import type { Reward } from './boundedReward.ts';
import { meanWEnclosure } from './meanWEnclosure.ts';
import { shiftClasses } from './shiftClasses.ts';
import { tiltEnclosure } from './tiltEnclosure.ts';

const normal = (mu: number, sigma: number) => ({ family: 'normal', mu, sigma }) as const;
const tanh: Reward = { squash: 'tanh', loc: 0, scale: 1 };
const enclose = (r: Reward, beta: number, pair: PairSpec, decided?: Parameters<typeof meanWEnclosure>[3]) => {
  const e = meanWEnclosure(r, beta, shiftClasses(pair)!, decided);
  if ('reason' in e) throw new Error(e.reason);
  return e;
};

describe('meanWEnclosure: rigorous bounds on E[W(V)] from W at quantile nodes', () => {
  // X, V ~ N(0, 1) independent, r = tanh(U), β = ½: E[h(U)] = 0.315328949767893046422853173533 (mpmath quad,
  // 30 digits: the value of tiltEnclosure.test.ts)
  const pair: PairSpec = { kind: 'independent', x: normal(0, 1), v: normal(0, 1) };
  it('contains the mpmath value at the first and at the finest level, narrower at the finest', () => {
    const first = enclose(tanh, 0.5, pair);
    const finest = enclose(tanh, 0.5, pair, () => false);
    for (const [name, e] of [['first', first], ['finest', finest]] as const) {
      expect(e.eLo, `${name}: E[W] ≥ ${e.eLo}`).toBeLessThanOrEqual(0.31532894976789305);
      expect(e.eHi, `${name}: E[W] ≤ ${e.eHi}`).toBeGreaterThanOrEqual(0.31532894976789305);
    }
    expect(finest.eHi - finest.eLo, `widths ${first.eHi - first.eLo} → ${finest.eHi - finest.eLo}`).toBeLessThan(0.2 * (first.eHi - first.eLo));
    expect(finest.nodes, 'nodes').toBeGreaterThan(first.nodes);
  });

  // X = V² + noise (g(v) = v² + v, kink at −½: W is monotone only on either side of it), β = 1: the enclosure
  // must agree with tiltEnclosure's (which also forms W(μ) and the gaps) — both contain E[W]
  it('a non-monotone shift (v² + v): overlaps the enclosure of tiltEnclosure', () => {
    const sq: PairSpec = { kind: 'functional', v: normal(0, 1), noise: normal(0, 1), f: { kind: 'square' } };
    const e = enclose(tanh, 1, sq, () => false);
    const t = tiltEnclosure(tanh, 1, shiftClasses(sq)!, () => false);
    if ('reason' in t) throw new Error(t.reason);
    expect(Math.max(e.eLo, t.eLo), `[${e.eLo}, ${e.eHi}] against [${t.eLo}, ${t.eHi}]`).toBeLessThanOrEqual(Math.min(e.eHi, t.eHi));
    expect(e.eHi - e.eLo, `width ${e.eHi - e.eLo}`).toBeLessThan(0.05);
  });

  // V uniform on (0, 1), X uniform on (−10, −9), clip at 10 ± 1: r = −1 on all of U's support, W = e^{−2/β}
  it('a reward constant on U\'s support: E[W] = e^{−2/β} within the quadrature error', () => {
    const e = enclose({ squash: 'clip', loc: 10, scale: 1 }, 1, { kind: 'independent', x: { family: 'uniform', a: -10, b: -9 }, v: { family: 'uniform', a: 0, b: 1 } });
    expect(Math.abs(e.eLo - Math.exp(-2)), `eLo ${e.eLo}`).toBeLessThan(1e-13);
    expect(Math.abs(e.eHi - Math.exp(-2)), `eHi ${e.eHi}`).toBeLessThan(1e-13);
  });

  // remedies/bounded-reward-optimum-exists, seed 20240717, run 917 of 1000: X on five atoms, V ~ Exp(2), sigmoid
  // reward, β = 1e-4. W = e^{(r − 1)/β} is e^{−2500} at the first level's nodes: the linear sums underflowed to
  // E[W] ≥ 0, log Z ≥ −∞ ("log Z enclosure [−Infinity, 9998.6] not inside [−1/β, 1/β]", inconclusive).
  // log E[W] = −16.76542985073309718920842510331811299711 (mpmath, 40 digits: quad of 2e^{−2v}·Σₖ pₖ·
  // exp(−2/(β(1 + e^{v + xₖ}))) over [0, ∞) split at 0, 1, …, 10, 12, …, 100; the same to 45 digits on a ¼-grid)
  const atomsX: PairSpec = {
    kind: 'independent',
    x: { family: 'categorical', values: [-10, -2, -1, 1, 1.2648722811986235], probs: [0.000643915003219575, 0.000643915003219575, 0.000643915003219575, 0.3992273019961365, 0.5988409529942048] },
    v: { family: 'exponential', rate: 2 },
  };
  const sigmoid: Reward = { squash: 'sigmoid', loc: 0, scale: 1 };
  const beta = 0.00010000000000000009;
  const logEW = -16.765429850733097;
  it('β = 1e-4 (W ≈ e^{−2500} at the nodes): the log bounds are finite, contain the mpmath value, and log Z lies in [−1/β, 1/β]', () => {
    for (const [name, decided] of [['first', undefined], ['finest', () => false]] as const) {
      const e = enclose(sigmoid, beta, atomsX, decided);
      const what = `${name} level: log E[W] ∈ [${e.logELo}, ${e.logEHi}] (β = ${beta})`;
      expect(Number.isFinite(e.logELo), what).toBe(true);
      expect(e.logELo, what).toBeLessThanOrEqual(logEW);
      expect(e.logEHi, what).toBeGreaterThanOrEqual(logEW);
      expect(1 / beta + e.logELo, what).toBeGreaterThanOrEqual(-1 / beta);
      expect(1 / beta + e.logEHi, what).toBeLessThanOrEqual(1 / beta);
    }
    // the finest level resolves it to a few per cent: the log bounds are carried, not clamped to the floor e^{−2/β}
    const finest = enclose(sigmoid, beta, atomsX, () => false);
    expect(finest.logEHi - finest.logELo, `width ${finest.logEHi - finest.logELo}`).toBeLessThan(0.5);
  });

  it('the log bounds agree with eLo, eHi where those are in the double range', () => {
    const e = enclose(tanh, 0.5, pair);
    expect(Math.abs(Math.exp(e.logELo) - e.eLo), `eLo ${e.eLo}, logELo ${e.logELo}`).toBeLessThanOrEqual(1e-15 * e.eLo);
    expect(Math.abs(Math.exp(e.logEHi) - e.eHi), `eHi ${e.eHi}, logEHi ${e.logEHi}`).toBeLessThanOrEqual(1e-15 * e.eHi);
  });
});
