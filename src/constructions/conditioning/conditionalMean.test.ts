import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import type { DistributionSpec } from '../../distributions/types.ts';
import { millsRatio } from '../../numerics/special/normalTail.ts';
import { conditionalUtilityMean } from './conditionalMean.ts';

const normal = (mu: number, sigma: number): DistributionSpec => ({ family: 'normal', mu, sigma });

/** Closed form E[V | U > t] = μ_V + (σ_V²/σ_U)·φ(z)/Φ̄(z) = μ_V + (σ_V²/σ_U)/R(z), z = (t − μ_U)/σ_U (claims.md T5/T6). */
const closedNormal = (muV: number, sV: number, muX: number, sX: number, t: number): number => {
  const sU = Math.hypot(sV, sX);
  return muV + (sV * sV) / sU / millsRatio((t - muV - muX) / sU);
};

describe('conditionalUtilityMean: integrals against the normal/normal closed form', () => {
  test.prop([fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: -3, max: 40, noNaN: true })], { numRuns: 60 })(
    'σ_V, σ_X, z = t/σ_U up to 40',
    (sV, sX, z) => {
      const t = z * Math.hypot(sV, sX);
      const r = conditionalUtilityMean(normal(0, sX), normal(0, sV), t, { closedForms: false });
      const ref = closedNormal(0, sV, 0, sX, t);
      expect(r.converged, `σ_V=${sV}, σ_X=${sX}, t=${t}: ${r.reason}`).toBe(true);
      const err = Math.abs(r.value - ref);
      expect(err, `E[V|U>${t}] σ_V=${sV} σ_X=${sX}: ${r.value} vs ${ref}`).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(ref)));
      expect(err, `error estimate ${r.error} must cover |Δ| = ${err} (σ_V=${sV}, σ_X=${sX}, t=${t})`).toBeLessThanOrEqual(Math.max(r.error * 10, 1e-12 * Math.abs(ref)));
    },
  );
});

describe('conditionalUtilityMean against mpmath (mp.dps = 40, mpmath quad of ∫v f_V F̄_X(t−v) / ∫f_V F̄_X(t−v), or exact sums)', () => {
  const cases: [string, DistributionSpec, DistributionSpec, number, number, number][] = [
    // (σ_V²/σ_U)·npdf(z)/Φ̄(z), z = t/√2, Φ̄ = erfc(z/√2)/2
    ['N(0,1)+N(0,1), t=10', normal(0, 1), normal(0, 1), 10, 5.09635002743184075330852911548989, 1e-9],
    ['N(0,1)+N(0,1), t=40σ_U', normal(0, 1), normal(0, 1), 40 * Math.SQRT2, 28.3019268886405679438291880725078, 1e-9],
    ['N(0,9)+N(1,¼), t=30', normal(0, 3), normal(1, 0.5), 30, 1.79222449792380548426513668742063814, 1e-9],
    // Student-t sf = betainc(ν/2, ½, 0, ν/(ν+y²))/2
    ['t3 + N(0,1), t=100', { family: 'studentT', df: 3 }, normal(0, 1), 100, 0.0300047998735918847474229242793467, 1e-8],
    // Σ_k k·Pois(k; 3)·F̄(50−k) / Σ_k Pois(k; 3)·F̄(50−k), F̄(y) = y^{−2} (y ≥ 1) else 1
    ['Pareto(1,2) + Poisson(3), t=50', { family: 'pareto', xm: 1, alpha: 2 }, { family: 'poisson', lambda: 3 }, 50, 3.13244470903180253225818477553514724, 1e-10],
    ['lognormal(0,1) + Exp(2), t=1000', { family: 'lognormal', mu: 0, sigma: 1 }, { family: 'exponential', rate: 2 }, 1000, 0.501769515601632859433361676417183, 1e-8],
    ['Lomax(2,1) + mixture(N(−1,1), U(0,2)), t=100', { family: 'lomax', alpha: 2, scale: 1 },
      { family: 'mixture', components: [normal(-1, 1), { family: 'uniform', a: 0, b: 2 }], weights: [0.3, 0.7] }, 100, 0.426867957975470227316335388605676536, 1e-8],
    // V = 5 − Gamma(2, 1) (a reflected law bounded above)
    ['t2.5 + (5 − Gamma(2,1)), t=1e4', { family: 'studentT', df: 2.5 }, { family: 'affine', base: { family: 'gamma', shape: 2, rate: 1 }, loc: 5, scale: -1 }, 1e4, 3.00049997504400838328747022662207205, 1e-8],
  ];
  for (const [name, x, v, t, ref, tol] of cases) {
    it(name, () => {
      const r = conditionalUtilityMean(x, v, t, { closedForms: false });
      expect(r.converged, `${name}: ${r.reason}`).toBe(true);
      expect(Math.abs(r.value - ref), `${name}: ${r.value} vs mpmath ${ref} (error estimate ${r.error})`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(ref)));
    });
  }
});

describe('conditionalUtilityMean: discrete V exactly', () => {
  it('categorical V with exponential X: Σ v p F̄(t−v) / Σ p F̄(t−v) by hand', () => {
    const values = [-2, 0.5, 3];
    const probs = [0.2, 0.5, 0.3];
    for (const t of [-5, 0, 1, 2.5, 40, 700]) {
      // F̄_X(y) = e^{−y} for y ≥ 0; the common factor e^{−t} cancels, so the weights are p·e^{min(v, t)}
      const w = values.map((v, i) => probs[i] * Math.exp(t - v >= 0 ? v - Math.min(t, 700) : t - Math.min(t, 700)));
      const ref = values.reduce((s, v, i) => s + v * w[i], 0) / w.reduce((s, x) => s + x, 0);
      const r = conditionalUtilityMean({ family: 'exponential', rate: 1 }, { family: 'categorical', values, probs }, t);
      expect(Math.abs(r.value - ref), `t=${t}: ${r.value} vs ${ref}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(ref)));
      expect(Math.abs(r.value - ref), `t=${t}: error estimate ${r.error}`).toBeLessThanOrEqual(r.error);
    }
  });
  it('point mass V: E[V | U > t] = x while P(U > t) > 0; empty event beyond a bounded X', () => {
    const pm = conditionalUtilityMean({ family: 'studentT', df: 3 }, { family: 'pointMass', x: 2.5 }, 1e8);
    expect(Math.abs(pm.value - 2.5), `t3 + δ_2.5 at t=1e8: ${pm.value} ± ${pm.error}`).toBeLessThanOrEqual(pm.error);
    const r = conditionalUtilityMean({ family: 'uniform', a: 0, b: 1 }, { family: 'pointMass', x: 2.5 }, 4);
    expect(r.emptyEvent, `uniform + δ_2.5 at t=4: ${r.reason}`).toBe(true);
    expect(r.converged).toBe(false);
  });
});
