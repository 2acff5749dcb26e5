/**
 * Stored cases run twice in a verify: once in the replay (to learn each entry's outcome) and once as the
 * search's first examples (fast-check `examples`, passed by reference). A claim whose conclusion remembers its
 * verdict on those very objects evaluates each stored case once. Verdicts are deterministic functions of the
 * case (claims.md), so this changes no result, only the store's cost.
 */
import type { Claim, Verdict } from '../claims/types.ts';

export function withStoredVerdictsMemoized<C>(claim: Claim<C>, stored: readonly unknown[]): Claim<C> {
  const objects = new Set(stored.filter((v): v is object => typeof v === 'object' && v !== null));
  if (objects.size === 0) return claim;
  const memo = new WeakMap<object, Verdict>();
  const conclusion = (c: C): Verdict => {
    if (typeof c !== 'object' || c === null || !objects.has(c)) return claim.conclusion(c);
    const known = memo.get(c);
    if (known) return known;
    const verdict = claim.conclusion(c);
    memo.set(c, verdict);
    return verdict;
  };
  return { ...claim, conclusion };
}
