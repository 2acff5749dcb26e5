/**
 * Merging the results of the shards of one run (same base seed, same shard count, each shard its own
 * seeds): every shard ran every claim with its share of the runs, so counts add up; a counterexample, a
 * crash, a load-bearing witness or a refuted mutant found by any shard counts (the first shard's is shown);
 * a hypothesis "appears unnecessary" only when no shard found a witness and enough cases were exercised
 * in total. With one shard, merging changes nothing.
 */
import { MIN_EXERCISED } from '../claims/necessity.ts';
import type { SearchStats } from '../claims/search.ts';
import type { ClaimResult, ClaimStatus, NecessityReport } from '../claims/verify.ts';
import type { StoreReplay } from '../store/replay.ts';
import { ResultsError, type ClaimInfo, type RunFile } from './results.ts';

export interface MergedClaim {
  readonly claim: ClaimInfo;
  readonly result: ClaimResult<unknown>;
  readonly stored: StoreReplay;
  readonly seeds: readonly number[];
}

export interface MergedRun {
  readonly seed: number;
  readonly numRuns: number;
  readonly shards: { readonly count: number; readonly present: readonly number[] };
  readonly commit: string;
  readonly generatedAt: string;
  readonly claims: readonly MergedClaim[];
}

function addStats(a: SearchStats, b: SearchStats): SearchStats {
  const reasons = { ...a.inconclusiveReasons };
  for (const [k, v] of Object.entries(b.inconclusiveReasons)) reasons[k] = (reasons[k] ?? 0) + v;
  return {
    generated: a.generated + b.generated, selected: a.selected + b.selected, holds: a.holds + b.holds,
    inconclusive: a.inconclusive + b.inconclusive, inconclusiveReasons: reasons,
  };
}

function mergeNecessity(parts: readonly NecessityReport<unknown>[]): NecessityReport<unknown> {
  const first = parts[0];
  const exercised = parts.reduce((s, p) => s + p.exercised, 0);
  const withWitness = parts.find((p) => p.witness);
  const crash = parts.find((p) => p.crash)?.crash;
  const inconclusive = parts.reduce((s, p) => s + p.inconclusive, 0);
  // as checkNecessity: at least MIN_EXERCISED exercised cases, one or more of them decided
  const status = withWitness ? 'load-bearing' : crash ? 'not-exercised' : exercised >= MIN_EXERCISED && exercised > inconclusive ? 'appears-unnecessary' : 'not-exercised';
  return {
    hypothesis: first.hypothesis, expected: first.expected, status, met: status === first.expected,
    generated: parts.reduce((s, p) => s + p.generated, 0), exercised,
    inconclusive, witness: withWitness?.witness, crash,
  };
}

export function mergeResults(expect: 'holds' | 'refuted', parts: readonly ClaimResult<unknown>[]): ClaimResult<unknown> {
  if (parts.length === 1) return parts[0];
  const first = parts[0];
  const counterexample = parts.find((p) => p.counterexample)?.counterexample;
  const crash = parts.find((p) => p.crash)?.crash;
  let status: ClaimStatus;
  if (crash) status = 'crashed';
  else if (expect === 'holds') status = counterexample ? 'unexpected-counterexample' : 'established';
  else status = counterexample ? 'refuted-as-expected' : 'refutation-not-found';
  const necessity = first.necessity.map((n) => mergeNecessity(parts.map((p) => p.necessity.find((x) => x.hypothesis === n.hypothesis) ?? n)));
  const mutants = first.mutants.map((m) => {
    const refuting = parts.map((p) => p.mutants.find((x) => x.name === m.name)).find((x) => x?.refuted);
    return refuting ?? m;
  });
  const met = (status === 'established' || status === 'refuted-as-expected') && necessity.every((n) => n.met) && mutants.every((m) => m.refuted);
  return {
    ...first, status, met, counterexample, crash, necessity, mutants,
    numRuns: parts.reduce((s, p) => s + p.numRuns, 0),
    stats: parts.slice(1).reduce((s, p) => addStats(s, p.stats), first.stats),
    elapsedMs: parts.reduce((s, p) => s + p.elapsedMs, 0),
  };
}

/** Merge the shards of one run; throws ResultsError when they are not shards of one run. */
export function mergeRuns(runs: readonly RunFile[]): MergedRun {
  if (runs.length === 0) throw new ResultsError('no results to build a report from (run goodhart verify first)');
  const sorted = [...runs].sort((a, b) => a.shard.index - b.shard.index);
  const { seed, shard } = sorted[0];
  for (const r of sorted) {
    if (r.seed !== seed || r.shard.count !== shard.count) {
      throw new ResultsError(`results of different runs: seed ${seed} with ${shard.count} shard(s) and seed ${r.seed} with ${r.shard.count}; merge the shards of one run only`);
    }
  }
  const indices = sorted.map((r) => r.shard.index);
  const duplicate = indices.find((x, i) => indices.indexOf(x) !== i);
  if (duplicate !== undefined) throw new ResultsError(`shard ${duplicate} of ${shard.count} appears twice`);
  const ids = [...new Set(sorted.flatMap((r) => r.claims.map((c) => c.claim.id)))].sort();
  const claims = ids.map((id): MergedClaim => {
    const parts = sorted.flatMap((r) => r.claims.filter((c) => c.claim.id === id));
    const claim = parts[0].claim;
    return { claim, result: mergeResults(claim.expect, parts.map((p) => p.result)), stored: parts[0].stored, seeds: parts.map((p) => p.mainSeed) };
  });
  return {
    seed, numRuns: sorted.reduce((s, r) => s + r.numRuns, 0), shards: { count: shard.count, present: indices },
    commit: sorted[0].commit, generatedAt: sorted.map((r) => r.generatedAt).sort().at(-1)!, claims,
  };
}
