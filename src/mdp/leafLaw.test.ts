import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import { reweightKl } from '../numerics/reweightKl.ts';
import { leafLaw } from './leafLaw.ts';

describe('leaf laws under a leaf policy', () => {
  const spec = { family: 'studentT' as const, df: 3 };
  const q = build(spec);

  it('two-piece: KL and mean equal the quadrature of the reweighted density (second way)', () => {
    for (const [t, p] of [[2, 0.3], [10, 0.01], [100, 1e-3]] as const) {
      const law = leafLaw(spec, { kind: 'twoPiece', t, mass: p });
      const logA = Math.log1p(-p) - q.logCdf(t);
      const logB = Math.log(p) - q.logSf(t);
      const r = reweightKl({ logPdf: (x) => q.logPdf(x), lower: -Infinity, upper: Infinity }, (x) => (x > t ? logB : logA), { breakpoints: [t] });
      expect(Math.abs(law.kl - r.kl), `KL at t=${t}, p=${p}: ${law.kl} vs ${r.kl}`).toBeLessThan(1e-9);
      expect(Math.abs(law.mean - r.mean!), `mean at t=${t}, p=${p}: ${law.mean} vs ${r.mean}`).toBeLessThan(1e-8);
      expect(Math.abs(law.logSf(t) - Math.log(p)), `log P(X > t) at t=${t}`).toBeLessThan(1e-12);
    }
  });

  it('conditionings (mass 1 and 0): KL −log F̄(t) and −log F(t)', () => {
    expect(leafLaw(spec, { kind: 'twoPiece', t: 5, mass: 1 }).kl).toBeCloseTo(-q.logSf(5), 14);
    expect(leafLaw(spec, { kind: 'twoPiece', t: 5, mass: 1 }).mean).toBeCloseTo(q.tailMean(5), 12);
    expect(leafLaw(spec, { kind: 'twoPiece', t: 5, mass: 0 }).kl).toBeCloseTo(-q.logCdf(5), 14);
  });

  it('tilt of N(0, σ²) by θ: mean θσ², KL θ²σ²/2; a heavy law cannot be tilted (KL ∞)', () => {
    const law = leafLaw({ family: 'normal', mu: 0, sigma: 2 }, { kind: 'tilt', theta: 0.5 });
    expect(law.mean).toBeCloseTo(2, 13);
    expect(law.kl).toBeCloseTo(0.5, 13);
    expect(leafLaw(spec, { kind: 'tilt', theta: 0.1 }).kl).toBe(Infinity);
  });

  it('a tilt whose tilted law underflows (Poisson λ = 3 at θ = −800: λe^θ = 0 in doubles) gives NaN mean and logSf, not a throw', () => {
    const spec3 = { family: 'poisson' as const, lambda: 3 };
    for (const theta of [-800, -1e6]) {
      const law = leafLaw(spec3, { kind: 'tilt', theta });
      expect(Number.isNaN(law.mean), `mean at θ=${theta}, λ=3: ${law.mean}`).toBe(true);
      expect(Number.isNaN(law.logSf(0)), `logSf(0) at θ=${theta}, λ=3`).toBe(true);
      // KL = θΛ'(θ) − Λ(θ) → λ as θ → −∞ (the tilted law tends to the point mass at 0: KL = −log P(X = 0) = λ)
      expect(Math.abs(law.kl - 3), `KL at θ=${theta}, λ=3: ${law.kl}`).toBeLessThan(1e-12);
    }
    const ok = leafLaw(spec3, { kind: 'tilt', theta: -2 });
    expect(Math.abs(ok.mean - 3 * Math.exp(-2)), 'mean at θ=−2, λ=3 (λe^θ)').toBeLessThan(1e-14);
  });
});
