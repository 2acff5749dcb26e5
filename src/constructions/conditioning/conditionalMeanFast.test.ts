import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import type { DistributionSpec } from '../../distributions/types.ts';
import { millsRatio } from '../../numerics/special/normalTail.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';
import { independentConditionalMean } from './independentConditionalMean.ts';

const normal = (mu: number, sigma: number): DistributionSpec => ({ family: 'normal', mu, sigma });

describe('conditionalMeanFast against the normal/normal closed form μ_V + (σ_V²/σ_U)/R(z)', () => {
  test.prop([fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: -3, max: 35, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })], { numRuns: 60 })(
    'σ_V, σ_X, z, μ_V',
    (sV, sX, z, muV) => {
      const sU = Math.hypot(sV, sX);
      const t = muV + z * sU;
      const r = conditionalMeanFast(normal(0, sX), normal(muV, sV), t);
      const ref = muV + (sV * sV) / sU / millsRatio(z);
      expect(r.converged, `σ_V=${sV}, σ_X=${sX}, μ_V=${muV}, t=${t}: ${r.reason}`).toBe(true);
      const err = Math.abs(r.value - ref);
      // the rounding of t − v (ulp(t)·z/σ_X relative) is beyond the quadrature's estimate
      const floor = 1e-13 * Math.max(1, Math.abs(muV)) * Math.max(1, z);
      expect(err, `E[V|U>${t}] σ_V=${sV} σ_X=${sX} μ_V=${muV}: ${r.value} vs ${ref}, estimate ${r.error}`).toBeLessThanOrEqual(Math.max(10 * r.error, floor));
    },
  );
});

/** Pairs of every kind of shape the kernel places breakpoints for: bulk peak, big jump, interior balance, jumps, atoms, singular ends. */
const CASES: [string, DistributionSpec, DistributionSpec, number][] = [
  ['t3 + N(0,1)', { family: 'studentT', df: 3 }, normal(0, 1), 1e4],
  ['N(0,1) + Lomax(3,1): big jump of V', normal(0, 1), { family: 'lomax', alpha: 3, scale: 1 }, 1e3],
  ['Exp(1) + N(0,1): interior balance', { family: 'exponential', rate: 1 }, normal(0, 1), 60],
  ['N(0,1) + Gumbel: both light', normal(0, 1), { family: 'gumbel', mu: 0, beta: 1 }, 30],
  ['U(0,1) + Exp(1): jump of F̄_X', { family: 'uniform', a: 0, b: 1 }, { family: 'exponential', rate: 1 }, 25],
  ['Pareto(1,2) + Gamma(0.5,1): singular density', { family: 'pareto', xm: 1, alpha: 2 }, { family: 'gamma', shape: 0.5, rate: 1 }, 1e3],
  ['lognormal + Beta(0.5, 0.3)', { family: 'lognormal', mu: 0, sigma: 1 }, { family: 'beta', alpha: 0.5, beta: 0.3 }, 100],
  ['Lomax(2,1) + mixture', { family: 'lomax', alpha: 2, scale: 1 }, { family: 'mixture', components: [normal(-1, 1), { family: 'uniform', a: 0, b: 2 }], weights: [0.3, 0.7] }, 100],
  ['t2.5 + (5 − Gamma(2,1))', { family: 'studentT', df: 2.5 }, { family: 'affine', base: { family: 'gamma', shape: 2, rate: 1 }, loc: 5, scale: -1 }, 1e4],
  ['Weibull(0.5) + (10⁴ + Laplace)', { family: 'weibull', k: 0.5, lambda: 1 }, { family: 'affine', base: { family: 'laplace', mu: 0, b: 1 }, loc: 1e4, scale: 1 }, 2e4],
  ['Pareto(1,2) + Poisson(3)', { family: 'pareto', xm: 1, alpha: 2 }, { family: 'poisson', lambda: 3 }, 50],
  ['Exp(1) + categorical', { family: 'exponential', rate: 1 }, { family: 'categorical', values: [-2, 0.5, 3], probs: [0.2, 0.5, 0.3] }, 40],
  // closedTail.ts: the far piece where F̄_X(t − v) = 1 in closed form (right side, and left side of a reflected leaf)
  ['N(1,1) + t1.3: closed right tail', normal(1, 1), { family: 'studentT', df: 1.3, loc: 1, scale: 1 }, 100],
  ['Exp(1) + (−t1.5): closed left tail', { family: 'exponential', rate: 1 }, { family: 'affine', base: { family: 'studentT', df: 1.5 }, loc: 0, scale: -1 }, 30],
  // integerWindow.ts: integer V on an increasing branch, exact window and bracketed pieces
  ['N(0,10) + zeta(3.5)', normal(0, 10), { family: 'zeta', s: 3.5 }, 300],
  ['N(0,2) + (2·zeta(4) − 3)', normal(0, 2), { family: 'affine', base: { family: 'zeta', s: 4 }, loc: -3, scale: 2 }, 200],
  ['Pareto(1,2) + Poisson(3): heavy X', { family: 'pareto', xm: 1, alpha: 2 }, { family: 'poisson', lambda: 3 }, 500],
];

describe('conditionalMeanFast against the blind-sampling kernel (independentConditionalMean.ts): two methods', () => {
  for (const [name, x, v, t] of CASES) {
    it(name, () => {
      const f = conditionalMeanFast(x, v, t);
      const s = independentConditionalMean(x, v, t);
      expect(f.converged && s.converged, `${name} at t=${t}: fast ${f.reason}, slow ${s.reason}`).toBe(true);
      const d = Math.abs(f.value - s.value);
      expect(d, `${name} at t=${t}: fast ${f.value} ± ${f.error}, slow ${s.value} ± ${s.error}`).toBeLessThanOrEqual(10 * (f.error + s.error) + 1e-12 * Math.max(1, Math.abs(s.value)));
    });
  }
  it('t − v below the resolution of doubles: F̄_X(t − v) through its offset form (shiftedLogSf.ts), not the staircase', () => {
    // mpmath (dps 40): −10 − ∫ w f(w) e^{−w} dw / ∫ f(w) e^{−w} dw, f the log-logistic(α = 1, β = 5) density
    const r = conditionalMeanFast({ family: 'exponential', rate: 1 }, { family: 'affine', base: { family: 'logLogistic', alpha: 1, beta: 5 }, loc: -10, scale: -1 }, 2.35e17);
    expect(r.converged, `Exp(1) + (−10 − LL) at t = 2.35e17: ${r.reason}`).toBe(true);
    expect(Math.abs(r.value - -10.938502310822593277), `Exp(1) + (−10 − LL) at t = 2.35e17: ${r.value} ± ${r.error}`).toBeLessThanOrEqual(r.error + 1e-12);
  });
  it('an empty event is reported as such', () => {
    const r = conditionalMeanFast({ family: 'uniform', a: 0, b: 1 }, { family: 'beta', alpha: 2, beta: 2 }, 2.5);
    expect(r.emptyEvent, `U(0,1) + Beta at t = 2.5: ${r.reason}`).toBe(true);
  });
});

describe('far pieces in closed form (closedTail.ts, integerWindow.ts): barely finite means that quadrature and series cannot reach', () => {
  it('N(1,1) + t(1.00004): E[V | U > t] ≈ E[V | V > t − 1]-scale, finite and converged', () => {
    const t = 702.0891826130792;
    const r = conditionalMeanFast(normal(1, 1), { family: 'studentT', df: 1.0000416931055744, loc: 1, scale: 1 }, t);
    expect(r.converged, `t=${t}: ${r.reason}`).toBe(true);
    // E[V | V > t − c] for a t tail of index ν: ≈ (t − c)·ν/(ν − 1) ≈ 1.68e7 (the big jump of V)
    expect(r.value, `t=${t}: ${r.value} ± ${r.error}`).toBeGreaterThan(1e7);
    expect(r.error / r.value, `t=${t}: ${r.value} ± ${r.error}`).toBeLessThan(1e-6);
  });
  it('zeta(3) V against N(0,10) X at t = 2.1e6 (weight 2.1e6 terms out): converged, above t − 7σ', () => {
    const t = 2108039.5766681503;
    const r = conditionalMeanFast(normal(0, 10), { family: 'zeta', s: 3.0000235158764297 }, t);
    expect(r.converged, `t=${t}: ${r.reason}`).toBe(true);
    expect(r.value, `t=${t}: ${r.value} ± ${r.error}`).toBeGreaterThan(t - 70);
  });
});

describe('singular ends (closedTail.ts singularSliver): the mass below the least normal distance is counted', () => {
  for (const shape of [0.02, 0.01, 0.001]) {
    it(`Gamma(${shape}, 1) V, X ~ N(0,1), t = −30: F̄_X(t − v) = 1 − O(e^{−450}), so E[V | U > t] = E[V] = ${shape}`, () => {
      const r = conditionalMeanFast(normal(0, 1), { family: 'gamma', shape, rate: 1 }, -30);
      expect(r.converged, `Gamma(${shape}) at t=-30: ${r.reason}`).toBe(true);
      // (before: 6e-4 relative too high at shape 0.01, with an error estimate of 2e-10)
      expect(Math.abs(r.value - shape), `Gamma(${shape}) at t=-30: ${r.value} ± ${r.error}`).toBeLessThanOrEqual(10 * r.error + 1e-14);
    });
  }
});
