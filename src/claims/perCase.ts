/**
 * A computation shared by a claim's hypotheses and its conclusion, done once per case. Several hypotheses
 * often read the same derived object (a toy-model point, a cost bound, a pair's atoms); written as
 * `const point = perCase((c: Case) => …)` it is computed on the first call for a case and returned from a
 * cache afterwards. Like `buildCached`, the cache is keyed by the identity of the (immutable, generated) case
 * object, so it is free of hashing and is released with the case. `fn` must be a pure function of the case.
 */
export function perCase<C extends object, R>(fn: (c: C) => R): (c: C) => R {
  const cache = new WeakMap<C, { readonly value: R }>();
  return (c: C): R => {
    const hit = cache.get(c);
    if (hit !== undefined) return hit.value;
    const value = fn(c);
    cache.set(c, { value });
    return value;
  };
}
