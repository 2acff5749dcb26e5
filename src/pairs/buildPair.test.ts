/**
 * Pair integrals against closed forms (normal/normal, exponential/exponential, comonotone normals) and
 * against Monte Carlo at a fixed seed (generous tolerance: 5 standard errors).
 */
import { describe, expect, it } from 'vitest';
import { seededRng } from '../numerics/rng.ts';
import { logPhiDensity, logPhic } from '../numerics/special/normalTail.ts';
import { buildPair } from './buildPair.ts';
import type { PairSpec } from './types.ts';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));
const N = (mu: number, sigma: number) => ({ family: 'normal' as const, mu, sigma });

describe('normal/normal: integrals agree with the closed forms', () => {
  const spec: PairSpec = { kind: 'independent', x: N(0.5, 2), v: N(-0.3, 1.5) };
  const closed = buildPair(spec);
  const integral = buildPair(spec, { closedForms: false });
  it('closed form matches mpmath: E[V | U > 10] = 3.434459040489234729627286, log P(U > 10) = −10.02510202174726992151681', () => {
    // mpmath (40 digits): σ_U = √(1.5² + 2²), z = (10 − 0.2)/σ_U, −0.3 + (1.5²/σ_U)·φ(z)/Φ̄(z) and log Φ̄(z)
    expect(rel(closed.conditionalV(10).value, 3.434459040489234729627286), 'conditionalV(10)').toBeLessThan(1e-13);
    expect(rel(closed.u.logSf(10), -10.02510202174726992151681), 'logSf(10)').toBeLessThan(1e-14);
  });
  for (const t of [-6, -1, 0, 2, 5, 10, 20]) {
    it(`t = ${t}: logSf, partialV, conditionalV by quadrature within 1e-8`, () => {
      expect(rel(integral.u.logSf(t), closed.u.logSf(t)), `logSf(${t})`).toBeLessThan(1e-8);
      const p = integral.partialV(t);
      expect(p.converged, `partialV(${t}) converged: ${p.reason}`).toBe(true);
      expect(Math.abs(p.value - closed.partialV(t).value), `partialV(${t}) = ${p.value}`).toBeLessThan(1e-8 * Math.max(1e-300, Math.abs(closed.partialV(t).value)) + 1e-300);
      const c = integral.conditionalV(t);
      expect(rel(c.value, closed.conditionalV(t).value), `conditionalV(${t}) = ${c.value} ± ${c.error}`).toBeLessThan(1e-8);
    });
  }
  it('far tail t = 60 (P ≈ e^{−300}): conditionalV in log space, no underflow', () => {
    const c = integral.conditionalV(60);
    expect(rel(c.value, closed.conditionalV(60).value), `conditionalV(60) = ${c.value}`).toBeLessThan(1e-7);
    expect(rel(integral.u.logSf(60), closed.u.logSf(60)), 'logSf(60)').toBeLessThan(1e-9);
  });
  for (const theta of [-2, -0.1, 0.3, 1.5]) {
    it(`θ = ${theta}: logMgfU, tiltedMeanV, tiltedMeanU`, () => {
      expect(rel(integral.logMgfU(theta).value, closed.logMgfU(theta).value), 'logMgfU').toBeLessThan(1e-12);
      expect(rel(integral.tiltedMeanV(theta).value, closed.tiltedMeanV(theta).value), `tiltedMeanV(${theta})`).toBeLessThan(1e-8);
      expect(rel(integral.tiltedMeanU(theta).value, closed.tiltedMeanU(theta).value), `tiltedMeanU(${theta})`).toBeLessThan(1e-8);
    });
  }
  it('X = aV + Z with normals: conditionalV by quadrature = closed form (a = −0.5, 3)', () => {
    for (const a of [-0.5, 3]) {
      const s: PairSpec = { kind: 'linear', v: N(1, 0.7), z: N(0, 1.2), a };
      const cf = buildPair(s);
      const q = buildPair(s, { closedForms: false });
      for (const t of [0, 4, 12]) expect(rel(q.conditionalV(t).value, cf.conditionalV(t).value), `a=${a} t=${t}`).toBeLessThan(1e-8);
    }
  });
  it('the closed form is E[V | U ≥ t] = (σ_V²/σ_U)·φ(t/σ_U)/Φ̄(t/σ_U) for centred normals', () => {
    const p = buildPair({ kind: 'independent', x: N(0, 1), v: N(0, 1) });
    for (const t of [0, 3, 30]) {
      const su = Math.SQRT2;
      const want = (1 / su) * Math.exp(logPhiDensity(t / su) - logPhic(t / su));
      expect(rel(p.conditionalV(t).value, want), `t = ${t}`).toBeLessThan(1e-13);
    }
  });
});

describe('exponential/exponential (hypoexponential law of U)', () => {
  const p = buildPair({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'exponential', rate: 2 } });
  it('log P(U > t) = log(2e^{−t} − e^{−2t}) up to t = 500', () => {
    for (const t of [0.1, 1, 10, 100, 500]) {
      const want = -t + Math.log(2) + Math.log1p(-Math.exp(-t) / 2);
      expect(Math.abs(p.u.logSf(t) - want) / Math.max(1, Math.abs(want)), `logSf(${t})`).toBeLessThan(1e-9);
    }
  });
  it('E[V·1{U > t}] = 2e^{−t}·(1 − (1 + t)e^{−t})·… matches ∫_0^t v·2e^{−2v}e^{−(t−v)}dv + ∫_t^∞ v·2e^{−2v}dv', () => {
    for (const t of [0.5, 3, 40]) {
      // ∫_0^t 2v e^{−v−t} dv = 2e^{−t}(1 − (1 + t)e^{−t});  ∫_t^∞ 2v e^{−2v} dv = (t + ½)e^{−2t}
      const want = 2 * Math.exp(-t) * (1 - (1 + t) * Math.exp(-t)) + (t + 0.5) * Math.exp(-2 * t);
      expect(rel(p.partialV(t).value, want), `partialV(${t})`).toBeLessThan(1e-8);
    }
  });
  it('tilts factorise: logMgfU(θ) = −log(1 − θ) + log(2/(2 − θ)), tiltedMeanV = 1/(2 − θ); θ ≥ 1 is not normalisable', () => {
    for (const theta of [-1, 0.5, 0.9]) {
      expect(rel(p.logMgfU(theta).value, -Math.log1p(-theta) + Math.log(2 / (2 - theta))), `θ=${theta}`).toBeLessThan(1e-13);
      expect(rel(p.tiltedMeanV(theta).value, 1 / (2 - theta)), `tiltedMeanV(${theta})`).toBeLessThan(1e-8);
      expect(rel(p.tiltedMeanU(theta).value, 1 / (1 - theta) + 1 / (2 - theta)), `tiltedMeanU(${theta})`).toBeLessThan(1e-8);
    }
    expect(p.logMgfU(1.2).value).toBe(Infinity);
    const t = p.tiltedMeanV(1.2);
    expect(t.converged).toBe(false);
    expect(t.reason).toMatch(/not normalisable/);
  });
});

describe('comonotone and countermonotone normals (U is normal again)', () => {
  it('comonotone: U = μ_U + (σ_X + σ_V)Z, E[V | U > t] = μ_V + σ_V·φ(z)/Φ̄(z)', () => {
    const p = buildPair({ kind: 'comonotone', x: N(1, 2), v: N(-1, 0.5) });
    for (const t of [-3, 0, 5]) {
      const z = t / 2.5;
      expect(Math.abs(p.u.logSf(t) - logPhic(z)), `logSf(${t})`).toBeLessThan(1e-9);
      const want = -1 + 0.5 * Math.exp(logPhiDensity(z) - logPhic(z));
      expect(rel(p.conditionalV(t).value, want), `conditionalV(${t}) = ${p.conditionalV(t).value}`).toBeLessThan(1e-7);
    }
    expect(rel(p.logMgfU(0.4).value, 0.4 * 0 + (0.4 * 0.4 * 2.5 * 2.5) / 2), 'logMgfU(0.4)').toBeLessThan(1e-8);
  });
  it('countermonotone: U = (σ_X − σ_V)Z, E[V | U > t] = −σ_V·φ(z)/Φ̄(z)', () => {
    const p = buildPair({ kind: 'countermonotone', x: N(0, 2), v: N(0, 0.5) });
    for (const t of [-1, 0, 3]) {
      const z = t / 1.5;
      expect(Math.abs(p.u.logSf(t) - logPhic(z)), `logSf(${t})`).toBeLessThan(1e-9);
      const want = -0.5 * Math.exp(logPhiDensity(z) - logPhic(z));
      expect(rel(p.conditionalV(t).value, want), `conditionalV(${t})`).toBeLessThan(1e-7);
    }
  });
});

/** Monte Carlo estimates of P(U > t), E[V·1{U > t}] with their standard errors. */
function monteCarlo(spec: PairSpec, t: number, n: number, seed: number) {
  const pair = buildPair(spec);
  const rng = seededRng(seed);
  let c = 0, s = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    const [x, v] = pair.sample(rng);
    if (x + v > t) {
      c++;
      s += v;
      s2 += v * v;
    }
  }
  const p = c / n;
  return { p, pSe: Math.sqrt((p * (1 - p)) / n), m: s / n, mSe: Math.sqrt((s2 / n - (s / n) ** 2) / n) };
}

const MC_CASES: [string, PairSpec, number][] = [
  ['independent lomax/laplace', { kind: 'independent', x: { family: 'lomax', alpha: 3, scale: 1 }, v: { family: 'laplace', mu: 0, b: 1 } }, 2],
  ['linear a = −2, logistic/uniform', { kind: 'linear', v: { family: 'uniform', a: -1, b: 2 }, z: { family: 'logistic', mu: 0, s: 1 }, a: -2 }, 0.5],
  ['functional clip', { kind: 'functional', v: { family: 'laplace', mu: 0, b: 1 }, noise: { family: 'exponential', rate: 1 }, f: { kind: 'clip', lo: -1, hi: 0.5 } }, 1],
  ['functional square', { kind: 'functional', v: { family: 'uniform', a: -1, b: 1 }, noise: { family: 'laplace', mu: 0, b: 0.5 }, f: { kind: 'square' } }, 0.7],
  ['independent, discrete V', { kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'geometric', p: 0.4 } }, 4],
  ['countermonotone studentT/laplace', { kind: 'countermonotone', x: { family: 'studentT', df: 3 }, v: { family: 'laplace', mu: 0, b: 1 } }, 1],
  ['comonotone pareto/exponential', { kind: 'comonotone', x: { family: 'pareto', xm: 1, alpha: 2.5 }, v: { family: 'exponential', rate: 1 } }, 4],
  ['latent mixture', {
    kind: 'latentMixture', weights: [0.3, 0.7], components: [
      { kind: 'independent', x: { family: 'lomax', alpha: 3, scale: 1 }, v: { family: 'exponential', rate: 2 } },
      { kind: 'linear', v: { family: 'laplace', mu: 1, b: 0.5 }, z: { family: 'logistic', mu: 0, s: 1 }, a: 0.5 },
    ],
  }, 2],
];

describe('pair quantities agree with Monte Carlo (200 000 draws, seed 99, within 5 standard errors)', () => {
  for (const [name, spec, t] of MC_CASES) {
    it(`${name}: P(U > ${t}) and E[V·1{U > ${t}}]`, () => {
      const pair = buildPair(spec);
      const mc = monteCarlo(spec, t, 200_000, 99);
      const sf = pair.u.sf(t);
      const pv = pair.partialV(t);
      expect(Math.abs(sf - mc.p), `${name}: sf(${t}) = ${sf}, MC ${mc.p} ± ${mc.pSe}`).toBeLessThan(5 * mc.pSe + 1e-9);
      expect(Math.abs(pv.value - mc.m), `${name}: partialV(${t}) = ${pv.value}, MC ${mc.m} ± ${mc.mSe}`).toBeLessThan(5 * mc.mSe + 1e-9);
    });
  }
});
