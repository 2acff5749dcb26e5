/**
 * The KL-optimal tilt of a pair: closed forms (normal pairs, comonotone and countermonotone normals), the
 * factorised Λ_V′ against the pair's own integral E[V e^{θU}]/E[e^{θU}], and "no maximiser" where Z(β) = ∞.
 */
import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../distributions/types.ts';
import { buildPair } from '../pairs/buildPair.ts';
import type { PairSpec } from '../pairs/types.ts';
import { klOptimum, klOptimumValue } from './klOptimum.ts';

const N = (mu: number, sigma: number): DistributionSpec => ({ family: 'normal', mu, sigma });
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

function meanV(spec: PairSpec, beta: number): number {
  const o = klOptimum(buildPair(spec), beta);
  if (o.status !== 'tilt') throw new Error(`${JSON.stringify(spec)} β=${beta}: ${o.status} ${'reason' in o ? o.reason : ''}`);
  expect(o.meanV.converged, `${JSON.stringify(spec)} β=${beta}: ${o.meanV.reason}`).toBe(true);
  return o.meanV.value;
}

describe('closed forms', () => {
  it('independent normals: E[V(π*(β))] = μ_V + σ_V²/β, optimal value β log Z = μ_U + σ_U²/(2β)', () => {
    const spec: PairSpec = { kind: 'independent', x: N(1, 3), v: N(-2, 0.5) };
    for (const beta of [100, 1, 0.01, 1e-6]) {
      expect(rel(meanV(spec, beta), -2 + 0.25 / beta), `β=${beta}`).toBeLessThan(1e-14);
      expect(rel(klOptimumValue(buildPair(spec), beta).value, -1 + 9.25 / (2 * beta)), `value β=${beta}`).toBeLessThan(1e-13);
    }
  });
  it('X = aV + Z: E[V(π*)] = μ_V + (1 + a)σ_V²/β (a = −2 lowers V)', () => {
    for (const a of [-2, -1, 0.5, 3]) {
      const spec: PairSpec = { kind: 'linear', v: N(1, 2), z: N(0, 1), a };
      expect(rel(meanV(spec, 0.5), 1 + (1 + a) * 4 * 2), `a=${a}`).toBeLessThan(1e-14);
    }
  });
  it('comonotone N(0, 1), N(0, 2): U = 3Z, V = 2Z, E[V(π*)] = 6θ — also at θ = 3, whose mass lies at 1 − W ≈ 1e-19', () => {
    const spec: PairSpec = { kind: 'comonotone', x: N(0, 1), v: N(0, 2) };
    for (const theta of [0.1, 0.5, 3, 6]) expect(rel(meanV(spec, 1 / theta), 6 * theta), `θ=${theta}`).toBeLessThan(1e-8);
  });
  it('countermonotone N(0, 3), N(0, 2): U = Z, V = −2Z, E[V(π*)] = −2θ (dependence lowers V)', () => {
    const spec: PairSpec = { kind: 'countermonotone', x: N(0, 3), v: N(0, 2) };
    for (const theta of [0.2, 2, 10]) expect(rel(meanV(spec, 1 / theta), -2 * theta), `θ=${theta}`).toBeLessThan(1e-8);
  });
  it('latent mixture {N(0,1) ⊥ N(0,1)} ∪ {X ~ N(0,10²), V = −5}: classes re-weighted by their MGFs', () => {
    const spec: PairSpec = {
      kind: 'latentMixture',
      components: [{ kind: 'independent', x: N(0, 1), v: N(0, 1) }, { kind: 'independent', x: N(0, 10), v: { family: 'pointMass', x: -5 } }],
      weights: [0.5, 0.5],
    };
    const theta = 0.1;
    const wA = Math.exp(theta * theta);
    const wB = Math.exp(-5 * theta + 50 * theta * theta);
    expect(rel(meanV(spec, 1 / theta), (wA * theta - 5 * wB) / (wA + wB)), 'θ=0.1').toBeLessThan(1e-9);
    expect(rel(meanV(spec, 1), -5), 'θ=1: the class with the heavier U takes over').toBeLessThan(1e-9);
  });
});

describe('factorised Λ_V′ against the pair integral', () => {
  const laws: DistributionSpec[] = [
    { family: 'poisson', lambda: 2 },
    { family: 'uniform', a: -1, b: 2 },
    { family: 'affine', base: { family: 'gumbel', mu: 0, beta: 1 }, loc: 0, scale: -1 },
    { family: 'weibull', k: 3, lambda: 1 },
  ];
  for (const v of laws) {
    it(`X ~ Weibull(2, 1) ⊥ V ~ ${JSON.stringify(v)}`, () => {
      const spec: PairSpec = { kind: 'independent', x: { family: 'weibull', k: 2, lambda: 1 }, v };
      const pair = buildPair(spec);
      for (const theta of [0.3, 2]) {
        const o = klOptimum(pair, 1 / theta);
        const other = pair.tiltedMeanV(theta);
        if (o.status !== 'tilt') throw new Error(o.status);
        expect(other.converged, `pair integral θ=${theta}: ${other.reason}`).toBe(true);
        expect(Math.abs(o.meanV.value - other.value), `θ=${theta}: ${o.meanV.value} vs ${other.value}`).toBeLessThan(1e-8 * Math.max(1, Math.abs(other.value)));
      }
    });
  }
  it('copula integral (t4CopulaCheck.ts) = copulaPair.ts integral where both resolve', () => {
    const spec: PairSpec = { kind: 'comonotone', x: { family: 'gamma', shape: 2, rate: 3 }, v: { family: 'weibull', k: 1.5, lambda: 1 } };
    const pair = buildPair(spec);
    for (const theta of [0.1, 0.5]) {
      const o = klOptimum(pair, 1 / theta);
      if (o.status !== 'tilt') throw new Error(`${o.status}`);
      expect(Math.abs(o.meanV.value - pair.tiltedMeanV(theta).value), `θ=${theta}`).toBeLessThan(1e-8);
    }
  });
});

describe('no maximiser where Z(β) = E[e^{U/β}] = ∞', () => {
  it('X ~ Exp(1) ⊥ V normal: λ₊(U) = 1, argmax exists for β > 1 only', () => {
    const pair = buildPair({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: N(0, 1) });
    expect(klOptimum(pair, 2).status).toBe('tilt');
    for (const beta of [1, 0.5, 1e-3]) {
      const o = klOptimum(pair, beta);
      expect(o.status, `β=${beta}`).toBe('no-maximiser');
      if (o.status === 'no-maximiser') expect(o.reason, `β=${beta}`).toMatch(/argmax does not exist for β ≤ 1\/λ₊\(U\) = 1/);
    }
  });
  it('comonotone Exp(1), Exp(1): U = 2V has λ₊ = ½, so no maximiser for β ≤ 2; heavy X: none for any β', () => {
    const e: DistributionSpec = { family: 'exponential', rate: 1 };
    const pair = buildPair({ kind: 'comonotone', x: e, v: e });
    expect(klOptimum(pair, 2.5).status).toBe('tilt');
    expect(klOptimum(pair, 2).status).toBe('no-maximiser');
    const heavy = buildPair({ kind: 'independent', x: { family: 'studentT', df: 3 }, v: N(0, 1) });
    expect(klOptimum(heavy, 1e6).status).toBe('no-maximiser');
  });
});
