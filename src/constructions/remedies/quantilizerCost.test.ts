import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import { costBound } from './quantilizerCost.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('costBound: exact sums of closed-form tails', () => {
  it('N(0,1), hinge (x − 0)⁺: E_Q[c] = φ(0) = 0.3989422804014327', () => {
    const b = costBound(build({ family: 'normal', mu: 0, sigma: 1 }), { kind: 'hinge', side: 1, level: 0.5, w: 1, m: 0 }, { cuts: [0.5], weights: [1, 1] });
    expect(rel(b.costQ, 0.3989422804014327), `${b.costQ}`).toBeLessThan(1e-13);
    expect(rel(b.costP, b.costQ), 'P = Q').toBeLessThan(1e-13);
  });

  it('the quantilizer attains the bound: Exp(1), K = 4, cost 1{X > q(0.9)}: E_P[c] = K·E_Q[c] = 0.4', () => {
    const b = costBound(build({ family: 'exponential', rate: 1 }), { kind: 'indicator', side: 1, level: 0.9, w: 1, m: 0 }, { cuts: [0.75], weights: [0, 1] });
    expect(rel(b.maxRatio, 4), `max ratio ${b.maxRatio}`).toBeLessThan(1e-12);
    expect(rel(b.costP, 0.4), `E_P[c] ${b.costP}`).toBeLessThan(1e-12);
    expect(rel(b.costQ, 0.1), `E_Q[c] ${b.costQ}`).toBeLessThan(1e-12);
  });

  it('downward hinge on U(0, 1), (0.5 − x)⁺: E_Q = 1/8; top-half quantilizer pays 0', () => {
    const b = costBound(build({ family: 'uniform', a: 0, b: 1 }), { kind: 'hinge', side: -1, level: 0.5, w: 1, m: 0 }, { cuts: [0.5], weights: [0, 1] });
    expect(rel(b.costQ, 0.125), `${b.costQ}`).toBeLessThan(1e-13);
    expect(Math.abs(b.costP), `${b.costP}`).toBeLessThan(1e-15);
  });

  it('a heavy cost with infinite mean: Pareto(1, 0.8), (x − 1)⁺ has E_Q[c] = ∞', () => {
    const b = costBound(build({ family: 'pareto', xm: 1, alpha: 0.8 }), { kind: 'hinge', side: 1, level: 0.5, w: 1, m: 0 }, { cuts: [0.5], weights: [1, 2] });
    expect(b.costQ).toBe(Infinity);
  });
});
