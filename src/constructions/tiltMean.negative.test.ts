/**
 * Λ′(θ) for θ < 0 of the positive families integrated in their standard variable (standardizedPositive.ts):
 * in x the quadrature missed a narrow body (Weibull k = 0.034 at θ = −1 gave NaN, so the tilt's KL was NaN
 * while its log MGF was finite). References from mpmath (dps 30): E[X e^{θX}]/E[e^{θX}] by quad in the same
 * w-representation on split intervals; the log-logistic at α = 1e-50 is E[X] = α·(π/β)/sin(π/β) (the tilt
 * only reaches w ≈ 11500), and Weibull(50, 1e-50) was re-checked by quad in y = e^w.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { tiltedMean } from './tiltMean.ts';
import { tiltKl } from './tilt.ts';

const references: Array<[DistributionSpec, number, number]> = [
  [{ family: 'weibull', k: 0.033618331660357596, lambda: 1 }, -1, 0.019766782472042952024],
  [{ family: 'weibull', k: 2, lambda: 1 }, -1, 0.70090455787039841906],
  [{ family: 'weibull', k: 50, lambda: 1e-50 }, -1e50, 9.88210723105133725191e-51],
  [{ family: 'lognormal', mu: 0, sigma: 1 }, -1, 0.67806611460155753797],
  [{ family: 'lognormal', mu: -50, sigma: 0.01 }, -1e20, 1.9288425672440989308e-22],
  [{ family: 'frechet', alpha: 2, s: 1, m: -3 }, -0.5, -1.8201205972262395323],
  [{ family: 'lomax', alpha: 3, scale: 1 }, -2, 0.20423494440614043305],
  [{ family: 'lomax', alpha: 0.5, scale: 1e-50 }, -1, 8.8622692545287142074e-26],
  [{ family: 'logLogistic', alpha: 1, beta: 3 }, -1, 0.8513537025319217517],
  [{ family: 'logLogistic', alpha: 1e-50, beta: 100 }, -1, 1.00016451234931272166e-50],
];

describe('tiltedMean for θ < 0 of the positive families, against mpmath', () => {
  it.each(references)('%j at θ = %d', (spec, theta, reference) => {
    const got = tiltedMean(build(spec), theta);
    expect(Math.abs(got - reference) / Math.abs(reference), `tiltedMean(${JSON.stringify(spec)}, θ=${theta}) = ${got}, mpmath ${reference}`).toBeLessThan(1e-12);
  });

  it('the tilt of a reflected heavy Weibull has a finite KL (θΛ′ − Λ ≥ 0) wherever its log MGF is finite', () => {
    const q = build({ family: 'affine', base: { family: 'weibull', k: 0.033618331660357596, lambda: 1 }, loc: 0, scale: -1 });
    for (const theta of [0.1, 0.5, 1, 2]) {
      const lam = q.logMgf(theta);
      const kl = tiltKl(q, theta);
      expect(Number.isFinite(lam) && Number.isFinite(kl) && kl >= 0, `θ=${theta}: Λ=${lam}, KL=${kl}`).toBe(true);
    }
  });

  it('Λ′(−∞) is inf X (0, or m for Fréchet) and Λ′ is NaN for NaN θ', () => {
    expect(tiltedMean(build({ family: 'weibull', k: 0.5, lambda: 2 }), -Infinity)).toBe(0);
    expect(tiltedMean(build({ family: 'frechet', alpha: 2, s: 1, m: 3 }), -Infinity)).toBe(3);
    expect(tiltedMean(build({ family: 'lomax', alpha: 2, scale: 1 }), NaN)).toBeNaN();
  });
});
