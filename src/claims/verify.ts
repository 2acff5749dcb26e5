/**
 * Verifying one claim end to end: the main search (stored examples first), a necessity check per
 * hypothesis, and every mutant, collected as plain data for the store, the report and the CLI.
 */
import { checkNecessity, type NecessityResult } from './necessity.ts';
import { searchClaim, type Counterexample, type SearchStats } from './search.ts';
import { deriveSeed } from './seeds.ts';
import type { Claim } from './types.ts';

export type ClaimStatus =
  | 'established' // expected to hold, and no counterexample was found
  | 'refuted-as-expected' // expected refuted, and the search found a counterexample
  | 'unexpected-counterexample' // expected to hold, but a counterexample was found
  | 'refutation-not-found' // expected refuted, but the search found none
  | 'crashed'; // the conclusion threw: a defect in the suite

export interface MutantResult<C> {
  readonly name: string;
  readonly refuted: boolean;
  readonly counterexample?: Counterexample<C>;
}

export interface NecessityReport<C> extends NecessityResult<C> {
  readonly expected: 'load-bearing' | 'appears-unnecessary' | 'not-exercised';
  /** the observation agrees with the declared expectation */
  readonly met: boolean;
}

export interface ClaimResult<C = unknown> {
  readonly id: string;
  readonly expect: 'holds' | 'refuted';
  readonly status: ClaimStatus;
  /** the claim met its expectation, every necessity expectation was met and every mutant was refuted */
  readonly met: boolean;
  readonly seed: number;
  readonly numRuns: number;
  readonly stats: SearchStats;
  readonly counterexample?: Counterexample<C>;
  readonly crash?: string;
  readonly necessity: readonly NecessityReport<C>[];
  readonly mutants: readonly MutantResult<C>[];
  readonly elapsedMs: number;
}

export interface VerifyOptions<C> {
  readonly numRuns: number;
  readonly seed: number;
  readonly examples?: readonly C[];
  /** skip necessity checks and mutants (a quick look) */
  readonly mainOnly?: boolean;
}

export function verifyClaim<C>(claim: Claim<C>, options: VerifyOptions<C>): ClaimResult<C> {
  const started = performance.now();
  const main = searchClaim(claim, {
    numRuns: options.numRuns,
    seed: deriveSeed(options.seed, claim.id, 'main'),
    examples: options.examples,
  });
  let status: ClaimStatus;
  if (main.crash) status = 'crashed';
  else if (claim.expect === 'holds') status = main.refuted ? 'unexpected-counterexample' : 'established';
  else status = main.refuted ? 'refuted-as-expected' : 'refutation-not-found';

  const necessity: NecessityReport<C>[] = [];
  const mutants: MutantResult<C>[] = [];
  if (!options.mainOnly) {
    for (const h of claim.hypotheses) {
      const r = checkNecessity(claim, h.name, {
        numRuns: options.numRuns,
        seed: deriveSeed(options.seed, claim.id, `necessity:${h.name}`),
      });
      const expected = claim.necessity[h.name];
      necessity.push({ ...r, expected, met: r.status === expected });
    }
    for (const m of claim.mutants ?? []) {
      const r = searchClaim(claim, {
        numRuns: options.numRuns,
        seed: deriveSeed(options.seed, claim.id, `mutant:${m.name}`),
        conclusion: m.conclusion,
        arbitrary: m.arbitrary,
      });
      mutants.push({ name: m.name, refuted: r.refuted, counterexample: r.counterexample });
    }
  }
  const met =
    (status === 'established' || status === 'refuted-as-expected') &&
    necessity.every((n) => n.met) &&
    mutants.every((m) => m.refuted);
  return {
    id: claim.id,
    expect: claim.expect,
    status,
    met,
    seed: options.seed,
    numRuns: options.numRuns,
    stats: main.stats,
    counterexample: main.counterexample,
    crash: main.crash ? `${main.crash.message} (seed ${main.crash.seed}, path ${main.crash.path})` : undefined,
    necessity,
    mutants,
    elapsedMs: performance.now() - started,
  };
}
