/**
 * The built base law of a leaf, deduplicated by content within one MDP: every leaf spec object of the MDP is
 * mapped to one built Distribution per distinct spec (JSON key), so a tree whose 100 leaves share two base
 * laws builds two distributions, not 100 (a build costs ~9 µs; buildCached.ts keys by object identity only).
 * A distribution is a pure function of its spec, so sharing one is exact. The map is scoped by the identity
 * of the MDP (a fresh MDP starts cold, as in a property run); specs not registered fall back to buildCached.
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import type { MdpSpec } from './types.ts';

const bySpec = new WeakMap<DistributionSpec, Distribution>();
const registered = new WeakSet<MdpSpec>();

/** Register every leaf base spec of `mdp` (idempotent per MDP object). */
export function registerLeafBases(mdp: MdpSpec): void {
  if (registered.has(mdp)) return;
  const byKey = new Map<string, Distribution>();
  for (const s of mdp.states) {
    if (s.kind !== 'leaf' || bySpec.has(s.base)) continue;
    const key = JSON.stringify(s.base);
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = buildCached(s.base)));
    bySpec.set(s.base, d);
  }
  registered.add(mdp);
}

/** The built law of a leaf base spec (shared within its registered MDP; buildCached otherwise). */
export function leafBase(spec: DistributionSpec): Distribution {
  return bySpec.get(spec) ?? buildCached(spec);
}
