/**
 * Build a spec once per case: hypotheses and the conclusion of a claim all read the same distribution, so
 * the built object is cached by the identity of the (immutable, generated) spec object.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';

const cache = new WeakMap<object, Distribution>();

export function buildCached(spec: DistributionSpec): Distribution {
  let d = cache.get(spec);
  if (d === undefined) {
    d = build(spec);
    cache.set(spec, d);
  }
  return d;
}
