import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';
import { t6TiltBound } from './t6TiltBound.ts';
import { t6TiltVerdict } from './t6TiltVerdict.ts';

describe('t6TiltBound: E[V | U > t] ≥ lowerBound', () => {
  // X ~ Exp(1) (hazard 1): for large t, E[V | U > t] is V tilted by e^{v}; V ~ Exp(2) gives exactly 1
  it('X ~ Exp(1), V ~ Exp(2): below the exact value 1 (for both targets)', () => {
    const v = build({ family: 'exponential', rate: 2 });
    for (const t of [30, 100, 1e4]) {
      for (const f of [1, 2, 4]) {
        const b = t6TiltBound({ family: 'exponential', rate: 1 }, v, Math.log(t), f)!;
        expect(b.lowerBound, `t = ${t}, factor ${f}`).toBeLessThanOrEqual(1);
      }
    }
  });
  const cases: [DistributionSpec, DistributionSpec, number][] = [
    [{ family: 'weibull', k: 1.5, lambda: 1 }, { family: 'exponential', rate: 1 }, 30],
    [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'gumbel', mu: 0, beta: 1 }, 10],
    [{ family: 'affine', base: { family: 'gumbel', mu: 0, beta: 1 }, loc: 0, scale: -1 }, { family: 'laplace', mu: 0, b: 1 }, 5],
    [{ family: 'weibull', k: 2, lambda: 1 }, { family: 'normal', mu: 0, sigma: 1 }, 8],
    [{ family: 'weibull', k: 1.2, lambda: 1 }, { family: 'geometric', p: 0.5 }, 40],
  ];
  for (const [xs, vs, t] of cases) {
    it(`X = ${JSON.stringify(xs)}, V = ${JSON.stringify(vs)}, t = ${t}: below the quadrature`, () => {
      const r = conditionalMeanFast(xs, vs, t);
      for (const f of [1, 2]) {
        const b = t6TiltBound(xs, build(vs), Math.log(t), f)!;
        expect(b.lowerBound, `lower bound (factor ${f}) vs E[V | U > ${t}] = ${r.value} ± ${r.error}`).toBeLessThanOrEqual(r.value + r.error);
      }
    });
  }
  // lattice X (latticeStepFloor.ts): F̄_X(t − v) is a step function in v; the direct bound of t6TiltBound.ts
  const lattice: [DistributionSpec, DistributionSpec][] = [
    [{ family: 'poisson', lambda: 5 }, { family: 'exponential', rate: 1 }],
    [{ family: 'affine', base: { family: 'poisson', lambda: 2 }, loc: 1, scale: 0.5 }, { family: 'gumbel', mu: 0, beta: 1 }],
    [{ family: 'poisson', lambda: 1 }, { family: 'normal', mu: 0, sigma: 1 }],
  ];
  for (const [xs, vs] of lattice) {
    it(`lattice X = ${JSON.stringify(xs)}, V = ${JSON.stringify(vs)}: below the sums, and above E[V] + IQR(V) by t = 100 where V is unbounded with an exponential tail`, () => {
      const V = build(vs);
      for (const t of [20, 50, 100, 300]) {
        const r = conditionalMeanFast(xs, vs, t);
        expect(r.converged, `E[V | U > ${t}]: ${r.reason}`).toBe(true);
        for (const f of [1, 2, 4]) {
          const b = t6TiltBound(xs, V, Math.log(t), f)!;
          expect(b.lowerBound, `lower bound (factor ${f}) vs E[V | U > ${t}] = ${r.value} ± ${r.error}`).toBeLessThanOrEqual(r.value + r.error);
        }
      }
      if (vs.family !== 'normal') {
        const level = V.mean() + V.quantile(0.75) - V.quantile(0.25);
        expect(t6TiltBound(xs, V, Math.log(100), 2)!.lowerBound, `bound at t = 100 vs level ${level}`).toBeGreaterThan(level);
      }
    });
  }
  it('says nothing for discrete X other than Poisson, or V bounded above', () => {
    expect(t6TiltBound({ family: 'geometric', p: 0.5 }, build({ family: 'exponential', rate: 1 }), 5)).toBeUndefined();
    expect(t6TiltBound({ family: 'poisson', lambda: 2 }, build({ family: 'uniform', a: 0, b: 1 }), 5)).toBeUndefined();
    expect(t6TiltBound({ family: 'normal', mu: 0, sigma: 1 }, build({ family: 'uniform', a: 0, b: 1 }), 5)).toBeUndefined();
  });
});

describe('t6TiltVerdict (T6 past the grid)', () => {
  it('holds for Weibull k = 1 + 1e-8 X and Exp(2) V, at thresholds near e^{10⁸}', () => {
    const v = build({ family: 'weibull', k: 1, lambda: 0.5 });
    const r = t6TiltVerdict({ family: 'weibull', k: 1.00000001, lambda: 1 }, v, 1.0493, Math.log(1050))!;
    expect(r?.status, 'verdict').toBe('holds');
    expect(r.numbers.lowerBound2, 'increasing lower bounds').toBeGreaterThan(r.numbers.lowerBound1);
    expect(r.numbers.sigma0, 'beyond the double range').toBeGreaterThan(1e7);
  });
});
