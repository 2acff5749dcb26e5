import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { bisectOrdinals, doubleOf, midOrdinal, moreThanOneApart, ordinalOf } from './doubleOrdinal.ts';

// The BigInt ordinals that doubleOrdinal.ts replaces (thresholdGrid.ts before), as the reference.
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
const SIGN = -0x8000000000000000n;
const refOrdinal = (x: number): bigint => {
  f64[0] = x;
  return i64[0] >= 0n ? i64[0] : SIGN - i64[0];
};
const refDouble = (o: bigint): number => {
  i64[0] = o >= 0n ? o : SIGN - o;
  return f64[0];
};
const asBig = (o: { h: number; l: number }): bigint => BigInt(o.h) * 4294967296n + BigInt(o.l);
function refBisect(reached: (t: number) => boolean, lo0: number, hi0: number): number {
  let lo = refOrdinal(lo0);
  let hi = refOrdinal(hi0);
  while (hi - lo > 1n) {
    const mid = (lo + hi) >> 1n;
    if (reached(refDouble(mid))) hi = mid;
    else lo = mid;
  }
  return refDouble(hi);
}

const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('doubleOrdinal', () => {
  test.prop([anyDouble])('ordinalOf is the BigInt ordinal and doubleOf inverts it', (x) => {
    const o = ordinalOf(x);
    expect(asBig(o), `ordinalOf(${x}) = (${o.h}, ${o.l})`).toBe(refOrdinal(x));
    expect(o.l >= 0 && o.l < 4294967296 && Number.isInteger(o.h) && Number.isInteger(o.l), `parts of ${x}: (${o.h}, ${o.l})`).toBe(true);
    expect(Object.is(doubleOf(o), x === 0 ? 0 : x), `doubleOf(ordinalOf(${x}))`).toBe(true);
  });

  test.prop([anyDouble, anyDouble])('midOrdinal is ⌊(a + b)/2⌋ and moreThanOneApart is b − a > 1', (x, y) => {
    const [a, b] = [ordinalOf(x), ordinalOf(y)];
    const m = midOrdinal(a, b);
    expect(asBig(m), `mid of ${x}, ${y}`).toBe((refOrdinal(x) + refOrdinal(y)) >> 1n);
    expect(moreThanOneApart(a, b), `${y} − ${x} > 1 ulp-step`).toBe(refOrdinal(y) - refOrdinal(x) > 1n);
  });

  it('moreThanOneApart at adjacent, equal and two-apart doubles, across 0', () => {
    const next = (x: number) => refDouble(refOrdinal(x) + 1n);
    for (const x of [-1, -Number.MIN_VALUE, 0, 1, 2 ** 52, -Number.MAX_VALUE]) {
      expect(moreThanOneApart(ordinalOf(x), ordinalOf(x)), `${x}, ${x}`).toBe(false);
      expect(moreThanOneApart(ordinalOf(x), ordinalOf(next(x))), `${x}, next`).toBe(false);
      expect(moreThanOneApart(ordinalOf(x), ordinalOf(next(next(x)))), `${x}, next of next`).toBe(true);
    }
  });

  test.prop([anyDouble, fc.double({ min: 1e-300, max: 1e300, noNaN: true })])('bisectOrdinals visits the doubles of the BigInt bisection (monotone and stepped predicates)', (target, width) => {
    const lo = -Number.MAX_VALUE;
    const hi = 1e300;
    const monotone = (t: number) => t >= target;
    // a non-monotone predicate: the result then depends on the midpoints visited, so equality checks the path
    const stepped = (t: number) => Math.floor(t / width) % 2 === 0 === t >= target;
    for (const [name, p] of [['monotone', monotone], ['stepped', stepped]] as const) {
      if (!p(hi) || p(lo)) continue;
      expect(bisectOrdinals(p, lo, hi), `${name}: target ${target}, width ${width}`).toBe(refBisect(p, lo, hi));
    }
  });
});
