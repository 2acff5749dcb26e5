import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import { tailMixtureWitness } from './t3MixtureWitness.ts';

/**
 * The exact shift and KL of P = (1 − p)Q + p·Q(· | X > t) for Q = Pareto(x_m, α), t ≥ x_m, independently of the
 * construction: E_Q[X | X > t] = αt/(α − 1), μ = αx_m/(α − 1), F̄(t) = (x_m/t)^α; dP/dQ = 1 − p below t and
 * r₁ = 1 − p + p/F̄ above, so D = (F̄(1 − p) + p)·log r₁ + (1 − F̄)(1 − p)·log(1 − p).
 */
function paretoMixtureExact(xm: number, alpha: number, t: number, p: number): { shift: number; kl: number } {
  const mu = (alpha * xm) / (alpha - 1);
  const logF = -alpha * Math.log(t / xm);
  const F = Math.exp(logF);
  const logR1 = Math.max(Math.log(p) - logF, Math.log1p(-p)) + Math.log1p(Math.exp(-Math.abs(Math.log(p) - logF - Math.log1p(-p))));
  const kl = (F * (1 - p) + p) * logR1 - Math.expm1(logF) * (1 - p) * Math.log1p(-p);
  return { shift: p * ((alpha * t) / (alpha - 1) - mu), kl };
}

describe('tailMixtureWitness', () => {
  test.prop([logUniform(1e-2, 1e2), fc.double({ min: 1.05, max: 5, noNaN: true }), logUniform(1e-3, 1e3), logUniform(1e-12, 1e-2)])(
    'Pareto (heavy): a witness exists, and its certified bounds hold against the exact shift and KL',
    (xm, alpha, K, eps) => {
      const q = build({ family: 'pareto', xm, alpha });
      const w = tailMixtureWitness(q, K, eps);
      const what = `Pareto(xm=${xm}, α=${alpha}), K=${K}, ε=${eps}`;
      expect(w, `no witness for ${what}`).toBeDefined();
      const exact = paretoMixtureExact(xm, alpha, w!.t, w!.p);
      const at = `${what}: t=${w!.t}, p=${w!.p}, exact shift ${exact.shift}, exact KL ${exact.kl}`;
      expect(exact.shift, `shift > K (${at})`).toBeGreaterThan(K);
      expect(exact.kl, `KL < ε (${at})`).toBeLessThan(eps);
      expect(w!.shiftLower, `shiftLower ≤ shift (${at})`).toBeLessThanOrEqual(exact.shift);
      expect(w!.klUpper, `klUpper ≥ KL (${at})`).toBeGreaterThanOrEqual(exact.kl * (1 - 1e-9));
    },
  );

  it('Pareto(1, α = 4), K = 1, ε = 1e-10: the KL bound p·y(t) is within a factor 4/3 of the exact KL, and above it', () => {
    const w = tailMixtureWitness(build({ family: 'pareto', xm: 1, alpha: 4 }), 1, 1e-10)!;
    const exact = paretoMixtureExact(1, 4, w.t, w.p);
    expect(w.klUpper, `t=${w.t}, p=${w.p}, exact KL ${exact.kl}`).toBeGreaterThanOrEqual(exact.kl);
    expect(w.klUpper, `t=${w.t}, p=${w.p}, exact KL ${exact.kl}`).toBeLessThan((4 / 3) * 1.05 * exact.kl);
  });

  it('finds none where Donsker–Varadhan excludes one: Exp(1), K = 1 > B(1e-4) ≈ 0.0142', () => {
    expect(tailMixtureWitness(build({ family: 'exponential', rate: 1 }), 1, 1e-4)).toBeUndefined();
  });

  it('a heavy left tail, through the reflection: −Lomax(α = 1.5) seen as the law of −V', () => {
    const minusV = build({ family: 'affine', base: { family: 'affine', base: { family: 'lomax', alpha: 1.5, scale: 1 }, loc: 0, scale: -1 }, loc: 0, scale: -1 });
    const w = tailMixtureWitness(minusV, 0.3, 1e-12);
    expect(w, 'witness for −(−Lomax(1.5)), K = 0.3, ε = 1e-12').toBeDefined();
    expect(w!.klUpper, `klUpper ${w!.klUpper}`).toBeLessThan(1e-12);
    expect(w!.shiftLower, `shiftLower ${w!.shiftLower}`).toBeGreaterThan(0.3);
  });
});
