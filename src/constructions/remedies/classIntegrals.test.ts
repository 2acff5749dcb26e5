import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../../pairs/types.ts';
import { centredPartialV, geometryOf, logSfU, meanResidual } from './classIntegrals.ts';
import { meanOfV, shiftClasses } from './shiftClasses.ts';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('classIntegrals: one quadrature over V against closed forms and mpmath', () => {
  // X ~ N(0, 1) ⊥ V ~ N(0, 1): U ~ N(0, 2); Q(U > t) = Φ̄(t/√2), E[V·1{U > t}] = (1/√2)φ(t/√2)
  const normal: PairSpec = { kind: 'independent', x: { family: 'normal', mu: 0, sigma: 1 }, v: { family: 'normal', mu: 0, sigma: 1 } };
  it.each([-3, 0, 1, 10])('normal pair at t = %d: log Q(U > t) and E[V·1{U > t}]', (t) => {
    const cs = shiftClasses(normal)!;
    const geo = geometryOf(cs);
    const q = logSfU(cs, geo, t);
    // Φ̄(t/√2) = erfc(t/2)/2 (mpmath, 25 digits)
    const phiBar = { [-3]: 0.98305257323765536, 0: 0.5, 1: 0.23975006109347673, 10: 7.6872989721401743e-13 }[t]!;
    expect(rel(Math.exp(q.log), phiBar), `Q(U > ${t}) = ${Math.exp(q.log)} vs ${phiBar}`).toBeLessThan(1e-9);
    const a = centredPartialV(cs, geo, t, meanOfV(cs), q.log);
    // E[V | U > t] = (1/√2)·φ(t/√2)/Φ̄(t/√2), formed in log space: log φ(t/√2) − log Φ̄(t/√2) − ½ log 2
    const expected = Math.exp(-t * t / 4 - 0.5 * Math.log(2 * Math.PI) - q.log - 0.5 * Math.log(2));
    expect(rel(a.value, expected), `E[V | U > ${t}] = ${a.value} ± ${a.error} vs ${expected}`).toBeLessThan(1e-7);
    expect(a.error, `error ${a.error} at t = ${t}`).toBeLessThan(1e-6 * Math.abs(expected));
  });

  // V ~ Beta(½, 1) (density ½v^{−½}, singular at 0) ⊥ X ~ Exp(1): mpmath quad, 30 digits:
  // Q(U > 1) = ∫₀¹ ½v^{−½}e^{−(1−v)} dv = 0.538079506912768416539694945025,
  // E[V | U > 1] − 1/3 = 0.0958973724944176287023670807082
  it('beta(½, 1) V with an end singularity, exponential X', () => {
    const cs = shiftClasses({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'beta', alpha: 0.5, beta: 1 } })!;
    const geo = geometryOf(cs);
    const q = logSfU(cs, geo, 1);
    expect(rel(Math.exp(q.log), 0.5380795069127684), `Q(U > 1) = ${Math.exp(q.log)}`).toBeLessThan(1e-9);
    const a = centredPartialV(cs, geo, 1, meanOfV(cs), q.log);
    expect(rel(a.value, 0.09589737249441763), `gain ${a.value} ± ${a.error}`).toBeLessThan(1e-8);
  });

  it('a latent mixture of two classes sharing X equals the same pair with V the mixture', () => {
    const x = { family: 'normal', mu: 0, sigma: 1 } as const;
    const v1 = { family: 'normal', mu: -1, sigma: 1 } as const, v2 = { family: 'uniform', a: 0, b: 3 } as const;
    const mixed = shiftClasses({ kind: 'latentMixture', components: [{ kind: 'independent', x, v: v1 }, { kind: 'independent', x, v: v2 }], weights: [0.3, 0.7] })!;
    const single = shiftClasses({ kind: 'independent', x, v: { family: 'mixture', components: [v1, v2], weights: [0.3, 0.7] } })!;
    for (const t of [-1, 0.5, 4]) {
      const a = logSfU(mixed, geometryOf(mixed), t), b = logSfU(single, geometryOf(single), t);
      expect(Math.abs(a.log - b.log), `log Q(U > ${t}): ${a.log} vs ${b.log}`).toBeLessThan(1e-10);
      const ga = centredPartialV(mixed, geometryOf(mixed), t, meanOfV(mixed), a.log), gb = centredPartialV(single, geometryOf(single), t, meanOfV(single), b.log);
      expect(Math.abs(ga.value - gb.value), `gain at ${t}: ${ga.value} vs ${gb.value}`).toBeLessThan(1e-8);
    }
  });
});

describe('meanResidual', () => {
  // exact: Python fractions on the doubles, 3·F(0.1) + 3·F(0.2) − F(fl(0.1·3 + 0.2·3)) = −8.326672684688674e-17
  it('recovers the rounding of a weighted mean exactly', () => {
    const m = 0.1 * 3 + 0.2 * 3;
    const r = meanResidual([0.1, 0.2], [3, 3], m);
    expect(Math.abs(r + 8.326672684688674e-17), `residual ${r}`).toBeLessThan(1e-31);
  });
});
