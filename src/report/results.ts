/**
 * The raw results of one `goodhart verify` run (one shard), saved as reports/results/shard-<i>-of-<n>.json so
 * that `goodhart report` can rebuild the report later, from shards run on other machines. Everything a report
 * needs is in the file (the claims' statements and plot series too), so rebuilding needs no claim code.
 * Written with the lossless codec: NaN, ±Infinity and −0 survive.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimDefinition } from '../claims/types.ts';
import type { ClaimResult } from '../claims/verify.ts';
import { canonicalJson, decodeValue } from '../store/codec.ts';
import type { StoreReplay } from '../store/replay.ts';

export const RESULTS_FORMAT = 1;

/** The data of a claim definition that a report shows (functions left out, series evaluated). */
export interface ClaimInfo
  extends Pick<ClaimDefinition<unknown>, 'id' | 'title' | 'source' | 'quote' | 'aliases' | 'reading' | 'expect' | 'uses' | 'finding' | 'correctedBy' | 'corrects' | 'necessity'> {
  readonly hypotheses: readonly { readonly name: string; readonly description: string }[];
  readonly mutants: readonly string[];
  readonly series?: Readonly<Record<string, unknown>>;
  /** series() threw: the message */
  readonly seriesError?: string;
}

export interface ClaimRun {
  readonly claim: ClaimInfo;
  readonly result: ClaimResult<unknown>;
  readonly stored: StoreReplay;
  /** the seed of the main search (derived from the shard's seed and the claim id) */
  readonly mainSeed: number;
}

export interface RunFile {
  readonly format: typeof RESULTS_FORMAT;
  readonly tool: 'goodhart-check';
  /** the base seed given to `goodhart verify` */
  readonly seed: number;
  readonly shard: { readonly index: number; readonly count: number; readonly seed: number };
  /** runs per claim in this shard */
  readonly numRuns: number;
  readonly commit: string;
  readonly generatedAt: string;
  readonly claims: readonly ClaimRun[];
}

export function claimInfo(claim: Claim<unknown>): ClaimInfo {
  let series: Readonly<Record<string, unknown>> | undefined;
  let seriesError: string | undefined;
  try {
    series = claim.series?.();
  } catch (err) {
    seriesError = err instanceof Error ? err.message : String(err);
  }
  return {
    id: claim.id, title: claim.title, source: claim.source, quote: claim.quote, aliases: claim.aliases,
    reading: claim.reading, expect: claim.expect, uses: claim.uses, finding: claim.finding,
    correctedBy: claim.correctedBy, corrects: claim.corrects,
    hypotheses: claim.hypotheses.map((h) => ({ name: h.name, description: h.description })),
    necessity: claim.necessity, mutants: (claim.mutants ?? []).map((m) => m.name), series, seriesError,
  };
}

export const shardFileName = (index: number, count: number) => `shard-${index}-of-${count}.json`;

/**
 * Save one shard's results. Results files of other runs in the same folder (another base seed or shard
 * count: generated files, never committed) are removed, so that `goodhart report` finds the shards of one run.
 */
export function writeRunFile(dir: string, run: RunFile): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir).filter((f) => /^shard-\d+-of-\d+\.json$/.test(f))) {
    try {
      const other = readRunFile(join(dir, name));
      if (other.seed === run.seed && other.shard.count === run.shard.count) continue;
    } catch {
      // unreadable: not a results file of this run either
    }
    rmSync(join(dir, name), { force: true });
  }
  const file = join(dir, shardFileName(run.shard.index, run.shard.count));
  writeFileSync(file, `${canonicalJson(run)}\n`);
  return file;
}

/** A results file that cannot be used: names the file. */
export class ResultsError extends Error {
  override readonly name = 'ResultsError';
}

export function readRunFile(file: string): RunFile {
  let run: RunFile;
  try {
    run = decodeValue(JSON.parse(readFileSync(file, 'utf8'))) as RunFile;
  } catch (err) {
    throw new ResultsError(`${file}: not a results file (${(err as Error).message})`);
  }
  if (run?.format !== RESULTS_FORMAT || run.tool !== 'goodhart-check' || !Array.isArray(run.claims) || !run.shard) {
    throw new ResultsError(`${file}: not a goodhart results file of format ${RESULTS_FORMAT}`);
  }
  return run;
}

/** The results files in the given files or folders (folders: every *.json directly inside). */
export function findRunFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new ResultsError(`${p}: no such file or folder`);
    }
    if (!isDir) files.push(p);
    else files.push(...readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)));
  }
  return files;
}
