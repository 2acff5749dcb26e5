import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { canonicalJson, contentHash, decodeValue, encodeValue } from './codec.ts';

const roundTrip = (v: unknown) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v))));

describe('store codec', () => {
  it('keeps NaN, ±Infinity, −0 and subnormals', () => {
    const v = { a: NaN, b: Infinity, c: -Infinity, d: -0, e: 5e-324, f: [1.5, -0, 2.2250738585072014e-308] };
    const back = roundTrip(v) as typeof v;
    expect(Number.isNaN(back.a)).toBe(true);
    expect(back.b).toBe(Infinity);
    expect(back.c).toBe(-Infinity);
    expect(Object.is(back.d, -0)).toBe(true);
    expect(back.e).toBe(5e-324);
    expect(Object.is(back.f[1], -0)).toBe(true);
    expect(back.f[2]).toBe(2.2250738585072014e-308);
  });

  test.prop([fc.jsonValue(), fc.double()])('round-trips any JSON value and any double, bit for bit', (json, x) => {
    expect(roundTrip(json)).toEqual(json);
    expect(Object.is(roundTrip(x), x)).toBe(true);
  });

  it('hashes equal values equally whatever the key order, and different values differently', () => {
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 0 })).not.toBe(contentHash({ a: -0 }));
    expect(canonicalJson({ b: 1, a: NaN })).toBe('{\n  "a": {\n    "$number": "NaN"\n  },\n  "b": 1\n}');
  });

  it('keeps a key named __proto__ as data', () => {
    const v = JSON.parse('{"__proto__": 0, "a": {"__proto__": [1]}}');
    expect(roundTrip(v)).toEqual(v);
    expect(Object.keys(roundTrip(v) as object)).toEqual(['__proto__', 'a']);
  });

  it('rejects an unknown tag and non-plain values with a clear error', () => {
    expect(() => decodeValue({ $number: 'nope' })).toThrow(/unknown \$number tag "nope"/);
    expect(() => encodeValue(() => 1)).toThrow(/only plain data is stored/);
  });
});
