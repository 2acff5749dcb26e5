/**
 * Collects claim definitions and their results into one plain ReportData, from which the JSON, Markdown,
 * HTML and JUnit reports are all rendered. A claim whose dependency did not meet its expectation (or is
 * itself pending, or was not run) cannot show as fully established (Lean blueprint habit: status derived
 * from evidence, through the dependency graph). Deterministic: the same results give the same data, apart
 * from `elapsedMs` and `generatedAt`.
 */
import type { Claim } from '../claims/types.ts';
import type { ClaimResult, ClaimStatus } from '../claims/verify.ts';
import { deriveSeed } from '../claims/seeds.ts';
import type { ReplayedEntry, StoreReplay } from '../store/replay.ts';
import { currentCommit } from '../store/record.ts';
import { mergeRuns, type MergedClaim, type MergedRun } from './merge.ts';
import { claimInfo, RESULTS_FORMAT, type ClaimInfo, type RunFile } from './results.ts';

export const REPORT_FORMAT = 1;
type Numbers = Readonly<Record<string, number>>;

/** The statement part of a claim report is the claim's own data (ClaimInfo); the rest is evidence. */
export interface ClaimReport
  extends Pick<ClaimInfo, 'id' | 'title' | 'source' | 'quote' | 'aliases' | 'reading' | 'expect' | 'uses' | 'finding' | 'correctedBy' | 'corrects'> {
  readonly status: ClaimStatus;
  /** the search met the expectation, every necessity expectation and mutant too, and no stored entry blocks */
  readonly met: boolean;
  /** dependencies (direct) that did not meet their expectation, are themselves pending, or were not run */
  readonly blockedBy: readonly string[];
  /** main-search seed of each shard */
  readonly seeds: readonly number[];
  readonly numRuns: number;
  readonly runs: { generated: number; applicable: number; skipped: number; holds: number; inconclusive: number };
  readonly inconclusiveReasons: Readonly<Record<string, number>>;
  readonly counterexample?: {
    value: unknown; summary: string; numbers: Numbers; seed: number; path: string; numShrinks: number; numRuns: number;
  };
  readonly crash?: string;
  readonly hypotheses: readonly {
    name: string; description: string; expected: string; observed: string; met: boolean;
    exercised: number; generated: number; inconclusive: number;
    witness?: { value: unknown; summary: string; numbers: Numbers; seed: number; path: string };
  }[];
  readonly mutants: readonly { name: string; refuted: boolean; summary?: string; numbers?: Numbers }[];
  readonly stored: { readonly entries: readonly ReplayedEntry[]; readonly errors: StoreReplay['errors'] };
  readonly elapsedMs: number;
  readonly series?: Readonly<Record<string, unknown>>;
  readonly seriesError?: string;
}

export interface ReportData {
  readonly tool: 'goodhart-check';
  readonly format: typeof REPORT_FORMAT;
  readonly seed: number;
  /** runs per claim, all shards together */
  readonly numRuns: number;
  readonly shards: { readonly count: number; readonly present: readonly number[] };
  readonly commit: string;
  readonly generatedAt: string;
  readonly summary: { readonly claims: number; readonly met: number; readonly notMet: number; readonly pending: number };
  readonly claims: readonly ClaimReport[];
}

function claimReport(m: MergedClaim, blockedBy: readonly string[]): ClaimReport {
  const { claim, result: r, stored } = m;
  const cx = r.counterexample;
  const storeBlocks = stored.entries.some((e) => e.blocking);
  return {
    id: claim.id, title: claim.title, source: claim.source, quote: claim.quote, aliases: claim.aliases,
    reading: claim.reading, expect: claim.expect, uses: claim.uses, finding: claim.finding,
    correctedBy: claim.correctedBy, corrects: claim.corrects,
    status: r.status, met: r.met && !storeBlocks, blockedBy, seeds: m.seeds, numRuns: r.numRuns,
    runs: {
      generated: r.stats.generated, applicable: r.stats.selected, skipped: r.stats.generated - r.stats.selected,
      holds: r.stats.holds, inconclusive: r.stats.inconclusive,
    },
    inconclusiveReasons: r.stats.inconclusiveReasons,
    counterexample: cx && {
      value: cx.value, summary: cx.verdict.summary, numbers: cx.verdict.numbers, seed: cx.seed, path: cx.path,
      numShrinks: cx.numShrinks, numRuns: cx.numRuns,
    },
    crash: r.crash,
    hypotheses: claim.hypotheses.map((h) => {
      const n = r.necessity.find((x) => x.hypothesis === h.name);
      const w = n?.witness;
      return {
        name: h.name, description: h.description, expected: claim.necessity[h.name],
        observed: n?.status ?? 'not run', met: n?.met ?? false,
        exercised: n?.exercised ?? 0, generated: n?.generated ?? 0, inconclusive: n?.inconclusive ?? 0,
        witness: w && { value: w.value, summary: w.verdict.summary, numbers: w.verdict.numbers, seed: w.seed, path: w.path },
      };
    }),
    mutants: r.mutants.map((mu) => ({
      name: mu.name, refuted: mu.refuted, summary: mu.counterexample?.verdict.summary, numbers: mu.counterexample?.verdict.numbers,
    })),
    stored: { entries: stored.entries, errors: stored.errors },
    elapsedMs: r.elapsedMs,
    series: claim.series, seriesError: claim.seriesError,
  };
}

/** Which direct dependencies keep each claim from showing as fully established (transitively pending). */
function blockers(run: MergedRun): Map<string, string[]> {
  const byId = new Map(run.claims.map((c) => [c.claim.id, c]));
  const ok = new Map<string, boolean>();
  const settled = (id: string, visiting: Set<string>): boolean => {
    if (ok.has(id)) return ok.get(id)!;
    const c = byId.get(id);
    if (!c || visiting.has(id)) return false; // not run, or a cycle: never established
    visiting.add(id);
    const stored = !c.stored.entries.some((e) => e.blocking);
    const value = c.result.met && stored && c.claim.uses.every((u) => settled(u, visiting));
    visiting.delete(id);
    ok.set(id, value);
    return value;
  };
  return new Map(run.claims.map((c) => [c.claim.id, c.claim.uses.filter((u) => !settled(u, new Set([c.claim.id])))]));
}

export function buildReport(runs: readonly RunFile[]): ReportData {
  const run = mergeRuns(runs);
  const blocked = blockers(run);
  const claims = run.claims.map((c) => claimReport(c, blocked.get(c.claim.id) ?? []));
  const met = claims.filter((c) => c.met).length;
  return {
    tool: 'goodhart-check', format: REPORT_FORMAT, seed: run.seed, numRuns: run.numRuns, shards: run.shards,
    commit: run.commit, generatedAt: run.generatedAt,
    summary: { claims: claims.length, met, notMet: claims.length - met, pending: claims.filter((c) => c.met && c.blockedBy.length > 0).length },
    claims,
  };
}

/** One shard's results file from claims and their results (stored replays default to empty). */
export function makeRunFile(
  claims: readonly Claim<unknown>[],
  results: readonly ClaimResult<unknown>[],
  run: { seed: number; numRuns: number; generatedAt?: string; shard?: { index: number; count: number; seed: number }; stored?: ReadonlyMap<string, StoreReplay> },
): RunFile {
  const shard = run.shard ?? { index: 1, count: 1, seed: run.seed };
  const byId = new Map(results.map((r) => [r.id, r]));
  return {
    format: RESULTS_FORMAT, tool: 'goodhart-check', seed: run.seed, shard, numRuns: run.numRuns, commit: currentCommit(),
    generatedAt: run.generatedAt ?? new Date().toISOString(),
    claims: claims.filter((c) => byId.has(c.id)).map((c) => ({
      claim: claimInfo(c), result: byId.get(c.id)!, stored: run.stored?.get(c.id) ?? { entries: [], errors: [] },
      mainSeed: deriveSeed(shard.seed, c.id, 'main'),
    })),
  };
}

/** The report of one unsharded run, straight from claims and results. */
export function collectReport(
  claims: readonly Claim<unknown>[],
  results: readonly ClaimResult<unknown>[],
  run: { seed: number; numRuns: number; generatedAt?: string },
): ReportData {
  return buildReport([makeRunFile(claims, results, run)]);
}
