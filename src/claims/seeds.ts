/**
 * Per-claim seeds derived from a base seed, so that claims (and shards) never share a random stream and a
 * failure is reproducible from (base seed, claim id, purpose) alone.
 */

/** 32-bit FNV-1a of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The seed for one purpose ("main", "necessity:<hypothesis>", "mutant:<name>") of one claim. */
export function deriveSeed(baseSeed: number, claimId: string, purpose: string): number {
  return (fnv1a(`${baseSeed}|${claimId}|${purpose}`) | 0);
}
