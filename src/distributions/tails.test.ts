/**
 * The tail profiles (tails.ts) against what each family's own log F̄ does far out (claims.md §1). The class
 * is read from the local log-slope s(t) = d log F̄/dt at the points t₁, t₂ where log F̄ = −50 and −300:
 * - heavy (λ₊ = 0, long-tailed): s → 0, so |s(t₂)| < ½|s(t₁)| and |s(t₂)| < 0.01;
 * - exponential-type (0 < λ₊ < ∞): s → −λ₊, the same at t₁ and t₂ (10%) and within 2% of −λ₊ at t₂;
 * - ratio-light (F̄(t + 1)/F̄(t) → 0): s → −∞, so s(t₂) < 1.2·s(t₁);
 * and the power index −log F̄(t)/log t, constant for a regularly varying tail (≈ α at t₂, 3%) and growing for
 * one lighter than every power (λ₊ = 0, powerIndex = ∞). A bounded right end is the support's. The heavy
 * families here are all subexponential (regular variation; lognormal and Weibull k < 1 by Pitman's criterion).
 */
import { describe, it, expect } from 'vitest';
import { build } from './build.ts';
import type { Distribution, DistributionSpec } from './types.ts';

/** The t > max(1, median) where log F̄(t) = L, by bisection on log t (log F̄ is non-increasing). */
function tAtLogSf(d: Distribution, L: number): number {
  let lo = Math.log(Math.max(1, d.quantile(0.5))), hi = Math.log(1e300);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (d.logSf(Math.exp(mid)) > L) lo = mid; else hi = mid;
  }
  return Math.exp(hi);
}

/** d log F̄/dt by a forward difference over max(1, 1e-6·t) (≥ one lattice step for the integer families). */
function slope(d: Distribution, t: number): number {
  const h = Math.max(1, 1e-6 * t);
  return (d.logSf(t + h) - d.logSf(t)) / h;
}

const UNBOUNDED: DistributionSpec[] = [
  { family: 'studentT', df: 3 }, { family: 'pareto', xm: 1, alpha: 2.5 }, { family: 'lomax', alpha: 1.5, scale: 2 },
  { family: 'lognormal', mu: 0, sigma: 1 }, { family: 'weibull', k: 0.5, lambda: 1 }, { family: 'weibull', k: 1, lambda: 2 },
  { family: 'weibull', k: 2, lambda: 1 }, { family: 'logLogistic', alpha: 1, beta: 3 }, { family: 'frechet', alpha: 2 },
  { family: 'cauchy', loc: 0, scale: 1 }, { family: 'levy', c: 1 }, { family: 'normal', mu: 0, sigma: 1 },
  { family: 'exponential', rate: 2 }, { family: 'gamma', shape: 3, rate: 0.5 }, { family: 'laplace', mu: 0, b: 2 },
  { family: 'logistic', mu: 0, s: 0.5 }, { family: 'gumbel', mu: 0, beta: 2 }, { family: 'zeta', s: 3 },
  { family: 'geometric', p: 0.3 }, { family: 'poisson', lambda: 2 },
];

const BOUNDED: DistributionSpec[] = [
  { family: 'uniform', a: 0, b: 1 }, { family: 'beta', alpha: 2, beta: 3 }, { family: 'pointMass', x: 1 },
  { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] },
];

describe('tail profiles agree with the far tail of log F̄', () => {
  for (const spec of UNBOUNDED) {
    it(JSON.stringify(spec), () => {
      const d = build(spec);
      const p = d.tails.right;
      const t1 = tAtLogSf(d, -50), t2 = tAtLogSf(d, -300);
      const s1 = slope(d, t1), s2 = slope(d, t2);
      const a1 = -d.logSf(t1) / Math.log(t1), a2 = -d.logSf(t2) / Math.log(t2);
      const at = `${JSON.stringify(spec)}: t₁ = ${t1}, t₂ = ${t2}, s = ${s1}, ${s2}, index ${a1}, ${a2}`;
      expect(p.bounded, at).toBe(false);
      expect(d.support.upper, at).toBe(Infinity);
      const heavy = Math.abs(s2) < 0.5 * Math.abs(s1) && Math.abs(s2) < 0.01;
      const exponential = Math.abs(s2 / s1 - 1) < 0.1 && s2 < -1e-3;
      const ratioLight = s2 < 1.2 * s1 && s2 < 0;
      expect([heavy, exponential, ratioLight].filter(Boolean).length, `exactly one class: ${at}`).toBe(1);
      if (heavy) {
        expect(p, at).toMatchObject({ tailClass: 'heavy', mgfSup: 0, heavyPaper: true, longTailed: true, subexponential: true, ratioLight: false });
        if (a2 > 1.3 * a1) expect(p.powerIndex, `lighter than every power: ${at}`).toBe(Infinity);
        else expect(Math.abs(a2 / p.powerIndex - 1), `power index: ${at}`).toBeLessThan(0.03);
      } else {
        expect(p.powerIndex, at).toBe(Infinity);
        expect(p, at).toMatchObject({ heavyPaper: false, longTailed: false, subexponential: false });
      }
      if (exponential) {
        expect(p, at).toMatchObject({ tailClass: 'light', ratioLight: false });
        expect(Math.abs(-s2 / p.mgfSup - 1), `λ₊: ${at}`).toBeLessThan(0.02);
      }
      if (ratioLight) expect(p, at).toMatchObject({ tailClass: 'stronglyLight', mgfSup: Infinity, ratioLight: true });
    });
  }
  for (const spec of BOUNDED) {
    it(`${JSON.stringify(spec)}: bounded above`, () => {
      const d = build(spec);
      expect(Number.isFinite(d.support.upper)).toBe(true);
      expect(d.logSf(d.support.upper)).toBe(-Infinity);
      expect(d.tails.right).toMatchObject({
        bounded: true, ratioLight: true, mgfSup: Infinity, tailClass: 'stronglyLight',
        heavyPaper: false, longTailed: false, subexponential: false, powerIndex: Infinity,
      });
    });
  }
});
