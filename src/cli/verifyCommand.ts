/**
 * `goodhart verify`: for each claim, replay the counterexample store (every stored case runs first), run the
 * searches, save new counterexamples and the stored entries' new states (fixed, reopened), then save the
 * run's raw results (reports/results/shard-<i>-of-<n>.json), write the report and print a table.
 * Returns the exit code: 0 when every claim met its expectation, 1 otherwise (usage errors throw UsageError: 2).
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyClaim } from '../claims/verify.ts';
import type { Claim } from '../claims/types.ts';
import { loadEntries } from '../store/directoryStore.ts';
import { examplesFrom, recordResult } from '../store/record.ts';
import { withStoredVerdictsMemoized } from '../store/memoized.ts';
import { applyReplay, replayStore, type StoreReplay } from '../store/replay.ts';
import { buildReport, makeRunFile } from '../report/collect.ts';
import { writeRunFile } from '../report/results.ts';
import { reportJson, writeReports } from '../report/write.ts';
import { claimIds, loadClaims } from './loadClaims.ts';
import { createProgress } from './progress.ts';
import { runsForShard, shardSeed, type Shard } from './shard.ts';
import { formatResultTable } from './table.ts';
import { setSearchTimeLimit } from './timeLimit.ts';
import { UsageError } from './usageError.ts';

export interface VerifyCommandOptions {
  readonly propertiesDir: string;
  readonly storeRoot: string;
  readonly reportDir: string;
  readonly claimIds: readonly string[];
  readonly numRuns: number;
  readonly seed: number;
  readonly json: boolean;
  readonly quick: boolean;
  readonly shard?: Shard;
  /** per search, in seconds */
  readonly timeLimit?: number;
  /** claims given directly (tests); default: loaded from propertiesDir */
  readonly claims?: readonly Claim<unknown>[];
  readonly out?: NodeJS.WriteStream;
}

export function ensureWritable(dir: string, what: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new UsageError(`${what} folder '${dir}' is not writable (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
}

export async function runVerify(options: VerifyCommandOptions): Promise<number> {
  ensureWritable(options.reportDir, 'report');
  ensureWritable(options.storeRoot, 'store');
  const known = new Set(options.claims ? options.claims.map((c) => c.id) : claimIds(options.propertiesDir));
  for (const id of options.claimIds) {
    if (!known.has(id)) throw new UsageError(`unknown claim '${id}' (--claim takes one of: ${[...known].join(', ') || 'none yet'})`);
  }
  const only = options.claimIds.length > 0 ? options.claimIds : undefined;
  const claims = options.claims
    ? options.claims.filter((c) => !only || only.includes(c.id))
    : await loadClaims(options.propertiesDir, only);
  const shard = options.shard ?? { index: 1, count: 1 };
  const seed = shardSeed(options.seed, shard);
  const numRuns = runsForShard(options.numRuns, shard);
  const out = options.out ?? process.stdout;

  setSearchTimeLimit(options.timeLimit === undefined ? undefined : options.timeLimit * 1000);
  const progress = createProgress(claims.length, { json: options.json, out });
  const results = [];
  const stored = new Map<string, StoreReplay>();
  try {
    for (const claim of claims) {
      progress.claimStarted(claim.id);
      const load = loadEntries(options.storeRoot, claim.id);
      for (const err of load.errors) process.stderr.write(`store: ${err.message}\n`);
      const examples = examplesFrom(load, { expect: claim.expect, forSearch: true });
      const once = withStoredVerdictsMemoized(claim, examples);
      const replay = replayStore(once, options.storeRoot, load);
      const result = verifyClaim(once, { numRuns: Math.max(numRuns, 1), seed, examples, mainOnly: options.quick });
      recordResult(options.storeRoot, result);
      applyReplay(options.storeRoot, claim, replay);
      stored.set(claim.id, replay);
      results.push(result);
      const blocking = replay.entries.some((e) => e.blocking);
      progress.claimDone(claim.id, result.met && !blocking, blocking ? `${result.status}, stored case blocks` : result.status, result.elapsedMs);
    }
  } finally {
    progress.stop();
    setSearchTimeLimit(undefined);
  }

  const run = makeRunFile(claims, results, { seed: options.seed, numRuns, shard: { ...shard, seed }, stored });
  const resultsFile = writeRunFile(join(options.reportDir, 'results'), run);
  const report = buildReport([run]);
  const files = await writeReports(options.reportDir, report);
  if (options.json) {
    out.write(reportJson(report));
  } else {
    out.write(`${formatResultTable(report)}\n`);
    out.write(`report: ${files.join(', ')}\nresults: ${resultsFile}\n`);
  }
  return report.summary.notMet === 0 ? 0 : 1;
}
