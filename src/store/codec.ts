/**
 * Lossless, readable encoding of plain values for the counterexample store. JSON cannot hold NaN, ±Infinity
 * or −0 (claims.md §4), so those numbers become tagged objects {"$number": "NaN" | "Infinity" | "-Infinity" | "-0"};
 * every other double (subnormals included) round-trips through JSON's shortest decimal form exactly.
 * Objects are written with sorted keys so that equal values have equal text (and equal content hashes).
 */
import { createHash } from 'node:crypto';

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

const TAG = '$number';

/** Set an own property, even one named "__proto__" (plain assignment would set the prototype instead). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function encodeValue(value: unknown): Encoded {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { [TAG]: 'NaN' };
    if (value === Infinity) return { [TAG]: 'Infinity' };
    if (value === -Infinity) return { [TAG]: '-Infinity' };
    if (Object.is(value, -0)) return { [TAG]: '-0' };
    return value;
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value === 'object') {
    const out: { [key: string]: Encoded } = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) define(out, key, encodeValue(v));
    }
    return out;
  }
  throw new TypeError(`cannot encode a value of type ${typeof value} (only plain data is stored)`);
}

const SPECIAL: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

export function decodeValue(encoded: unknown): unknown {
  if (encoded === null || typeof encoded !== 'object') return encoded;
  if (Array.isArray(encoded)) return encoded.map(decodeValue);
  const keys = Object.keys(encoded);
  if (keys.length === 1 && keys[0] === TAG) {
    const tag = (encoded as Record<string, unknown>)[TAG];
    if (typeof tag !== 'string' || !(tag in SPECIAL)) throw new TypeError(`unknown ${TAG} tag ${JSON.stringify(tag)}`);
    return SPECIAL[tag];
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) define(out, key, decodeValue((encoded as Record<string, unknown>)[key]));
  return out;
}

/** Canonical text: sorted keys, tagged special numbers, two-space indentation. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(encodeValue(value), null, 2);
}

/** First 16 hex digits of the SHA-256 of the canonical text. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(encodeValue(value))).digest('hex').slice(0, 16);
}
