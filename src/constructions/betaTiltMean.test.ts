import { describe, expect, it } from 'vitest';
import { relativeError } from '../numerics/tolerance.ts';
import { build } from '../distributions/build.ts';
import { betaTiltMean } from './betaTiltMean.ts';
import { tiltedMean } from './tiltMean.ts';

describe('betaTiltMean (Kummer series)', () => {
  // mpmath (40 digits): (α/(α+β))·hyp1f1(α+1, α+β+1, θ)/hyp1f1(α, α+β, θ)
  it.each([
    [1, 0.5, 1, 0.74629589819631553746],
    [1, 0.5, -3, 0.37381460408991717488],
    [2.5, 0.3, 50, 0.99417923469487402968],
    [0.2, 0.7, -200, 0.0010015113954682826504],
    [1, 0.5, 600, 0.99916666666666666667],
  ])('Beta(%d, %d) tilted by θ = %d: Λ′ = %d to 1e-13', (a, b, t, ref) => {
    expect(relativeError(betaTiltMean(t, a, b), ref), `betaTiltMean(${t}, ${a}, ${b}) = ${betaTiltMean(t, a, b)}`).toBeLessThan(1e-13);
  });
  it('is the mean at θ → 0, NaN for invalid parameters and beyond |θ| = 700', () => {
    expect(relativeError(betaTiltMean(1e-12, 2, 3), 0.4)).toBeLessThan(1e-11);
    expect(betaTiltMean(1, 0, 3)).toBeNaN();
    expect(betaTiltMean(1, 2, -1)).toBeNaN();
    expect(betaTiltMean(800, 2, 3)).toBeNaN();
  });
  it('tiltedMean uses it: Beta(1, ½) has an infinite density at 1, where quadrature gave NaN', () => {
    const q = build({ family: 'beta', alpha: 1, beta: 0.5 });
    expect(relativeError(tiltedMean(q, 1), 0.74629589819631553746), `tiltedMean = ${tiltedMean(q, 1)}`).toBeLessThan(1e-13);
  });
});
