/**
 * The built base law of a leaf, deduplicated by content within one MDP: every leaf spec object of the MDP is
 * mapped to one built Distribution per distinct spec, so a tree whose 100 leaves share two base laws builds
 * two distributions, not 100 (a build costs ~9 µs; buildCached.ts keys by object identity only).
 * A distribution is a pure function of its spec, so sharing one is exact. The map is scoped by the identity
 * of the MDP (a fresh MDP starts cold, as in a property run); specs not registered fall back to buildCached.
 * Equal content: a flat spec (every value a string, number or boolean) is compared field by field (===, same
 * keys in the same order) with the flat specs already seen in the MDP — no string is built; a spec with
 * nested values is keyed by its JSON text. Two specs found equal either way have the same JSON text (=== on
 * numbers only identifies 0 with −0, which JSON prints alike), so the sharing is as exact as before.
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import type { MdpSpec } from './types.ts';

const bySpec = new WeakMap<DistributionSpec, Distribution>();
const registered = new WeakSet<MdpSpec>();
const ACROSS = new Map<string, Distribution>();
const ACROSS_SIZE = 256;

/** Past this many distinct flat specs in one MDP the field-by-field scan gives way to JSON keys. */
const MAX_SCAN = 16;

/** The spec's keys when every value is a primitive (string, number, boolean), otherwise undefined. */
function flatKeys(spec: DistributionSpec): string[] | undefined {
  const keys = Object.keys(spec);
  const rec = spec as unknown as Record<string, unknown>;
  for (const k of keys) {
    const t = typeof rec[k];
    if (t !== 'number' && t !== 'string' && t !== 'boolean') return undefined;
  }
  return keys;
}

function sameFlat(a: Record<string, unknown>, aKeys: readonly string[], b: Record<string, unknown>, bKeys: readonly string[]): boolean {
  if (aKeys.length !== bKeys.length) return false;
  for (let k = 0; k < aKeys.length; k++) if (aKeys[k] !== bKeys[k] || a[aKeys[k]] !== b[bKeys[k]]) return false;
  return true;
}

/** Register every leaf base spec of `mdp` (idempotent per MDP object). */
export function registerLeafBases(mdp: MdpSpec): void {
  if (registered.has(mdp)) return;
  const byKey = new Map<string, Distribution>();
  const flat: { spec: Record<string, unknown>; keys: string[]; law: Distribution }[] = [];
  for (const s of mdp.states) {
    if (s.kind !== 'leaf' || bySpec.has(s.base)) continue;
    const keys = flatKeys(s.base);
    const rec = s.base as unknown as Record<string, unknown>;
    let d: Distribution | undefined;
    if (keys && flat.length < MAX_SCAN) {
      d = flat.find((f) => sameFlat(f.spec, f.keys, rec, keys))?.law;
      if (!d) flat.push({ spec: rec, keys, law: (d = buildCached(s.base)) });
    } else {
      const key = JSON.stringify(s.base);
      d = byKey.get(key);
      if (!d) byKey.set(key, (d = buildCached(s.base)));
    }
    if (keys && flat.length <= MAX_SCAN) {
      // shared across MDPs too, by exact content (numbers by their bits, so −0, NaN and ±∞ keep apart): a
      // base law is a function of its spec alone, and generators and shrinking repeat leaves across cases
      const text = keys.map((k) => `${k}=${typeof rec[k] === 'number' ? Object.is(rec[k], -0) ? '-0' : String(rec[k]) : JSON.stringify(rec[k])}`).join(',');
      const shared = ACROSS.get(text);
      if (shared && shared !== d) {
        const f = flat.find((e) => e.law === d);
        if (f) f.law = shared;
        d = shared;
      } else if (!shared) {
        if (ACROSS.size >= ACROSS_SIZE) ACROSS.clear();
        ACROSS.set(text, d);
      }
    }
    bySpec.set(s.base, d);
  }
  registered.add(mdp);
}

/** The built law of a leaf base spec (shared within its registered MDP; buildCached otherwise). */
export function leafBase(spec: DistributionSpec): Distribution {
  return bySpec.get(spec) ?? buildCached(spec);
}
