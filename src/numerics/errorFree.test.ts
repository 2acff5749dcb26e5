import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isExactAffine, isExactSum, sumError, twoProduct, twoSum } from './errorFree.ts';

/** x·2^1074 as a BigInt (every finite double is an integer multiple of 2^−1074). */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = exp === 0 ? frac : frac | (1n << 52n);
  return sign * (mant << BigInt(Math.max(exp, 1) - 1));
}

/** Doubles over many binades, including exact small integers and huge or tiny magnitudes that still multiply finitely. */
const double = fc.oneof(
  fc.double({ min: -1e150, max: 1e150, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e-140, max: 1e-140, noNaN: true }),
);

describe('error-free transformations (Ogita, Rump & Oishi 2005)', () => {
  test.prop([double, double])('two-sum: a + b = s + e exactly, s = fl(a + b)', (a, b) => {
    const [s, e] = twoSum(a, b);
    expect(s, `fl(${a} + ${b})`).toBe(a + b);
    expect(scaled(s) + scaled(e), `a + b = s + e for a=${a}, b=${b}`).toBe(scaled(a) + scaled(b));
    expect(sumError(a, b)).toBe(e);
    expect(isExactSum(a, b), `exact sum a=${a}, b=${b}`).toBe(e === 0);
  });
  test.prop([double, double])('two-product: a·b = p + e exactly (products away from under/overflow)', (a, b) => {
    const [p, e] = twoProduct(a, b);
    fc.pre(a === 0 || b === 0 || (Math.abs(p) > 1e-290 && Math.abs(p) < 1e290));
    expect(p).toBe(a * b);
    // scaled(a)·scaled(b) = a·b·2^2148; p and e are scaled by 2^1074 once more
    expect((scaled(p) + scaled(e)) << 1074n, `a·b = p + e for a=${a}, b=${b}`).toBe(scaled(a) * scaled(b));
  });
  it('exact and inexact sums and affine maps', () => {
    expect(isExactSum(1, 2)).toBe(true);
    expect(isExactSum(1, 2 ** -60)).toBe(false);
    expect(sumError(1, 2 ** -60)).toBe(2 ** -60);
    expect(isExactSum(Number.MAX_VALUE, Number.MAX_VALUE), 'overflow is not exact').toBe(false);
    expect(isExactAffine(1, 3, 0.5)).toBe(true);
    expect(isExactAffine(0, 0.1, 3), '0.1·3 rounds').toBe(false);
    expect(isExactAffine(1e16, 1, 1), '1e16 + 1 rounds').toBe(false);
    expect(isExactAffine(0, 1e300, 1e10), 'an infinite product is not exact').toBe(false);
  });
});

describe('isExactSum where a − b overflows but a + b does not', () => {
  it('1e308 + (−1e308) = 0 exactly; 1e308 + 1e308 overflows', () => {
    expect(isExactSum(1e308, -1e308)).toBe(true);
    expect(isExactSum(-Number.MAX_VALUE, Number.MAX_VALUE)).toBe(true);
    expect(isExactSum(1e308, 1e308)).toBe(false);
  });
});
