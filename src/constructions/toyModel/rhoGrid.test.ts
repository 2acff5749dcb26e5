import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { rhoLowerGrid } from './returns.ts';
import { lazyRhoGrid } from './rhoGrid.ts';

const laws: DistributionSpec[] = [
  { family: 'pareto', xm: 1, alpha: 1.5 },
  { family: 'lognormal', mu: 0, sigma: 1 },
  { family: 'studentT', df: 3 },
  { family: 'weibull', k: 0.5, lambda: 1 },
  { family: 'weibull', k: 0.98, lambda: 1 },
  { family: 'exponential', rate: 1 },
  { family: 'normal', mu: 0, sigma: 1 },
  { family: 'uniform', a: 0, b: 5 },
  { family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'lomax', alpha: 1.2, scale: 1 }], weights: [0.9, 0.1] },
  // the median at the top of the support: no grid at all (n = 0)
  { family: 'beta', alpha: 200, beta: 1 },
  // a gap in the support right above the median: log F̄ stays at log ½ over many grid points (ρ_low = 0 there)
  { family: 'mixture', components: [{ family: 'uniform', a: -1, b: 0 }, { family: 'pareto', xm: 1000, alpha: 1.1 }], weights: [0.5, 0.5] },
  // … with the mean below the median's gap, so that only the log 2 guard rejects the blocks inside the gap
  { family: 'mixture', components: [{ family: 'normal', mu: -1e4, sigma: 1 }, { family: 'pareto', xm: 1000, alpha: 3 }], weights: [0.5, 0.5] },
];

describe('lazyRhoGrid: the eighth-decade grid of rhoLowerGrid, evaluated by blocks', () => {
  for (const spec of laws) {
    it(`${JSON.stringify(spec)}: same intervals, bounds, end, and first certified index as the interval-by-interval scan`, () => {
      const x = build(spec);
      const full = rhoLowerGrid(x);
      const lazy = lazyRhoGrid(x);
      expect(lazy.n, 'n').toBe(full.s.length);
      expect(lazy.a(lazy.n), 'last s').toBe(full.lastS);
      expect(lazy.lastLogTail, 'last log F̄').toBe(full.lastLogTail);
      for (let j = 0; j < full.s.length; j++) {
        expect(lazy.a(j), `a(${j})`).toBe(full.s[j]);
        expect(lazy.rhoLow(j), `ρ_low(${j})`).toBe(full.rhoLow[j]);
      }
      for (const theta0 of [0.01, 0.3, 3, 1e4]) {
        for (const K of [2, 10, 100]) {
          const level = K * (1 + 1e-9);
          let j = full.s.length;
          while (j > 0 && theta0 * full.rhoLow[j - 1] >= level) j--;
          expect(lazy.certifiedFrom(theta0, level), `certifiedFrom(θ₀=${theta0}, K=${K})`).toBe(j);
        }
      }
    });
  }
});
