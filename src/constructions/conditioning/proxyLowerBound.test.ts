import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';
import { proxyLowerBound } from './proxyLowerBound.ts';

/** Normal/normal closed form (claims.md §2): E[V | U > t] = (σ_V²/σ_U)·φ(t/σ_U)/Φ̄(t/σ_U), the Mills ratio from jstat-free erfc. */
function normalNormal(sx: number, sv: number, t: number): number {
  const su = Math.hypot(sx, sv);
  const z = t / su;
  // φ(z)/Φ̄(z) for z ≥ 0 by the continued fraction (DLMF 7.9.2 form), accurate for z ≥ 3
  let cf = z;
  for (let k = 60; k >= 1; k--) cf = z + k / cf;
  return ((sv * sv) / su) * cf;
}

describe('proxyLowerBound', () => {
  it('lies below the normal/normal closed form', () => {
    for (const [sx, sv] of [[1, 3], [1, 10], [0.1, 5]]) {
      for (const t of [20, 50, 100, 300]) {
        const lb = proxyLowerBound(build({ family: 'normal', mu: 0, sigma: sx }), build({ family: 'normal', mu: 0, sigma: sv }), t);
        const exact = normalNormal(sx, sv, t);
        expect(lb, `LB(${t}; σX=${sx}, σV=${sv}) = ${lb} vs exact ${exact}`).toBeLessThanOrEqual(exact);
        if (sv >= 5 * sx) expect(lb, `LB(${t}; σX=${sx}, σV=${sv}) = ${lb} should be a fair share of exact ${exact}`).toBeGreaterThan(0.5 * exact);
      }
    }
  });

  it('is close to t far out, where ulp(t) exceeds X\'s spread (V far heavier than X)', () => {
    const x = build({ family: 'affine', base: { family: 'weibull', k: 2, lambda: 1 }, loc: 1, scale: 1 });
    const v = build({ family: 'weibull', k: 0.02, lambda: 0.1 });
    for (const t of [1e20, 1e114, 1e141]) {
      const lb = proxyLowerBound(x, v, t);
      expect(lb, `LB(${t})`).toBeGreaterThan(0.999 * t);
      expect(lb, `LB(${t})`).toBeLessThanOrEqual(t);
    }
  });

  const xs: DistributionSpec[] = [
    { family: 'normal', mu: 0, sigma: 1 },
    { family: 'weibull', k: 2, lambda: 1 },
    { family: 'poisson', lambda: 2 },
    { family: 'affine', base: { family: 'gumbel', mu: 0, beta: 1 }, loc: 0, scale: -1 },
  ];
  const vs: DistributionSpec[] = [
    { family: 'exponential', rate: 0.5 },
    { family: 'lognormal', mu: 0, sigma: 1 },
    { family: 'pareto', xm: 1, alpha: 2.5 },
    { family: 'normal', mu: -1, sigma: 3 },
    { family: 'mixture', components: [{ family: 'normal', mu: -5, sigma: 1 }, { family: 'weibull', k: 0.5, lambda: 1 }], weights: [0.7, 0.3] },
  ];
  test.prop([fc.constantFrom(...xs), fc.constantFrom(...vs), fc.double({ min: 1, max: 60, noNaN: true })], { numRuns: 60 })(
    'never exceeds the quadrature E[V | U > t] (beyond its error)',
    (xs, vs, t) => {
      const lb = proxyLowerBound(build(xs), build(vs), t);
      const r = conditionalMeanFast(xs, vs, t);
      if (!r.converged) return;
      expect(lb, `LB(${t}; X=${JSON.stringify(xs)}, V=${JSON.stringify(vs)}) vs ${r.value} ± ${r.error}`).toBeLessThanOrEqual(r.value + r.error + 1e-9 * Math.abs(r.value));
    },
  );
});
