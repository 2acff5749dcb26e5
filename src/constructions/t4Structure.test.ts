/**
 * Structural facts of pairs (t4Abscissa.ts, t4Structure.ts) and the two T4 verdicts (t4LimitVerdict.ts,
 * t4PositiveVerdict.ts) on pairs whose answer is known in closed form.
 */
import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../distributions/types.ts';
import { buildPair } from '../pairs/buildPair.ts';
import type { PairSpec } from '../pairs/types.ts';
import { uAbscissa, xAbscissa } from './t4Abscissa.ts';
import { divergenceVerdict } from './t4LimitVerdict.ts';
import { positiveUtilityVerdict } from './t4PositiveVerdict.ts';
import { independentXV, tiltedVBound, uContinuous } from './t4Structure.ts';

const N = (mu: number, sigma: number): DistributionSpec => ({ family: 'normal', mu, sigma });
const E = (rate: number): DistributionSpec => ({ family: 'exponential', rate });
const P = (x: number): DistributionSpec => ({ family: 'pointMass', x });

describe('abscissae λ₊ of X and U', () => {
  const cases: [string, PairSpec, number, number][] = [
    ['independent Exp(2) + Exp(3)', { kind: 'independent', x: E(2), v: E(3) }, 2, 2],
    ['X = −2V + Z, V ~ Laplace(b = ½), Z normal: λ₊(X) = λ₋(V)/2 = 1, U = −V + Z: λ₊(U) = 2', { kind: 'linear', v: { family: 'laplace', mu: 0, b: 0.5 }, z: N(0, 1), a: -2 }, 1, 2],
    ['X = V² + noise, V ~ N(0, 2): λ₊ = 1/8', { kind: 'functional', v: N(0, 2), noise: N(0, 1), f: { kind: 'square' } }, 0.125, 0.125],
    ['comonotone Exp(1), Exp(1): U = 2V, λ₊(U) = ½', { kind: 'comonotone', x: E(1), v: E(1) }, 1, 0.5],
    ['countermonotone Exp(1), V normal (unbounded below, strongly light): λ₊(U) = 1', { kind: 'countermonotone', x: E(1), v: N(0, 1) }, 1, 1],
  ];
  for (const [name, spec, lx, lu] of cases) {
    it(name, () => {
      expect(xAbscissa(spec), `λ₊(X) of ${name}`).toBe(lx);
      expect(uAbscissa(spec), `λ₊(U) of ${name}`).toEqual({ lo: lu, hi: lu });
    });
  }
  it('agrees with the pair\'s own E[e^{θU}] (exact for shift pairs) on either side of λ₊(U)', () => {
    const specs: PairSpec[] = [cases[0][1], cases[1][1], { kind: 'linear', v: E(1), z: N(0, 1), a: 1 }];
    for (const spec of specs) {
      const { lo } = uAbscissa(spec);
      const p = buildPair(spec);
      expect(p.logMgfU(0.99 * lo).value < Infinity, `${JSON.stringify(spec)} below ${lo}`).toBe(true);
      expect(p.logMgfU(1.01 * lo).value, `${JSON.stringify(spec)} above ${lo}`).toBe(Infinity);
    }
  });
  it('countermonotone Laplace(0, 1), Laplace(0, 1): rates cancel, λ₊(U) only known to lie in [1, ∞]', () => {
    const L: DistributionSpec = { family: 'laplace', mu: 0, b: 1 };
    expect(uAbscissa({ kind: 'countermonotone', x: L, v: L })).toEqual({ lo: 1, hi: Infinity });
  });
});

describe('independence, continuity of U, bounds on the tilted mean of V', () => {
  it('independence is read from the structure', () => {
    expect(independentXV({ kind: 'linear', v: N(0, 1), z: N(0, 1), a: 0 })).toBe(true);
    expect(independentXV({ kind: 'linear', v: N(0, 1), z: N(0, 1), a: 1 })).toBe(false);
    expect(independentXV({ kind: 'comonotone', x: N(0, 1), v: P(3) })).toBe(true);
    const mix = (v2: DistributionSpec): PairSpec => ({ kind: 'latentMixture', components: [{ kind: 'independent', x: N(0, 1), v: N(0, 1) }, { kind: 'independent', x: N(5, 1), v: v2 }], weights: [0.5, 0.5] });
    expect(independentXV(mix(N(0, 1))), 'classes share V').toBe(true);
    expect(independentXV(mix(N(1, 1))), 'classes differ in X and V').toBe(false);
  });
  it('U has atoms exactly when no continuous part smooths it', () => {
    expect(uContinuous({ kind: 'independent', x: P(0), v: { family: 'poisson', lambda: 1 } })).toBe(false);
    expect(uContinuous({ kind: 'independent', x: N(0, 1), v: { family: 'poisson', lambda: 1 } })).toBe(true);
    expect(uContinuous({ kind: 'linear', v: N(0, 1), z: P(2), a: -1 }), 'U = 2').toBe(false);
    expect(uContinuous({ kind: 'countermonotone', x: N(0, 1), v: N(5, 1) }), 'U = 5').toBe(false);
    expect(uContinuous({ kind: 'countermonotone', x: N(0, 2), v: N(5, 1) })).toBe(true);
  });
  it('bounds: ess sup V; E[V] when U = sV + N with s ≤ 0; the largest class bound of a mixture', () => {
    expect(tiltedVBound({ kind: 'independent', x: N(0, 1), v: { family: 'uniform', a: -1, b: 1 } }).bound).toBe(1);
    expect(tiltedVBound({ kind: 'linear', v: N(3, 1), z: N(0, 1), a: -2 }).bound).toBe(3);
    expect(tiltedVBound({ kind: 'linear', v: N(3, 1), z: N(0, 1), a: -1 }).bound, 'U = Z independent of V').toBe(3);
    expect(tiltedVBound({ kind: 'independent', x: N(0, 1), v: N(0, 1) }).bound).toBe(Infinity);
  });
});

describe('verdicts', () => {
  it('lim E[V(π*(β))] = ∞: holds for normals; fails (bounded) for uniform V and X = −2V + Z; fails (no maximiser) for exponential X', () => {
    expect(divergenceVerdict(buildPair({ kind: 'independent', x: N(0, 1), v: N(0, 1) }), 6).status).toBe('holds');
    expect(divergenceVerdict(buildPair({ kind: 'comonotone', x: N(0, 1), v: N(0, 2) }), 3).status).toBe('holds');
    const bounded = divergenceVerdict(buildPair({ kind: 'independent', x: N(0, 1), v: { family: 'uniform', a: -1, b: 1 } }), 3);
    expect([bounded.status, (bounded.witness as { kind: string }).kind]).toEqual(['fails', 'bounded']);
    expect(divergenceVerdict(buildPair({ kind: 'linear', v: N(0, 1), z: N(0, 1), a: -2 }), 3).status).toBe('fails');
    const none = divergenceVerdict(buildPair({ kind: 'independent', x: E(1), v: N(0, 1) }), 3);
    expect([none.status, (none.witness as { kind: string }).kind]).toEqual(['fails', 'no-argmax']);
  });
  it('E[V(π*)] > E[V]: holds for independent normals, fails for V constant and for X = −2V + Z', () => {
    expect(positiveUtilityVerdict(buildPair({ kind: 'independent', x: N(0, 1), v: N(0, 1) }), 1).status).toBe('holds');
    expect(positiveUtilityVerdict(buildPair({ kind: 'independent', x: N(0, 1), v: P(2) }), 1).status).toBe('fails');
    expect(positiveUtilityVerdict(buildPair({ kind: 'linear', v: N(0, 1), z: N(0, 1), a: -2 }), 1).status).toBe('fails');
  });
});
