import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { build } from '../distributions/build.ts';
import { buildPair } from '../pairs/buildPair.ts';
import type { PairSpec } from '../pairs/types.ts';
import { logPhic } from '../numerics/special/normalTail.ts';
import { binomialTv, detectLowerBound } from './headlineDetect.ts';
import { logSfBracket } from './headlineSfBracket.ts';
import { sumLawOf, vMarginalOf } from './headlineSumLaw.ts';
import { certifyBand } from './pairBandWitness.ts';
import { memoDv } from './pairDvMemo.ts';
import { findPairWitness, pairLaws } from './pairWitness.ts';
import { exactShiftV } from './pairWitnessExact.ts';
import { noWitnessCertificate } from './headlineVerdict.ts';

const T3_NORMAL: PairSpec = { kind: 'independent', x: { family: 'studentT', df: 3 }, v: { family: 'normal', mu: 0, sigma: 1 } };
const T3_NORMAL_COMONOTONE: PairSpec = { kind: 'comonotone', x: { family: 'studentT', df: 3 }, v: { family: 'normal', mu: 0, sigma: 1 } };
const LINEAR: PairSpec = { kind: 'linear', v: { family: 'exponential', rate: 1 }, z: { family: 'pareto', xm: 1, alpha: 2 }, a: 2 };

describe('logSfBracket', () => {
  test.prop([fc.double({ min: -5, max: 300, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true })])(
    'brackets the exact normal tail of an independent normal pair',
    (logT, sx, sv) => {
      const t = Math.sign(logT) * Math.exp(Math.abs(logT)) / 10;
      const spec: PairSpec = { kind: 'independent', x: { family: 'normal', mu: 0, sigma: sx }, v: { family: 'normal', mu: 0, sigma: sv } };
      const exact = logPhic(t / Math.hypot(sx, sv));
      const b = logSfBracket(sumLawOf(spec).structure, t);
      const tol = 1e-12 * Math.max(1, Math.abs(exact));
      expect(b.lo, `lo ≤ exact at t=${t}, σ=(${sx}, ${sv})`).toBeLessThanOrEqual(exact + tol);
      expect(b.hi, `hi ≥ exact at t=${t}, σ=(${sx}, ${sv})`).toBeGreaterThanOrEqual(exact - tol);
    },
  );

  it('brackets the pair integrals of a Student-t + normal pair, a linear pair and a comonotone pair', () => {
    for (const [spec, ts] of [[T3_NORMAL, [10, 1e3, 1e6]], [LINEAR, [10, 1e3, 1e6]], [T3_NORMAL_COMONOTONE, [10, 100, 1e3]]] as const) {
      const pair = buildPair(spec);
      for (const t of ts) {
        const ref = pair.u.logSf(t);
        const b = logSfBracket(sumLawOf(spec).structure, t);
        const tol = 1e-8 * Math.abs(ref);
        expect(b.lo, `${spec.kind}: lo ≤ log P(U > ${t}) = ${ref}`).toBeLessThanOrEqual(ref + tol);
        expect(b.hi, `${spec.kind}: hi ≥ log P(U > ${t}) = ${ref}`).toBeGreaterThanOrEqual(ref - tol);
        // the bracket tightens as t grows (relative width ~ hazard·s): loose at t = 10, tight at the largest t
        if (t === ts[ts.length - 1]) expect(b.hi - b.lo, `${spec.kind}: bracket width at t=${t}`).toBeLessThan(0.05);
      }
    }
  });
});

describe('pairDvMemo', () => {
  it('brackets B_V(d) = σ√(2d) for a normal V', () => {
    const dv = memoDv(build({ family: 'normal', mu: 3, sigma: 2 }));
    for (const d of [1e-12, 1e-6, 1e-2, 1, 30, 1e3]) {
      const exact = 2 * Math.sqrt(2 * d);
      expect(dv.upper(d), `upper(${d})`).toBeGreaterThanOrEqual(exact * (1 - 1e-12));
      expect(dv.upper(d), `upper(${d}) within 25%`).toBeLessThanOrEqual(exact * 1.25);
      expect(dv.lower(d), `lower(${d})`).toBeLessThanOrEqual(exact * (1 + 1e-12));
      // the band reweightings reach ~0.8·B_V(d) for small d; for large d their tails (levels ≥ 1e-15) fall short
      if (d <= 1) expect(dv.lower(d), `lower(${d}) within 40%`).toBeGreaterThanOrEqual(exact * 0.6);
    }
  });
  it('bounds E[V | A] for a conditioning event by the tail mean (CVaR) of an exponential V', () => {
    // Exp(1): CVaR_q = 1 + log(1/q), so E[V | A] − μ ≤ log(1/q) for −log Q(A) ≤ L = log(1/q)
    const dv = memoDv(build({ family: 'exponential', rate: 1 }));
    for (const L of [0.5, 5, 50, 500]) {
      expect(dv.conditionalShift(L), `conditionalShift(${L})`).toBeGreaterThanOrEqual(L * (1 - 1e-9));
      expect(dv.conditionalShift(L), `conditionalShift(${L}) within a grid step`).toBeLessThanOrEqual(L * 10 ** (1 / 8) * 1.001);
    }
  });
});

describe('band witness', () => {
  it('its certified V-shift bounds the shift from the pair integrals (independent and comonotone)', () => {
    // the copula integrals lose convergence past t ≈ 1e3 (src/pairs/copulaPair.ts resolves W only to 1e-16)
    for (const [spec, ts] of [[T3_NORMAL, [10, 100, 1000]], [T3_NORMAL_COMONOTONE, [10, 30, 100]]] as const) {
      const laws = pairLaws(spec, vMarginalOf(spec));
      const pair = buildPair(spec);
      for (const t of ts) {
        const w = certifyBand(laws, { kind: 'band', t, p: t ** -0.8, s: -Infinity })!;
        const exact = exactShiftV(pair, t, w.p);
        expect(exact.shift.converged, `${spec.kind} t=${t}: ${exact.shift.reason}`).toBe(true);
        expect(exact.shift.value - exact.shift.error, `${spec.kind} t=${t}: integral shift ≤ certified ${w.deltaVUpper}`).toBeLessThanOrEqual(w.deltaVUpper);
        expect(w.klLower, `${spec.kind} t=${t}: KL bracket`).toBeLessThanOrEqual(w.klUpper);
      }
    }
  });

  it('finds the headline witness for X ~ t(3), V ~ N(0, 1) and certifies every target', () => {
    for (const spec of [T3_NORMAL, T3_NORMAL_COMONOTONE, LINEAR]) {
      const r = findPairWitness(pairLaws(spec, vMarginalOf(spec)), { M: 100, eps: 1e-4, eta: 1e-3 });
      const w = r.witness!;
      expect(w, `${spec.kind}: ${r.reason}`).toBeDefined();
      expect(w.meanULower, `${spec.kind}: E_P[U]`).toBeGreaterThan(100);
      expect(w.klUpper, `${spec.kind}: KL`).toBeLessThan(1e-4);
      expect(w.deltaVUpper, `${spec.kind}: V-shift`).toBeLessThan(1e-3);
      expect(w.deltaVUpper, `${spec.kind}: V-shift ≤ B_V(KL)`).toBeLessThanOrEqual(w.dvOfKlLower);
    }
  });

  it('has no witness for light U, with a Donsker–Varadhan certificate', () => {
    const light: PairSpec = { kind: 'comonotone', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'exponential', rate: 2 } };
    expect(findPairWitness(pairLaws(light, vMarginalOf(light)), { M: 100, eps: 1e-3 }).witness, 'light U').toBeUndefined();
    expect(noWitnessCertificate(light, 100, 1e-3)?.status, 'certificate').toBe('fails');
  });
});

describe('headlineDetect', () => {
  it('binomialTv matches mpmath sums', () => {
    // mpmath (dps 40): Σ_k max(0, C(n,k)(p^k(1−p)^{n−k} − q^k(1−q)^{n−k}))
    const cases: [number, number, number, number][] = [
      [10, 0.3, 0.1, 0.5867905832],
      [100, 1e-3, 1e-6, 0.095107857836129261889],
      [1000, 0.02, 0.019, 0.09125164723986449856],
    ];
    for (const [n, p, q, ref] of cases) {
      expect(Math.abs(binomialTv(n, p, Math.log(q)) - ref) / ref, `binomialTv(${n}, ${p}, ${q})`).toBeLessThan(1e-9);
      expect(detectLowerBound(n, p, Math.log(q)), `lower bound (${n}, ${p}, ${q})`).toBeLessThanOrEqual(ref * (1 + 1e-12));
    }
  });
});

describe('one-point V (regression: an affine map of a one-value law has variance ~3e-30 by rounding)', () => {
  it('B_V ≡ 0 and the witness certifies (before: E_P[V] − E_Q[V] ≤ 3.6e-17 vs B_V(KL) ≥ 0, never accepted)', () => {
    const pair: PairSpec = { kind: 'independent', x: { family: 'lomax', alpha: 5, scale: 1 }, v: { family: 'affine', base: { family: 'categorical', values: [-10], probs: [1] }, loc: -1, scale: 1 } };
    const v = vMarginalOf(pair);
    const dv = memoDv(v);
    expect([dv.upper(0.1), dv.conditionalShift(50), dv.lower(0.1)], `B_V of V ≡ ${v.mean()} (variance ${v.variance()})`).toEqual([0, 0, 0]);
    const w = findPairWitness(pairLaws(pair, v), { M: 10, eps: 0.1 }).witness;
    expect(w?.deltaVUpper, 'witness shift').toBe(0);
  });
});
