import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build } from '../distributions/build.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import { quantilize } from './quantilize.ts';
import { stepExact } from './t3Step.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('quantilize: closed forms', () => {
  it.each([2, 10, 1e6, 1e20])('Exp(rate 3), K = %d: u = log K/3, mean (log K + 1)/3, KL log K', (K) => {
    const r = quantilize(build({ family: 'exponential', rate: 3 }), K);
    expect(rel(r.threshold, Math.log(K) / 3), `u for K=${K}: ${r.threshold}`).toBeLessThan(1e-9);
    expect(rel(r.mean, (Math.log(K) + 1) / 3), `mean for K=${K}: ${r.mean}`).toBeLessThan(1e-9);
    expect(r.kl, `KL for K=${K}`).toBe(Math.log(K));
  });

  it.each([1.5, 4, 1000])('U(0,1), K = %d: mean 1 − 1/(2K)', (K) => {
    const r = quantilize(build({ family: 'uniform', a: 0, b: 1 }), K);
    expect(rel(r.mean, 1 - 1 / (2 * K)), `mean for K=${K}: ${r.mean}`).toBeLessThan(1e-13);
  });

  it('categorical with atoms: randomises at the atom', () => {
    const q = build({ family: 'categorical', values: [0, 1, 2], probs: [0.5, 0.3, 0.2] });
    const r = quantilize(q, 4); // 1/K = 0.25: all of {2} (0.8 after ×4) and 0.2 on the atom at 1
    expect(r.threshold).toBe(1);
    expect(rel(r.atomMass, 0.2), `atom mass ${r.atomMass}`).toBeLessThan(1e-14);
    expect(rel(r.mean, 1.8), `mean ${r.mean}`).toBeLessThan(1e-14);
    expect(rel(r.kl, 0.8 * Math.log(4) + 0.2 * Math.log(2 / 3)), `KL ${r.kl}`).toBeLessThan(1e-14);
  });

  it('K = 1 is Q itself; K < 1 throws', () => {
    const q = build({ family: 'normal', mu: 1, sigma: 2 });
    expect(quantilize(q, 1)).toMatchObject({ mean: 1, kl: 0 });
    expect(() => quantilize(q, 0.5)).toThrow();
  });
});

describe('quantilize is the optimum over dP/dQ ≤ K', () => {
  it('no piecewise reweighting with ratio ≤ K has a higher mean', () => {
    const laws = [build({ family: 'normal', mu: 0, sigma: 1 }), build({ family: 'categorical', values: [-2, 0, 1, 5], probs: [0.1, 0.4, 0.3, 0.2] }), build({ family: 'gamma', shape: 0.5, rate: 1 })];
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), logUniform(1, 100), fc.uniqueArray(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 5 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), (i, K, cuts, ws) => {
        const q = laws[i];
        const thresholds = [...new Set(cuts.sort((a, b) => a - b).map((u) => q.quantile(u)))];
        // ratios r_j ∈ [0, K] normalised to E_Q[r] = 1 where possible: weights scaled so max ratio ≤ K
        const raw = ws.slice(0, thresholds.length + 1).map((w) => Math.log(1e-9 + w));
        const step = stepExact(q, { thresholds, logWeights: raw });
        const maxRatio = Math.max(...step.logRatios.filter((l, j) => step.logMasses[j] > -Infinity).map(Math.exp));
        if (maxRatio > K) return; // not in the constraint set
        const opt = quantilize(q, K);
        expect(step.mean, `piecewise mean ${step.mean} vs quantilizer ${opt.mean} (law ${i}, K=${K})`).toBeLessThanOrEqual(opt.mean + 1e-12 * (1 + Math.abs(opt.mean)));
      }),
      { numRuns: 200 },
    );
  });
});
