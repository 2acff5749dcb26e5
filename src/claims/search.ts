/**
 * The search behind every claim: fast-check generates cases (after replaying stored examples), a case whose
 * hypotheses hold and whose verdict is `fails` is a counterexample, and fast-check shrinks it.
 * Statistics are counted over the generation phase only (shrinking re-evaluates cases).
 */
import fc from 'fast-check';
import { allHypothesesHold, guardVerdict } from './evaluate.ts';
import type { Claim, Verdict } from './types.ts';

/** Thrown inside the property to mark a refuting case (as opposed to a crash of the conclusion). */
export class ClaimFailure extends Error {
  constructor(readonly verdict: Verdict) {
    super(verdict.summary);
  }
}

export interface SearchOptions<C> {
  readonly numRuns: number;
  readonly seed: number;
  /** cases replayed before any generation (the counterexample store) */
  readonly examples?: readonly C[];
  /** the conclusion to test (default: the claim's own; mutants and necessity pass theirs) */
  readonly conclusion?: (c: C) => Verdict;
  /** which cases count: default "every hypothesis holds" */
  readonly selects?: (c: C) => boolean;
  readonly arbitrary?: fc.Arbitrary<C>;
  /** shrink candidates evaluated at most (default MAX_SHRINK_EVALUATIONS): deterministic, unlike a time limit */
  readonly maxShrinkEvaluations?: number;
  /** stop after this many ms of generation (fast-check `interruptAfterTimeLimit`) */
  readonly timeLimitMs?: number;
}

/**
 * Shrink candidates evaluated per search at most. A slow conclusion (~0.1 s on a copula pair) with a
 * shrinker that walks thousands of candidates (a pair spec has many numbers) would otherwise run for minutes.
 */
export const MAX_SHRINK_EVALUATIONS = 150;

export interface SearchStats {
  generated: number;
  selected: number;
  holds: number;
  inconclusive: number;
  inconclusiveReasons: Record<string, number>;
}

export interface Counterexample<C> {
  readonly value: C;
  readonly verdict: Verdict;
  readonly seed: number;
  readonly path: string;
  readonly numShrinks: number;
  readonly numRuns: number;
}

export interface SearchResult<C> {
  /** a refuting case was found (and shrunk) */
  readonly refuted: boolean;
  readonly counterexample?: Counterexample<C>;
  /** the conclusion threw: a defect, never counted as a refutation */
  readonly crash?: { readonly message: string; readonly value: C; readonly seed: number; readonly path: string };
  readonly stats: SearchStats;
  readonly elapsedMs: number;
  readonly interrupted: boolean;
}

export function searchClaim<C>(claim: Claim<C>, options: SearchOptions<C>): SearchResult<C> {
  const conclusion = options.conclusion ?? claim.conclusion;
  const selects = options.selects ?? ((c: C) => allHypothesesHold(claim, c));
  const stats: SearchStats = { generated: 0, selected: 0, holds: 0, inconclusive: 0, inconclusiveReasons: {} };
  let shrinking = false;
  const started = performance.now();

  let shrinkEvaluations = 0;
  const maxShrinkEvaluations = options.maxShrinkEvaluations ?? MAX_SHRINK_EVALUATIONS;
  const property = fc.property(options.arbitrary ?? claim.arbitrary, (c) => {
    if (!shrinking) stats.generated++;
    // shrinking budget: past it every further candidate is accepted unevaluated, so fast-check ends on the
    // smallest failing case found so far (still a counterexample: every case it keeps failed the conclusion)
    else if (++shrinkEvaluations > maxShrinkEvaluations) return true;
    if (!selects(c)) return true;
    const verdict = guardVerdict(conclusion(c));
    if (!shrinking) {
      stats.selected++;
      if (verdict.status === 'holds') stats.holds++;
      if (verdict.status === 'inconclusive') {
        stats.inconclusive++;
        const reason = verdict.reason ?? 'no reason given';
        stats.inconclusiveReasons[reason] = (stats.inconclusiveReasons[reason] ?? 0) + 1;
      }
    }
    if (verdict.status === 'fails') {
      shrinking = true;
      throw new ClaimFailure(verdict);
    }
    return true;
  });

  const details = fc.check(property, {
    numRuns: options.numRuns,
    seed: options.seed,
    examples: (options.examples ?? []).map((e) => [e] as [C]),
    interruptAfterTimeLimit: options.timeLimitMs,
    markInterruptAsFailure: false,
  });
  const elapsedMs = performance.now() - started;
  const base = { stats, elapsedMs, interrupted: details.interrupted };
  if (!details.failed || details.counterexample === null) return { ...base, refuted: false };

  const value = details.counterexample[0];
  const path = details.counterexamplePath ?? '';
  if (details.errorInstance instanceof ClaimFailure) {
    // Re-evaluate the shrunk value so the stored verdict is exactly the one of the stored case.
    const verdict = guardVerdict(conclusion(value));
    return {
      ...base,
      refuted: true,
      counterexample: { value, verdict, seed: options.seed, path, numShrinks: details.numShrinks, numRuns: details.numRuns },
    };
  }
  const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return { ...base, refuted: false, crash: { message, value, seed: options.seed, path } };
}
