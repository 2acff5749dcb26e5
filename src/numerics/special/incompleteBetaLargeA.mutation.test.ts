import { describe, expect, it } from 'vitest';
import { logScaledError, relativeError } from '../tolerance.ts';
import { logIbeta } from './incompleteBeta.ts';
import { largeAHalfSeriesTimesU } from './incompleteBetaLargeA.ts';

/**
 * Mutation-driven checks for incompleteBetaLargeA.ts (BGRAT; session 7, survivors of run "ibeta-all").
 * Reference values from mpmath, dps = 60.
 */

function callLogIbeta(a: number, b: number, lx: number): number {
  const x = Math.exp(lx);
  const y = -Math.expm1(lx);
  return logIbeta(a, b, x, y, lx, Math.log(y));
}

/**
 * [a, b, log x, log I_x(a, b)]: log1p(−betainc(b, a, 0, −expm1(log x), regularized=True)) (x past the threshold).
 * Listed in this order on purpose: the same a with b changing from call to call (G(a, b) is cached for the last
 * (a, b)), and b ≠ ½ with 1 ≤ u = −T·log x < b + 1 (J_0 from the regularised Γ tail, not the Legendre fraction).
 */
const SAME_A_CHANGING_B: readonly (readonly [number, number, number, number])[] = [
  [15, 0.5, -0.01, -0.5327226064569903597],
  [15, 0.9, -0.01, -0.19273622016822032299],
  [15, 0.3, -0.05, -2.0683763997862993208],
  [15, 0.5, -0.2, -4.1917825073511993886],
  [16.5, 0.9, -0.1, -1.8026186041741301752],
  [16.5, 0.7, -0.08, -1.7922967402713757477],
  [40, 0.8, -0.04, -1.9251765962302200802],
];

describe('logIbeta by BGRAT against mpmath', () => {
  it('same a, different b in successive calls; 1 ≤ u < b + 1: ≤ 2e-14 log-scaled', () => {
    for (const [a, b, lx, ref] of SAME_A_CHANGING_B) {
      const got = callLogIbeta(a, b, lx);
      expect(logScaledError(got, ref), `logIbeta(${a}, ${b}, log x = ${lx}) = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(2e-14);
    }
  });
  // T = 1e100 − ¼ rounds to 1e100, so u = −T·log x is exactly 1 (the switch between the two forms of the
  // series coefficients). Here I → Q(½, u) = erfc(1) up to O(1/T²) = 1e-200: mpmath log(erfc(1)).
  it('u = 1 exactly (a = 1e100, b = ½, log x = −1e-100): log I = log erfc(1) to 1e-15', () => {
    const got = callLogIbeta(1e100, 0.5, -1e-100);
    expect(logScaledError(got, -1.849605509933248248576018), `logIbeta(1e100, 0.5, log x = -1e-100) = ${got}`).toBeLessThanOrEqual(1e-15);
  });
});

/**
 * largeAHalfSeriesTimesU(a, log x) = u·S, with I_x(a, ½) = e^{−u}√u·Γ(a + ½)/(√π·Γ(a)·√T)·S, T = a − ¼,
 * u = −T·log x. References: u·S = I·√π·Γ(a)·√T·e^u·√u/Γ(a + ½), I = betainc(a, ½, 0, x) (mpmath, dps = 60;
 * for log x subnormal, I = 1 − betainc(½, a, 0, −expm1(log x))). [a, log x, u·S]; u from 0.05 to 10, and u
 * ≈ 2e-309 (subnormal, 48 bits; log u formed as log T + log(−log x)), and log x = −5e-324, where u = −T·log x
 * keeps ~5 bits: u·S = √(πu)(1 + …) came out 0.63% off at a = 20 until √u was formed as √T·√(−log x).
 */
const HALF_SERIES: readonly (readonly [number, number, number])[] = [
  [20, -0.002531645569620253, 0.3132354998457626629574571],
  [20, -0.02531645569620253, 0.6555999019225258198599846],
  [20, -0.0759493670886076, 0.8097968124485401045006006],
  [20, -0.10075949367088607, 0.8417978970819499819665356],
  [20, -0.1518987341772152, 0.8813763178282037383670739],
  [20, -0.5063291139240507, 0.9499431439997639576310569],
  [100, -0.0005012531328320802, 0.3132515261143244731673463],
  [100, -0.01994987468671679, 0.8421864286561912712298782],
  [100, -0.10025062656641603, 0.9558443830349426900800042],
  [1000, -5.001250312578145e-5, 0.3132521737728181823017046],
  [1000, -0.0019904976244061014, 0.8422021344168985995526603],
  [1000, -0.010002500625156289, 0.9560842009579264140231897],
  [20, -1e-310, 7.876641811173887936377272e-155],
  [1e10, -1e-310, 1.772453850883357646678577e-150],
  [20, -5e-324, 1.7507874502346773704e-161],
];

describe('largeAHalfSeriesTimesU against mpmath', () => {
  it('is u·S to 1e-14 relative, for u from subnormal to 10', () => {
    for (const [a, lx, ref] of HALF_SERIES) {
      const got = largeAHalfSeriesTimesU(a, lx);
      expect(relativeError(got, ref), `largeAHalfSeriesTimesU(${a}, ${lx}) = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(1e-14);
    }
  });
});
