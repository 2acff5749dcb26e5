import { describe, it, expect } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { tailReweight } from './tailReweight.ts';

const weibull = (k: number): DistributionSpec => ({ family: 'weibull', k, lambda: 1 });
const mixture: DistributionSpec = { family: 'mixture', components: [weibull(0.99), { family: 'exponential', rate: 1 }], weights: [0.5, 0.5] };

describe('tailReweight mean far out (regression: e^{log m(t) + log p − log F̄(t)} at |log F̄(t)| ~ 1e17)', () => {
  // E_P[X] = (1 − p)E[X | X ≤ t] + p·E[X | X > t]; for a Weibull part E[X | X > t] = t(1 + O(t^{−k})) and
  // E[X | X ≤ t] = μ_Q up to O(t·F̄(t)) = 0 in double: with p = 1/t, E_P[X] = (1 − p)μ_Q + 1 to ~1e-15.
  // Before the fix: 8.886e6 at t = 1.3335e17 for all three laws.
  for (const spec of [weibull(0.99), weibull(0.9967), mixture]) {
    for (const t of [1e10, 1.3335e17, 3e20, 1e50, 1e200]) {
      it(`${JSON.stringify(spec)} at t=${t}`, () => {
        const q = build(spec);
        const p = 1 / t;
        const r = tailReweight(q, { t, mass: p });
        const expected = (1 - p) * q.mean() + 1;
        const what = `E_P[X](t=${t}, p=${p}; ${JSON.stringify(spec)}) = ${r.mean} vs ${expected}`;
        expect(Math.abs(r.mean - expected), what).toBeLessThan(1e-8);
        expect(r.dist.mean(), what).toBe(r.mean);
        expect(r.meanLower, what).toBeLessThanOrEqual(r.mean);
        expect(r.meanUpper, what).toBeGreaterThanOrEqual(r.mean);
        expect((r.meanUpper ?? NaN) - (r.meanLower ?? NaN), what).toBeLessThan(1e-8);
        // above t, P(· | X > s) = Q(· | X > s): E ≈ s
        expect(r.dist.tailMean(2 * t) / (2 * t), `tailMean(2t) ${what}`).toBeCloseTo(1, 6);
      });
    }
  }

  it('where the log ratio is exact it agrees with it (Student-t df=3, t = 1e6 … 1e200)', () => {
    const q = build({ family: 'studentT', df: 3 });
    for (const t of [1e6, 1e50, 1e200]) {
      const p = t ** -0.8;
      const r = tailReweight(q, { t, mass: p });
      // μ_Q = 0: E[X | X ≤ t] = −m(t)/F(t), E[X | X > t] = m(t)/F̄(t), m(t) = E[X·1{X > t}]
      const logM = q.logPartialMean(t).log;
      const direct = -(1 - p) * Math.exp(logM - q.logCdf(t)) + p * Math.exp(logM - q.logSf(t));
      expect(r.mean / direct, `Student-t t=${t}: ${r.mean} vs ${direct}`).toBeCloseTo(1, 9);
    }
  });
});
