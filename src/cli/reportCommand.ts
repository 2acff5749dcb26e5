/**
 * `goodhart report [--merge DIR…]`: rebuilds the report from saved raw results — by default the last run's
 * (reports/results/), or the shards' results gathered from other machines (`--merge shard-1/ shard-2/ …`).
 * With `--record`, also writes the counterexamples the shards found, and the states their replays decided,
 * into the local store (the merge job of a sharded CI run). Exit 0 when every claim met its expectation.
 */
import { join } from 'node:path';
import { buildReport } from '../report/collect.ts';
import { findRunFiles, readRunFile, ResultsError, type RunFile } from '../report/results.ts';
import { writeReports } from '../report/write.ts';
import { recordResult } from '../store/record.ts';
import { applyReplay } from '../store/replay.ts';
import { formatResultTable } from './table.ts';
import { UsageError } from './usageError.ts';
import { ensureWritable } from './verifyCommand.ts';

export interface ReportCommandOptions {
  readonly reportDir: string;
  readonly merge?: readonly string[];
  readonly record?: boolean;
  readonly storeRoot: string;
  readonly out?: Pick<NodeJS.WriteStream, 'write'>;
}

function recordRuns(root: string, runs: readonly RunFile[]): void {
  runs.forEach((run, i) => {
    for (const c of run.claims) {
      recordResult(root, c.result);
      if (i > 0) continue; // every shard replayed the same store: apply one shard's decisions
      try {
        applyReplay(root, c.claim, c.stored);
      } catch (err) {
        process.stderr.write(`store: ${(err as Error).message}\n`);
      }
    }
  });
}

export async function runReport(options: ReportCommandOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  ensureWritable(options.reportDir, 'report');
  let runs: RunFile[];
  let report;
  try {
    const sources = options.merge && options.merge.length > 0 ? options.merge : [join(options.reportDir, 'results')];
    runs = findRunFiles(sources).map(readRunFile);
    report = buildReport(runs);
  } catch (err) {
    if (err instanceof ResultsError) throw new UsageError(err.message);
    throw err;
  }
  if (options.record) {
    ensureWritable(options.storeRoot, 'store');
    recordRuns(options.storeRoot, runs);
  }
  const files = await writeReports(options.reportDir, report);
  out.write(`${formatResultTable(report)}\nreport: ${files.join(', ')} (from ${runs.length} results file${runs.length === 1 ? '' : 's'})\n`);
  return report.summary.notMet === 0 ? 0 : 1;
}
