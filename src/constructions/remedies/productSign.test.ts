import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { productMinusSign } from './productSign.ts';

/** A finite double as an exact rational m·2^e (m a BigInt), from its bits. */
function exact(x: number): { m: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  return expBits === 0 ? { m: sign * frac, e: -1074 } : { m: sign * (frac | (1n << 52n)), e: expBits - 1075 };
}

/** sign(x·y − z) in exact BigInt arithmetic (every term scaled to the common exponent). */
function exactSign(x: number, y: number, z: number): number {
  const a = exact(x), b = exact(y), c = exact(z);
  const ep = a.e + b.e, e = Math.min(ep, c.e);
  const d = ((a.m * b.m) << BigInt(ep - e)) - (c.m << BigInt(c.e - e));
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

describe('productMinusSign: the exact sign of x·y − z', () => {
  it('0.1·3 < 0.30000000000000004 = fl(0.1·3): sign −1 where the rounded product says 0', () => {
    expect(0.1 * 3).toBe(0.30000000000000004);
    expect(productMinusSign(0.1, 3, 0.30000000000000004)).toBe(-1);
    expect(exactSign(0.1, 3, 0.30000000000000004)).toBe(-1);
  });

  it('an exact tie: 1·w = w, 0.5·6 = 3', () => {
    expect(productMinusSign(1, 0.7, 0.7)).toBe(0);
    expect(productMinusSign(0.5, 6, 3)).toBe(0);
  });

  // ties are what matter: z = fl(x·y), where only the exact error term decides
  test.prop([fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: -2, max: 2 })], { numRuns: 2000 })(
    'agrees with BigInt arithmetic at z = fl(x·y) and its neighbours',
    (x, y, steps) => {
      let z = x * y;
      for (let i = 0; i < Math.abs(steps); i++) z = steps > 0 ? z * (1 + Number.EPSILON) : z * (1 - Number.EPSILON / 2);
      expect(productMinusSign(x, y, z), `sign(${x}·${y} − ${z})`).toBe(exactSign(x, y, z));
    },
  );
});
