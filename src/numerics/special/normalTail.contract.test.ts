/**
 * Contracts of the standard normal tail kernels (normalTail.ts; numerics.md §4.1 logPhic): values on both
 * sides of 0, ±∞ and NaN, logPhi = logPhic(−z), the log-density, and the Mills ratio including where it
 * overflows. Reference values: mpmath at 40 digits of log(ncdf(−z)) and ncdf(−z)/npdf(z).
 */
import { describe, it, expect } from 'vitest';
import { LOG_SQRT_2PI } from '../logspace.ts';
import { relativeError } from '../tolerance.ts';
import { logPhi, logPhic, logPhiDensity, millsRatio } from './normalTail.ts';

describe('logPhic and logPhi', () => {
  it('values: −ln 2 at 0, the z < 0 branch to relative accuracy (−7.6e-24 at z = −10), far right tail', () => {
    expect(relativeError(logPhic(0), -Math.LN2)).toBeLessThanOrEqual(2e-16);
    // [z, log Φ̄(z), relative tolerance] from mpmath (log(ncdf(−z)); for z ≤ −20 as −Φ(z) − Φ(z)²/2 at 60 digits).
    // For z < 0, e^{−z²/2} comes from a split of z: forming it as e^{−w²} with w = −z/√2 rounded first had
    // error growing like z²ε (3.7e-15 at z = −10, 3.3e-14 at −30).
    const REF: [number, number, number][] = [
      [-1, -0.1727537790234498895265, 1e-15], [-10, -7.619853024160526070429e-24, 1e-15],
      [-20, -2.753624118606233695075623e-89, 1e-15], [-30, -4.906713927148187059533809e-198, 1e-15],
      [-37, -5.725571222524576822683193e-300, 1e-15],
      [5, -15.06499839398872573608, 1e-15], [40, -804.6084420137537881666, 1e-15],
    ];
    for (const [z, ref, tol] of REF) {
      expect(relativeError(logPhic(z), ref), `logPhic(${z}) = ${logPhic(z)}`).toBeLessThanOrEqual(tol);
      expect(relativeError(logPhi(-z), ref), `logPhi(${-z}) = ${logPhi(-z)}`).toBeLessThanOrEqual(tol);
    }
  });
  it('z < 0 at arguments whose square is not a double: e^{−z²/2} must come from the exact split of z', () => {
    // [z, log Φ̄(z)] from mpmath at 60 digits: log1p(−ncdf(z)). At these z, z·z rounds, and the split
    // z = hi + lo (hi² exact, the cross term hi·lo and lo²/2 kept) is what keeps 1e-15 relative.
    const REF: [number, number][] = [
      [-30.123456789, -1.194547374001435243098338e-199], [-10.1, -2.762109471764516789374726e-24],
      [-5.4321, -2.784734789797917685493189e-8], [-1.2345678901234567, -0.1148449990077417812903584],
    ];
    for (const [z, ref] of REF) {
      expect(relativeError(logPhic(z), ref), `logPhic(${z}) = ${logPhic(z)}`).toBeLessThanOrEqual(1e-15);
    }
  });
  it('far left tail: Φ̄(z) = 1 − Φ(z) rounds to 1, so log Φ̄ = −Φ(z) underflows to −0, down to −MAX_VALUE', () => {
    // log1p(−x) for x below 2^−1074 is −0; in particular not NaN where z·(2^27 + 1) overflows (|z| > 1.34e300).
    for (const z of [-1e3, -1e300, -1e308, -Number.MAX_VALUE]) expect(logPhic(z) === 0, `logPhic(${z}) = ${logPhic(z)}`).toBe(true);
  });
  it('edge values: 0 at −∞, −∞ at +∞, NaN for NaN', () => {
    expect(logPhic(-Infinity) === 0).toBe(true);
    expect(logPhic(Infinity)).toBe(-Infinity);
    expect(logPhic(NaN)).toBeNaN();
    expect(logPhi(Infinity) === 0).toBe(true);
    expect(logPhi(-Infinity)).toBe(-Infinity);
    expect(logPhi(NaN)).toBeNaN();
  });
});

describe('logPhiDensity and millsRatio', () => {
  it('log φ(z) = −z²/2 − ½log 2π, even in z', () => {
    expect(logPhiDensity(2)).toBe(-2 - LOG_SQRT_2PI);
    expect(logPhiDensity(-3)).toBe(-4.5 - LOG_SQRT_2PI);
    expect(logPhiDensity(0)).toBe(-LOG_SQRT_2PI);
  });
  it('R(z) = Φ̄(z)/φ(z): √(π/2) at 0, ~1/z far right, large on the left, +∞ below ≈ −37.7', () => {
    expect(relativeError(millsRatio(0), Math.sqrt(Math.PI / 2))).toBeLessThanOrEqual(2e-16);
    const REF: [number, number][] = [[1, 0.6556795424187984715439], [1e6, 9.99999999999e-7], [-3, 225.3348962203491205794]];
    for (const [z, ref] of REF) expect(relativeError(millsRatio(z), ref), `millsRatio(${z}) = ${millsRatio(z)}`).toBeLessThanOrEqual(2e-15);
    expect(millsRatio(-40)).toBe(Infinity);
    expect(millsRatio(Infinity)).toBe(0);
    expect(millsRatio(NaN)).toBeNaN();
  });
});
