/**
 * standardizedPositive: each family's spec maps to its own standardized form (parameters included), checked through
 * the tilted mean (constructions/tiltMean.ts) and log MGF for θ < 0 against mpmath / closed forms.
 */
import { describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { lomaxLogMgf } from './lomax.ts';
import { standardizedPositive } from './standardizedPositive.ts';
import { tiltedMean } from '../constructions/tiltMean.ts';
import type { DistributionSpec } from './types.ts';

function expectRel(got: number, ref: number, tol: number, tag: string): void {
  expect(Math.abs(got - ref), `${tag} = ${got}, reference ${ref}`).toBeLessThanOrEqual(tol * Math.abs(ref));
}

describe('standardizedPositive', () => {
  it('uses the Fréchet scale s: tilted means at s ≠ 1 match mpmath', () => {
    // mpmath (dps 30): E[X e^{θX}]/E[e^{θX}] with X = s·Y^{−1/α}, Y ~ Exp(1), by quad in y on split intervals
    const cases: Array<[DistributionSpec, number, number]> = [
      [{ family: 'frechet', alpha: 2, s: 3, m: 0 }, -1, 2.34389894211847566595610732992956],
      [{ family: 'frechet', alpha: 3, s: 0.5, m: 0 }, -2, 0.535019881915023102587483313934921],
    ];
    for (const [spec, theta, ref] of cases) expectRel(tiltedMean(build(spec), theta), ref, 1e-12, `tiltedMean(${JSON.stringify(spec)}, θ=${theta})`);
  });

  it('integrates the Lomax in w: tilted mean at scale 1e-50 is E[X] − O(scale²) = 5e-51', () => {
    // Lomax(α = 3, scale = 1e-50) at θ = −1: Λ′ = E[X] − Var(X) + O(scale³) = 5e-51 − 7.5e-101 (E[X] = scale/(α − 1))
    expectRel(tiltedMean(build({ family: 'lomax', alpha: 3, scale: 1e-50 }), -1), 5e-51, 1e-12, 'tiltedMean(lomax α=3, scale=1e-50, θ=−1)');
  });

  it('keeps X = scale·expm1(e^w/α) to relative accuracy where e^w/α ~ 1e-300 (α = 1e300)', () => {
    // X = expm1(Y/α) ≈ Y/α, Y ~ Exp(1): log E[e^{−X}] = −1/α + O(α⁻²) = −1e-300 and Λ′(−1) = E[X] − O(α⁻²) = 1e-300,
    // both to relative O(1e-300) (E[X] = scale/(α − 1))
    expectRel(lomaxLogMgf(-1, 1e300, 1), -1e-300, 1e-13, 'lomaxLogMgf(−1; α=1e300, scale=1)');
    expectRel(tiltedMean(build({ family: 'lomax', alpha: 1e300, scale: 1 }), -1), 1e-300, 1e-13, 'tiltedMean(lomax α=1e300, scale=1, θ=−1)');
  });

  it('is undefined for families outside the five, with shift m for the Fréchet and 0 otherwise', () => {
    expect(standardizedPositive({ family: 'normal', mu: 0, sigma: 1 } as DistributionSpec), 'normal').toBeUndefined();
    expect(standardizedPositive({ family: 'frechet', alpha: 2, s: 1, m: 7 } as DistributionSpec)?.shift, 'frechet m=7 shift').toBe(7);
    expect(standardizedPositive({ family: 'weibull', k: 2, lambda: 1 } as DistributionSpec)?.shift, 'weibull shift').toBe(0);
  });
});
