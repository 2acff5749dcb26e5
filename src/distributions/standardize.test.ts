import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { logAbsDifference, standardize } from './standardize.ts';

describe('standardize: z = (x − loc)/scale', () => {
  test.prop([
    fc.double({ min: -1e300, max: 1e300, noNaN: true }),
    fc.double({ min: -1e300, max: 1e300, noNaN: true }),
    fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
  ])('is the plain quotient wherever x − loc is finite', (x, loc, scale) => {
    expect(standardize(x, loc, scale), `standardize(${x}, ${loc}, ${scale})`).toBe((x - loc) / scale);
  });

  it('stays finite and right where x − loc overflows but z does not', () => {
    // z = 1e308/1e300 + 1e308/1e300 in exact arithmetic of the doubles: 2e8 to within 2 ulps
    for (const [x, loc, scale, z] of [
      [1e308, -1e308, 1e300, 2e8],
      [-1.5e308, 1e308, 1e305, -2500],
      [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_VALUE, 2],
    ]) {
      const got = standardize(x, loc, scale);
      expect(Math.abs(got - z) / Math.abs(z), `standardize(${x}, ${loc}, ${scale}) = ${got}, want ${z}`).toBeLessThan(5e-16);
    }
  });

  it('is ±Infinity only when z exceeds the double range, and NaN in gives NaN out', () => {
    expect(standardize(1e308, -1e308, 1e-10)).toBe(Infinity);
    expect(standardize(-1e308, 1e308, 0.5)).toBe(-Infinity);
    expect(standardize(Infinity, 1e308, 1e300)).toBe(Infinity);
    expect(standardize(-Infinity, -1e308, 1)).toBe(-Infinity);
    expect(standardize(NaN, 0, 1)).toBeNaN();
    expect(standardize(1, NaN, 1)).toBeNaN();
    expect(standardize(1, 0, NaN)).toBeNaN();
  });
});

describe('logAbsDifference: log|x − y|', () => {
  it('is log|x − y| where that is finite, and right where x − y overflows', () => {
    expect(logAbsDifference(3, 5)).toBe(Math.log(2));
    expect(logAbsDifference(-1e300, 1e300)).toBe(Math.log(2e300));
    // log 3e308 = log 3 + 308·log 10 (exact value 709.4077…; the doubles 1.5e308 differ from 1.5·10^308 by < 1e-16)
    const want = Math.log(3) + 308 * Math.LN10;
    expect(Math.abs(logAbsDifference(1.5e308, -1.5e308) - want) / want, 'x − y = 3e308').toBeLessThan(4e-16);
    expect(Math.abs(logAbsDifference(-1.5e308, 1.5e308) - want) / want, 'y − x = 3e308').toBeLessThan(4e-16);
    expect(logAbsDifference(1, 1)).toBe(-Infinity);
  });
});
