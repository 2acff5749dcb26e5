/**
 * Necessity checks: for each hypothesis, generate cases where it fails while every other hypothesis holds,
 * and record whether the conclusion then fails (the hypothesis is load-bearing, with the shrunk witness) or
 * still holds in N selected runs (it appears unnecessary), or whether too few such cases were generated to say.
 */
import { allHypothesesHold } from './evaluate.ts';
import { searchClaim, type Counterexample } from './search.ts';
import type { Claim } from './types.ts';

export type NecessityStatus = 'load-bearing' | 'appears-unnecessary' | 'not-exercised';

export interface NecessityResult<C> {
  readonly hypothesis: string;
  readonly status: NecessityStatus;
  /** cases generated / cases where exactly this hypothesis failed and the others held */
  readonly generated: number;
  readonly exercised: number;
  readonly inconclusive: number;
  readonly witness?: Counterexample<C>;
  readonly crash?: string;
}

/** Fewer exercised cases than this (or none decided) and we say "not exercised" rather than "appears unnecessary". */
export const MIN_EXERCISED = 20;

export function checkNecessity<C>(
  claim: Claim<C>,
  hypothesis: string,
  options: { numRuns: number; seed: number; examples?: readonly C[] },
): NecessityResult<C> {
  if (!claim.hypotheses.some((h) => h.name === hypothesis)) {
    throw new Error(`claim '${claim.id}' has no hypothesis '${hypothesis}'`);
  }
  const dropped = claim.hypotheses.find((h) => h.name === hypothesis)!;
  const result = searchClaim(claim, {
    numRuns: options.numRuns,
    seed: options.seed,
    examples: options.examples,
    arbitrary: claim.necessityArbitraries?.[hypothesis] ?? claim.arbitrary,
    selects: (c) => !dropped.holds(c) && allHypothesesHold(claim, c, hypothesis),
  });
  const base = {
    hypothesis,
    generated: result.stats.generated,
    exercised: result.stats.selected,
    inconclusive: result.stats.inconclusive,
  };
  if (result.crash) return { ...base, status: 'not-exercised', crash: result.crash.message };
  if (result.refuted) return { ...base, status: 'load-bearing', witness: result.counterexample };
  // "appears unnecessary" needs MIN_EXERCISED exercised cases, at least one of them decided: when every case came
  // out inconclusive the check says nothing about the hypothesis
  const decided = result.stats.selected - result.stats.inconclusive;
  return { ...base, status: result.stats.selected >= MIN_EXERCISED && decided > 0 ? 'appears-unnecessary' : 'not-exercised' };
}
