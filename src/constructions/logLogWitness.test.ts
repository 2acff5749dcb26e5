import { describe, it, expect } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { findHighMeanWitness } from './highMeanWitness.ts';
import { highMeanLowKlVerdict } from './highMeanVerdict.ts';
import { findLogLogWitness } from './logLogWitness.ts';
import { logNegLogSfUpper } from './logLogWitnessSf.ts';
import { tailMeanBracket } from './logLogWitnessTailMean.ts';

const mixtureSpec: DistributionSpec = {
  family: 'mixture',
  components: [{ family: 'weibull', k: 0.99, lambda: 1 }, { family: 'exponential', rate: 1 }],
  weights: [0.5, 0.5],
};

describe('tail mean far out (regression: e^{log m − log F̄} at |log F̄| ~ 1e17)', () => {
  it('mixture and affine Weibull(0.99): E[X | X > t] ≈ t (the Weibull part dominates), not e^{noise}', () => {
    for (const spec of [mixtureSpec, { family: 'affine', base: { family: 'weibull', k: 0.99, lambda: 1 }, loc: 3, scale: 2 } as DistributionSpec]) {
      const q = build(spec);
      for (const t of [1.3335e17, 1e50, 4.2e225]) {
        const b = tailMeanBracket(q, t);
        // E[X | X > t] = t·(1 + O(t^{−0.99})) for the Weibull part, and the exponential part is negligible there
        expect(b.lower, `lower(${t}; ${JSON.stringify(spec)})`).toBeGreaterThanOrEqual(t);
        expect(b.upper / t, `upper/t(${t}; ${JSON.stringify(spec)})`).toBeLessThan(1 + 1e-6);
      }
    }
  });

  it('the T1 witness on the mixture really reaches M: bodyMean + p·t ≥ M (before the fix p·t was 0.0017 for M = 10)', () => {
    const q = build(mixtureSpec);
    const w = findHighMeanWitness(q, 10, 0.1, 1e-3).witness;
    expect(w?.kind, 'witness kind').toBe('band-reweighting');
    if (!w) return;
    // independent: E_P[X] ≥ (1 − p)·E[X | X ≤ t] + p·t with E[X | X ≤ t] ≥ 0 here; E[X | X > t] ≤ t(1 + 1e-6)
    expect(w.mass * w.t * (1 + 1e-6) + q.mean(), `p·t at t=${w.t}, p=${w.mass}`).toBeGreaterThan(10);
    expect(w.mean, `claimed mean vs p·t: t=${w.t}`).toBeCloseTo(w.mass * w.t + (1 - w.mass) * q.mean(), 3);
  });

  it('verdict on the mixture: holds, by a certificate that needs no tail mean', () => {
    const v = highMeanLowKlVerdict(build(mixtureSpec), 1000, 1);
    expect(v.status, v.summary).toBe('holds');
  });
});

describe('log-log certificate agrees with the ordinary path where both work', () => {
  const specs: DistributionSpec[] = [
    { family: 'weibull', k: 0.7, lambda: 2 },
    { family: 'pareto', xm: 1, alpha: 1.5 },
    { family: 'lognormal', mu: 0.5, sigma: 1.3 },
    { family: 'affine', base: { family: 'weibull', k: 0.9, lambda: 1 }, loc: -4, scale: 3 },
    mixtureSpec,
  ];
  it('log(−log F̄(e^σ)) bound ≥ the direct value and within 1e-9 of it (σ ≤ 650; a mixture bound uses one component: within 1e-3)', () => {
    for (const spec of specs) {
      const q = build(spec);
      for (const sigma of [5, 20, 100, 400, 650]) {
        const direct = Math.log(-q.logSf(Math.exp(sigma)));
        const bound = logNegLogSfUpper(q, sigma);
        expect(bound, `bound(σ=${sigma}; ${JSON.stringify(spec)}) = ${bound} vs direct ${direct}`).toBeGreaterThanOrEqual(direct - 1e-12);
        expect(bound - direct, `gap(σ=${sigma}; ${JSON.stringify(spec)})`).toBeLessThan(spec.family === 'lognormal' ? 0.05 : spec.family === 'mixture' ? 1e-3 : 1e-9);
      }
    }
  });

  it('Weibull k = 0.9967 and k = 1 − 1e-8: certified beyond the double range, and the KL bound is p·y', () => {
    for (const k of [0.9967, 1 - 1e-8]) {
      const q = build({ family: 'weibull', k, lambda: 1 });
      const w = findLogLogWitness(q, 10, 0.05);
      expect(w, `k=${k}`).toBeDefined();
      if (!w) continue;
      expect(w.logT, `k=${k}: t beyond 1e300`).toBeGreaterThan(Math.log(1e300));
      expect(w.meanLower, `k=${k}`).toBeGreaterThanOrEqual(10);
      // log KL ≤ log c − σ + kσ = log c − (1 − k)σ
      expect(w.logKlUpper, `k=${k}`).toBeCloseTo(Math.log(w.c) - (1 - k) * w.logT, 4); // the bound carries its rounding pad 8ε·σ
      expect(w.logKlUpper, `k=${k}`).toBeLessThan(Math.log(0.05));
    }
  });
});
