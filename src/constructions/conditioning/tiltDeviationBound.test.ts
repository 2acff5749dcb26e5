import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';
import { tiltVerdict } from './t5TiltVerdict.ts';
import { tiltBoundDefined, tiltDeviationBound } from './tiltDeviationBound.ts';
import { test, fc } from '@fast-check/vitest';
import { anyDistribution } from '../../arbitraries/anyDistribution.ts';

describe('tiltDeviationBound: 0 ≤ E[V | U > t] − E[V] ≤ B', () => {
  // X ~ Exp(1): F̄_X(t − v)/F̄_X(t) = e^{v} for v < t, so for large t E[V | U > t] is V tilted by e^{v}:
  // Exp(2) → mean 1 (deviation ½), Laplace(0, ½) → 2b²/(1 − b²) = 2/3, −Exp(1) → −½ (deviation ½), N(0, 0.3²) → 0.09
  const exact: [DistributionSpec, number][] = [
    [{ family: 'exponential', rate: 2 }, 0.5],
    [{ family: 'laplace', mu: 0, b: 0.5 }, 2 / 3],
    [{ family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: -1 }, 0.5],
    [{ family: 'normal', mu: 0, sigma: 0.3 }, 0.09],
  ];
  for (const [vs, dev] of exact) {
    it(`X ~ Exp(1), V = ${JSON.stringify(vs)}: B ≥ the exact deviation ${dev}`, () => {
      for (const t of [30, 100]) {
        const b = tiltDeviationBound({ family: 'exponential', rate: 1 }, build(vs), Math.log(t))!;
        expect(b.bound, `B at t = ${t} for V = ${JSON.stringify(vs)}`).toBeGreaterThanOrEqual(dev * (1 - 1e-9));
      }
    });
  }

  const heavy: [DistributionSpec, DistributionSpec, number][] = [
    [{ family: 'weibull', k: 0.5, lambda: 1 }, { family: 'exponential', rate: 1 }, 1e4],
    [{ family: 'pareto', xm: 1, alpha: 2 }, { family: 'normal', mu: 0, sigma: 1 }, 100],
    [{ family: 'pareto', xm: 1, alpha: 1.5 }, { family: 'pareto', xm: 1, alpha: 4 }, 20],
    [{ family: 'lognormal', mu: 0, sigma: 1 }, { family: 'affine', base: { family: 'lognormal', mu: 0, sigma: 0.5 }, loc: 0, scale: -1 }, 1e3],
    [{ family: 'cauchy', loc: 0, scale: 1 }, { family: 'laplace', mu: 0, b: 1 }, 1e3],
    [{ family: 'studentT', df: 2, loc: 0, scale: 1 }, { family: 'gamma', shape: 2, rate: 1 }, 50],
    // big-jump regimes, where T3 = e^H·E[(V − m)⁺; V > t/2] carries the bound (deviation ≈ 1.05 and 81.5)
    [{ family: 'pareto', xm: 1, alpha: 1.5 }, { family: 'pareto', xm: 1, alpha: 2.6 }, 100],
    [{ family: 'weibull', k: 0.3, lambda: 1 }, { family: 'weibull', k: 0.25, lambda: 0.2 }, 100],
    // lattice X (zeta: latticeShift 1)
    [{ family: 'zeta', s: 2 }, { family: 'exponential', rate: 1 }, 20.5],
    [{ family: 'zeta', s: 1.5 }, { family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 0, scale: -1 }, 10.5],
  ];
  for (const [xs, vs, t] of heavy) {
    it(`X = ${JSON.stringify(xs)}, V = ${JSON.stringify(vs)}, t = ${t}: the quadrature's deviation lies in [0, B]`, () => {
      const v = build(vs);
      const r = conditionalMeanFast(xs, vs, t);
      const b = tiltDeviationBound(xs, v, Math.log(t))!;
      const dev = r.value - v.mean();
      expect(dev + r.error, `deviation ${dev} ± ${r.error} ≥ 0`).toBeGreaterThanOrEqual(0);
      expect(b.bound, `B = ${b.bound} ≥ deviation ${dev} − ${r.error} (X = ${JSON.stringify(xs)}, V = ${JSON.stringify(vs)}, t = ${t})`).toBeGreaterThanOrEqual(dev - r.error);
    });
  }

  it('beyond the double range: Weibull(k = 0.999) X, Exp(1) V, B ≥ the tilt by the hazard at t (V ≥ 0: a lower bound of the deviation)', () => {
    const k = 0.999;
    const v = build({ family: 'exponential', rate: 1 });
    for (const sigma of [2e3, 5e3, 1e4, 3e4]) {
      const b = tiltDeviationBound({ family: 'weibull', k, lambda: 1 }, v, sigma)!;
      const h = k * Math.exp((k - 1) * sigma); // hazard at t = e^σ
      // d/dv log w(v) = h(t − v) ≥ h(t) for v ≥ 0 (decreasing hazard): V given U > t dominates V tilted by e^{h v}
      expect(b.bound, `B(σ = ${sigma}) vs h/(1 − h) = ${h / (1 - h)}`).toBeGreaterThanOrEqual(h / (1 - h));
      expect(b.bound, `B(σ = ${sigma}) finite`).toBeLessThan(Infinity);
    }
  });
});

describe('tiltVerdict (T5 past the grid)', () => {
  it('holds for Weibull k → 1⁻ X with V = −1 − Exp(1), at thresholds beyond the double range', () => {
    const v = build({ family: 'affine', base: { family: 'exponential', rate: 1 }, loc: -1, scale: -1 });
    const r = tiltVerdict({ family: 'weibull', k: 0.999997886767108, lambda: 1 }, v, 0.11, Math.log(1400))!;
    expect(r?.status, 'verdict').toBe('holds');
    expect(r.numbers.sigma1, 'first rung beyond the double range').toBeGreaterThan(709);
    expect(r.numbers.bound2, 'bound within tol').toBeLessThanOrEqual(0.11);
  });
  it('says nothing for X without a hazard envelope (Poisson)', () => {
    expect(tiltVerdict({ family: 'poisson', lambda: 2 }, build({ family: 'exponential', rate: 1 }), 0.1, 5)).toBeUndefined();
  });
  it('holds for zeta X (s → 1) whose grid thresholds all lie beyond the double range', () => {
    const r = tiltVerdict({ family: 'zeta', s: 1.0000000929545665 }, build({ family: 'zeta', s: 2.999999854900548 }), 0.25, Math.log(1e300));
    expect(r?.status, 'verdict').toBe('holds');
  });
});

describe('tiltBoundDefined (the probe of t5TiltVerdict.ts past an undefined first rung)', () => {
  const sigma = fc.oneof(fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: 50, max: 1e12, noNaN: true }), fc.constantFrom(1, 2, 8, 64, 1024, 700, 1e6));
  test.prop([anyDistribution({ maxDepth: 1 }), anyDistribution({ maxDepth: 1 }), sigma], { numRuns: 200 })('is "tiltDeviationBound is not undefined"', (xs, vs, s) => {
    const v = build(vs);
    expect(tiltBoundDefined(xs, v, s), `X = ${JSON.stringify(xs)}, V = ${JSON.stringify(vs)}, σ = ${s}`).toBe(tiltDeviationBound(xs, v, s) !== undefined);
  });
});
