/**
 * Contracts of erfcx, erfc, erf, logErfc and expNegSquare (erfcx.ts; numerics.md §4.1; DLMF 7.2, 7.4.2):
 * the values at 0 and ±∞, NaN, the reflection for x < 0 and its overflow, the series/complement switch of
 * erf at ½, and the exact-square splitting of e^{−x²}. Reference values: mpmath at 40 digits of
 * exp(x²)·erfc(x), erfc, erf, log(erfc(x)) and exp(−x²) at the exact doubles shown.
 */
import { describe, it, expect } from 'vitest';
import { relativeError } from '../tolerance.ts';
import { erf, erfc, erfcx, expNegSquare, logErfc } from './erfcx.ts';

const within = (got: number, ref: number, tol: number, label: string): void => {
  expect(relativeError(got, ref), `${label} = ${got}, mpmath ${ref}`).toBeLessThanOrEqual(tol);
};

describe('erfcx', () => {
  it('edge values: 1 at 0 (to 1 ulp), 0 at +∞, +∞ at −∞ and below ≈ −26.6, NaN for NaN', () => {
    expect(Math.abs(erfcx(0) - 1), `erfcx(0) = ${erfcx(0)}`).toBeLessThanOrEqual(Number.EPSILON);
    expect(erfcx(Infinity)).toBe(0);
    expect(erfcx(-Infinity)).toBe(Infinity);
    expect(erfcx(-27.5)).toBe(Infinity);
    expect(erfcx(NaN)).toBeNaN();
  });
  it('values on both sides of 0 (x < 0 by 2e^{x²} − erfcx(−x)) and far out', () => {
    const REF: [number, number][] = [[0.3, 0.7345993345676551499198], [1, 0.4275835761558070044108], [-1, 5.00898008076228346631], [30, 0.01879588886141675149713], [1e10, 5.641895835477562869453e-11], [-26, 7.657724931490568351527e293]];
    for (const [x, ref] of REF) within(erfcx(x), ref, 2e-15, `erfcx(${x})`);
  });
});

describe('erfcx for x < 0 at arguments whose square is not a double', () => {
  it('2e^{x²} − erfcx(−x) with e^{x²} from the exact split x = hi + lo (hi² exact, 2·hi·lo + lo² kept)', () => {
    // mpmath at 50 digits: exp(x²)·erfc(x). Rounding x² first would cost x²·2^−53 relative (~5e-14 at −20.1).
    const REF: [number, number][] = [[-0.7654321, 3.091851593568494993143599], [-5.4321, 13063688021860.79211305044], [-20.123456789, 1.479470054483181362129833e176], [-26.1, 1.402083934237924649184189e296]];
    for (const [x, ref] of REF) within(erfcx(x), ref, 2e-15, `erfcx(${x})`);
  });
});

describe('expNegSquare', () => {
  it('e^{−x²} without the rounding of x² (which alone would cost ~4e-14 at x = 20.1), even in x, 0 beyond 27.3', () => {
    within(expNegSquare(20.123456789), 1.351835404805576637735e-176, 4e-16, 'expNegSquare(20.123456789)');
    within(expNegSquare(-5.4321), 1.530961239010899386124e-13, 4e-16, 'expNegSquare(-5.4321)');
    expect(expNegSquare(0)).toBe(1);
    expect(expNegSquare(27.4)).toBe(0);
    expect(expNegSquare(-Infinity)).toBe(0);
  });
});

describe('erfc, erf, logErfc', () => {
  it('erfc: 1 at 0, 2 at −∞, 0 at +∞, 2 − erfc(−x) below 0, NaN for NaN', () => {
    expect(Math.abs(erfc(0) - 1), `erfc(0) = ${erfc(0)}`).toBeLessThanOrEqual(Number.EPSILON);
    expect(erfc(-Infinity)).toBe(2);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(NaN)).toBeNaN();
    within(erfc(-1), 1.842700792949714869341, 4e-16, 'erfc(-1)');
    within(erfc(0.2), 0.7772974107895215338235, 1e-15, 'erfc(0.2)');
    within(erfc(3), 0.00002209049699858544137278, 2e-15, 'erfc(3)');
    within(erfc(26), 5.663192408856142846476e-296, 4e-15, 'erfc(26)');
  });
  it('erf: odd, series below ½ (relative accuracy at 1e-10), 1 − erfc from ½ on, ±1 at ±∞', () => {
    const REF: [number, number][] = [[1e-10, 1.128379167095512615002e-10], [0.3, 0.3286267594591274161896], [-0.3, -0.3286267594591274161896], [0.49, 0.5116682611885230913289], [0.5, 0.5204998778130465376827], [2, 0.9953222650189527341621]];
    for (const [x, ref] of REF) within(erf(x), ref, 1e-15, `erf(${x})`);
    expect(erf(0) === 0).toBe(true);
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(erf(NaN)).toBeNaN();
  });
  it('logErfc: log 2 − … below 0, −x² + log erfcx(x) far out, −∞ at +∞, NaN for NaN', () => {
    const REF: [number, number][] = [[-1, 0.6112323176780704946427], [0.3, -0.3984300514400852725974], [3, -10.72036304198111256773], [1e150, -9.999999999999999616712e299]];
    for (const [x, ref] of REF) within(logErfc(x), ref, 1e-15, `logErfc(${x})`);
    expect(Math.abs(logErfc(0)), `logErfc(0) = ${logErfc(0)}`).toBeLessThanOrEqual(Number.EPSILON);
    expect(logErfc(Infinity)).toBe(-Infinity);
    expect(relativeError(logErfc(-Infinity), Math.LN2)).toBeLessThanOrEqual(2e-16);
    expect(logErfc(NaN)).toBeNaN();
  });
});
