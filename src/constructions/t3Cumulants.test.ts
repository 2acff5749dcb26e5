import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { cumulantsOf } from './t3Cumulants.ts';

/**
 * A mixture (1 − w)·N(0, 1) + w·A with a narrow piece A far below (at a = −1e6): for λ ≳ 7.5e-4 the tilt
 * e^{λx} empties A (its tilted weight π_A = w·e^{λ(a − μ)}/E e^{λ(X−μ)} underflows to 0), yet A still moves the
 * tilted mean by about −w·(a − μ) ≈ +1 relative to μ: its mass left, and μ counted it.
 * Independent computation: E_λ[X] = Σ_k π_k m_k(λ) with log π_k = log w_k + log M_k(λ) − logsumexp, and
 * N(m, s²) has log M(λ) = λm + λ²s²/2, tilted mean m + λs²; then Λ′ = E_λ[X] − μ, Λ = logsumexp − λμ,
 * KL = λΛ′ − Λ (claims.md §2 T3).
 */
function reference(w: number, a: number, s: number, l: number) {
  const mu = w * a;
  const logs = [Math.log1p(-w) + l * l / 2, Math.log(w) + l * a + l * l * s * s / 2];
  const means = [l, a + l * s * s];
  const top = Math.max(...logs);
  const z = logs.reduce((acc, x) => acc + Math.exp(x - top), 0);
  const tilted = logs.reduce((acc, x, k) => acc + Math.exp(x - top) * means[k], 0) / z;
  const shift = tilted - mu;
  const logMgf = top + Math.log(z) - l * mu;
  return { shift, logMgf, kl: l * shift - logMgf };
}

describe('mixture cumulants: a component the tilt empties still shifts the mean', () => {
  const w = 1e-6, a = -1e6;
  it.each<[string, DistributionSpec, number]>([
    ['an atom', { family: 'pointMass', x: a }, 0],
    ['N(a, 1e-3²)', { family: 'normal', mu: a, sigma: 1e-3 }, 1e-3],
  ])('%s at −1e6 with weight 1e-6 beside N(0, 1)', (_, piece, s) => {
    const c = cumulantsOf(build({ family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, piece], weights: [1 - w, w] }));
    for (const l of [1e-4, 1e-3, 1e-2, 0.3, 2]) {
      const ref = reference(w, a, s, l);
      const sh = c.shift(l), kl = c.tiltKl(l);
      const msg = (what: string, got: number, want: number) => `${what}(${l}) for (1−${w})N(0,1) + ${w}·${JSON.stringify(piece)}: ${got} vs ${want}`;
      expect(Math.abs(sh.value - ref.shift), msg('Λ′', sh.value, ref.shift)).toBeLessThan(1e-9 * Math.abs(ref.shift) + sh.error);
      expect(Math.abs(kl.value - ref.kl), msg('KL', kl.value, ref.kl)).toBeLessThan(1e-8 * Math.abs(ref.kl) + kl.error);
    }
  });
});
