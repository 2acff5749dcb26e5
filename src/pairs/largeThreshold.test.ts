/**
 * Pair quantities at t ≥ 1e15, where t − v is rounded to ulp(t) and log F̄_X(t − v) to ε·|log F̄_X| (integrandRounding.ts).
 * Before the guard, Weibull(0.99) X + Exp(2) V gave E[V | U > t] = 1 ± 2e-10 at t = 1e16 and 1 ± 1 at t = 1e20, 1e25,
 * all marked converged (truth 0.76, 0.73, 0.69). Every result must now be not converged, or within its error; where
 * g(v) = v (independent, X = 0·V + Z, f = 0) the offset form of ℓ (shiftedLogSf.ts) must also converge.
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import type { DistributionSpec } from '../distributions/types.ts';
import { independentConditionalMean } from '../constructions/conditioning/independentConditionalMean.ts';
import { buildPair } from './buildPair.ts';
import type { Estimate, PairSpec } from './types.ts';

const weibull099: DistributionSpec = { family: 'weibull', k: 0.99, lambda: 1 };
const exp2: DistributionSpec = { family: 'exponential', rate: 2 };
// mpmath (dps 60): ∫ v·w(v) dv / ∫ w(v) dv, w(v) = 2e^{−2v}·exp(t^k − (t − v)^k), k = 0.99, quad on [0, 400]
// (the references of src/constructions/conditioning/conditionalMeanLargeT.test.ts, .scratch/cond2/ref.py)
const MPMATH: [number, number][] = [
  [1e16, 0.7604057696425689054766204],
  [1e20, 0.7270864720616470879152502],
  [1e25, 0.6928652466982955366980215],
];

const honest = (r: Estimate, truth: number, label: string): void => {
  if (!r.converged) return;
  expect(Math.abs(r.value - truth), label).toBeLessThanOrEqual(r.error + 1e-12 * Math.max(1, Math.abs(truth)));
};

describe('Weibull(0.99) X + Exp(2) V at t ≥ 1e16 (the reproducer): not converged, or within the error', () => {
  const specs: [string, PairSpec][] = [
    ['independent', { kind: 'independent', x: weibull099, v: exp2 }],
    // the same pair as X = 0·V + Z and as X = f(V) + noise with f(v) = 0·v + 0
    ['linear a = 0', { kind: 'linear', v: exp2, z: weibull099, a: 0 }],
    ['functional f = 0', { kind: 'functional', v: exp2, noise: weibull099, f: { kind: 'linear', a: 0, b: 0 } }],
    ['latent mixture of itself', { kind: 'latentMixture', components: [{ kind: 'independent', x: weibull099, v: exp2 }, { kind: 'independent', x: weibull099, v: exp2 }], weights: [0.5, 0.5] }],
  ];
  for (const [name, spec] of specs) {
    for (const [t, ref] of MPMATH) {
      it(`${name}: E[V | U > ${t}] vs mpmath ${ref}`, () => {
        const r = buildPair(spec).conditionalV(t);
        const label = `${name} at t = ${t}: ${r.value} ± ${r.error} (${r.reason ?? ''}) vs ${ref}`;
        if (spec.kind !== 'latentMixture') expect(r.converged, label).toBe(true);
        honest(r, ref, label);
      });
    }
  }
  it('X = V + Z (U = 2V + Z, no offset form) at t = 1e16: not converged, and says why', () => {
    const r = buildPair({ kind: 'linear', v: exp2, z: weibull099, a: 1 }).conditionalV(1e16);
    expect(r.converged, `${r.value} ± ${r.error}`).toBe(false);
    expect(r.reason ?? '', 'reason').toMatch(/not resolved in double precision/);
  });
  it('E[V·1{U > t}] and log P(U > t) are not marked converged at t = 1e20 either', () => {
    const p = buildPair(specs[0][1]);
    for (const r of [p.partialV(1e20), p.logSfEstimate(1e20)]) expect(r.converged, `${r.value} ± ${r.error} at t = 1e20`).toBe(false);
  });
});

describe('co-/countermonotone pairs where W is within ~1e-15 of 1: not converged, or within the error', () => {
  // mpmath (dps 90): p solves q_X(1 − p) ± Φ⁻¹(1 − p) = t (findroot in log p), then E[V | U > t] = ±φ(z_p)/p, z_p = Φ⁻¹(1 − p).
  // Before the guard on the ends of {s(W) > t}: 8.0283 ± 7e-10 and −8.0298 ± 9e-14, both marked converged.
  const cases: [string, PairSpec, number, number][] = [
    ['comonotone Pareto(1, 0.5) + N(0, 1)', { kind: 'comonotone', x: { family: 'pareto', xm: 1, alpha: 0.5 }, v: { family: 'normal', mu: 0, sigma: 1 } }, 1e30, 8.063559359823813277231161],
    ['countermonotone Pareto(1, 1) + N(0, 1)', { kind: 'countermonotone', x: { family: 'pareto', xm: 1, alpha: 1 }, v: { family: 'normal', mu: 0, sigma: 1 } }, 1e15, -8.063559359823814247775006],
  ];
  for (const [name, spec, t, ref] of cases) {
    it(`${name}: E[V | U > ${t}] vs mpmath ${ref}`, () => {
      const r = buildPair(spec).conditionalV(t);
      honest(r, ref, `${name} at t = ${t}: ${r.value} ± ${r.error} (${r.reason ?? ''}) vs ${ref}`);
    });
  }
});

const xLaw = fc.oneof(
  fc.record({ family: fc.constant('weibull' as const), k: fc.double({ min: 0.5, max: 1.5, noNaN: true }), lambda: fc.double({ min: 0.3, max: 3, noNaN: true }) }),
  fc.record({ family: fc.constant('gamma' as const), shape: fc.double({ min: 0.5, max: 5, noNaN: true }), rate: fc.double({ min: 0.2, max: 5, noNaN: true }) }),
  fc.record({ family: fc.constant('lognormal' as const), mu: fc.double({ min: -2, max: 2, noNaN: true }), sigma: fc.double({ min: 0.3, max: 3, noNaN: true }) }),
  fc.record({ family: fc.constant('exponential' as const), rate: fc.double({ min: 0.05, max: 5, noNaN: true }) }),
  fc.record({ family: fc.constant('normal' as const), mu: fc.double({ min: -10, max: 10, noNaN: true }), sigma: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
);
const vLaw = fc.oneof(
  fc.record({ family: fc.constant('normal' as const), mu: fc.double({ min: -100, max: 100, noNaN: true }), sigma: fc.double({ min: 0.01, max: 10, noNaN: true }) }),
  fc.record({ family: fc.constant('exponential' as const), rate: fc.double({ min: 0.05, max: 20, noNaN: true }) }),
  fc.record({ family: fc.constant('gamma' as const), shape: fc.double({ min: 0.5, max: 20, noNaN: true }), rate: fc.double({ min: 0.5, max: 20, noNaN: true }) }),
  fc.record({ family: fc.constant('poisson' as const), lambda: fc.double({ min: 0.1, max: 30, noNaN: true }) }),
);

describe('independent pairs at t = 10^e, e ∈ [15, 200]: not converged, or within the error of the conditioning kernel', () => {
  test.prop([xLaw, vLaw, fc.double({ min: 15, max: 200, noNaN: true })], { numRuns: 60 })(
    'E[V | U > t] of buildPair vs independentConditionalMean (src/constructions/conditioning, rounding handled)',
    (x, v, e) => {
      const t = 10 ** e;
      const ref = independentConditionalMean(x as DistributionSpec, v as DistributionSpec, t);
      if (!ref.converged) return;
      const r = buildPair({ kind: 'independent', x: x as DistributionSpec, v: v as DistributionSpec }).conditionalV(t);
      if (!r.converged) return;
      const label = `X ${JSON.stringify(x)}, V ${JSON.stringify(v)}, t = ${t}: pair ${r.value} ± ${r.error} vs kernel ${ref.value} ± ${ref.error}`;
      expect(Math.abs(r.value - ref.value), label).toBeLessThanOrEqual(r.error + ref.error + 1e-12 * Math.max(1, Math.abs(ref.value)));
    },
  );
});
