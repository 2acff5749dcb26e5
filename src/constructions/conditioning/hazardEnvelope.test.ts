import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { hazardEnvelope } from './hazardEnvelope.ts';
import { hazardFloor } from './hazardFloor.ts';

/**
 * h(y) = f(y)/F̄(y) from the closed forms (in logs), for y inside the double range; NaN where −log F̄(y) > 1e4 (the
 * difference of two logs that large keeps only ~1e-12 of their size, too coarse for a reference).
 */
const hazard = (spec: DistributionSpec, y: number): number => {
  const d = build(spec);
  const ls = d.logSf(y);
  return ls < -1e4 ? NaN : Math.exp(d.logPdf(y) - ls);
};
const YS = [1, 1.001, 1.5, 3, 10, 100, 1e4];

const upper: DistributionSpec[] = [
  { family: 'weibull', k: 0.3, lambda: 2 },
  { family: 'weibull', k: 0.97, lambda: 0.5 },
  { family: 'weibull', k: 1, lambda: 3 },
  { family: 'exponential', rate: 2 },
  { family: 'pareto', xm: 2, alpha: 1.5 },
  { family: 'lomax', alpha: 2.5, scale: 3 },
  { family: 'logLogistic', alpha: 2, beta: 0.7 },
  { family: 'logLogistic', alpha: 1, beta: 100 },
  { family: 'cauchy', loc: 10, scale: 1 },
  { family: 'cauchy', loc: -3, scale: 0.5 },
  { family: 'studentT', df: 1.5, loc: 1, scale: 2 },
  { family: 'studentT', df: 30, loc: 0, scale: 1 },
  { family: 'frechet', alpha: 2, s: 1, m: -1 },
  { family: 'frechet', alpha: 50, s: 3, m: 0 },
  { family: 'levy', mu: 1, c: 2 },
  { family: 'lognormal', mu: 0, sigma: 1 },
  { family: 'lognormal', mu: 2, sigma: 0.3 },
  { family: 'affine', base: { family: 'weibull', k: 0.5, lambda: 1 }, loc: 5, scale: 3 },
  { family: 'mixture', components: [{ family: 'weibull', k: 0.5, lambda: 1 }, { family: 'pareto', xm: 1, alpha: 3 }, { family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 1, scale: -1 }], weights: [0.3, 0.5, 0.2] },
];

describe('hazardEnvelope: sup of the hazard past e^σ and −log F̄(e^σ) from above', () => {
  for (const spec of upper) {
    it(JSON.stringify(spec), () => {
      const env = hazardEnvelope(spec)!;
      expect(env, `envelope of ${JSON.stringify(spec)}`).toBeDefined();
      const d = build(spec);
      let checked = 0;
      for (const sigma of [1, 2.5, 4, 7, 12, 30, 80, 200, 600]) {
        const lh = env.logHazardSup(sigma);
        const lc = env.logCumHazard(sigma);
        if (Number.isNaN(lh) || Number.isNaN(lc)) continue;
        checked++;
        const x = Math.exp(sigma);
        const cum = -d.logSf(x);
        if (Number.isFinite(cum)) expect(Math.exp(lc), `H(e^${sigma}) = ${cum} ≤ e^logCumHazard = ${Math.exp(lc)}; ${JSON.stringify(spec)}`).toBeGreaterThanOrEqual(cum * (1 - 1e-9));
        for (const f of YS) {
          const h = hazard(spec, x * f);
          if (Number.isFinite(h)) expect(Math.exp(lh), `h(${x * f}) = ${h} ≤ sup bound ${Math.exp(lh)} at σ = ${sigma}; ${JSON.stringify(spec)}`).toBeGreaterThanOrEqual(h * (1 - 1e-9));
        }
      }
      expect(checked, `σ values inside the envelope's range for ${JSON.stringify(spec)}`).toBeGreaterThan(3);
    });
  }
  it('claims nothing for laws with increasing or unknown hazard', () => {
    for (const spec of [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'weibull', k: 1.5, lambda: 1 }, { family: 'poisson', lambda: 3 }] as DistributionSpec[]) {
      expect(hazardEnvelope(spec), JSON.stringify(spec)).toBeUndefined();
    }
  });
});

describe('hazardEnvelope of lattice laws (zeta): the shifted ratio bounds that tiltDeviationBound uses', () => {
  const lattice: DistributionSpec[] = [
    { family: 'zeta', s: 2 },
    { family: 'zeta', s: 1.05 },
    { family: 'zeta', s: 6 },
    { family: 'affine', base: { family: 'zeta', s: 3 }, loc: 1, scale: 100 },
  ];
  for (const spec of lattice) {
    it(`${JSON.stringify(spec)}: F̄(t − v)/F̄(t) ≤ e^{θ(v + δ)} on [0, t/2], ≥ e^{−θ(|v| + δ)} on v < 0, H(t) ≤ e^logCumHazard`, () => {
      const env = hazardEnvelope(spec)!;
      const d = build(spec);
      const delta = env.latticeShift ?? 0;
      expect(delta, 'lattice shift').toBeGreaterThan(0);
      for (const t of [7.5, 40, 333.3, 1e4, 2.5e6]) {
        const lt = env.logHazardSup(Math.log(t) - Math.LN2);
        const lc = env.logCumHazard(Math.log(t));
        if (Number.isNaN(lt) || Number.isNaN(lc)) continue;
        const theta = Math.exp(lt);
        const ls = d.logSf(t);
        expect(Math.exp(lc), `H(${t}) = ${-ls}; ${JSON.stringify(spec)}`).toBeGreaterThanOrEqual(-ls * (1 - 1e-9));
        for (const f of [0, 0.001, 0.01, 0.1, 0.3, 0.5]) {
          const v = f * t;
          const up = d.logSf(t - v) - ls;
          expect(up, `log F̄(${t} − ${v})/F̄(${t}) ≤ θ(v + δ) = ${theta * (v + delta)}; ${JSON.stringify(spec)}`).toBeLessThanOrEqual(theta * (v + delta) + 1e-9);
          const down = d.logSf(t + v) - ls;
          expect(down, `log F̄(${t} + ${v})/F̄(${t}) ≥ −θ(v + δ) = ${-theta * (v + delta)}; ${JSON.stringify(spec)}`).toBeGreaterThanOrEqual(-theta * (v + delta) - 1e-9);
        }
      }
    });
  }
});

const lower: DistributionSpec[] = [
  { family: 'weibull', k: 1.0007, lambda: 2 },
  { family: 'weibull', k: 2.5, lambda: 0.5 },
  { family: 'exponential', rate: 0.3 },
  { family: 'normal', mu: 3, sigma: 2 },
  { family: 'normal', mu: -10, sigma: 100 },
  { family: 'affine', base: { family: 'gumbel', mu: 1, beta: 2 }, loc: 1, scale: -3 },
  { family: 'affine', base: { family: 'normal', mu: 1, sigma: 2 }, loc: 0, scale: -1 },
  { family: 'affine', base: { family: 'weibull', k: 3, lambda: 1 }, loc: -2, scale: 4 },
  { family: 'mixture', components: [{ family: 'beta', alpha: 1, beta: 1 }, { family: 'weibull', k: 1.2, lambda: 2 }, { family: 'normal', mu: 0, sigma: 3 }], weights: [0.2, 0.5, 0.3] },
];

describe('hazardFloor: inf of the hazard past e^σ from below', () => {
  for (const spec of lower) {
    it(JSON.stringify(spec), () => {
      const fl = hazardFloor(spec)!;
      expect(fl, `floor of ${JSON.stringify(spec)}`).toBeDefined();
      let checked = 0;
      for (const sigma of [1, 2, 3, 4, 5]) {
        const lh = fl.logHazardInf(sigma);
        if (Number.isNaN(lh)) continue;
        checked++;
        for (const f of YS) {
          const y = Math.exp(sigma) * f;
          const h = hazard(spec, y);
          if (Number.isFinite(h) && h > 0) expect(Math.exp(lh), `h(${y}) = ${h} ≥ floor ${Math.exp(lh)} at σ = ${sigma}; ${JSON.stringify(spec)}`).toBeLessThanOrEqual(h * (1 + 1e-9));
        }
      }
      expect(checked, `σ values inside the floor's range for ${JSON.stringify(spec)}`).toBeGreaterThan(2);
    });
  }
  it('claims nothing for discrete laws', () => {
    expect(hazardFloor({ family: 'poisson', lambda: 2 })).toBeUndefined();
  });
});
