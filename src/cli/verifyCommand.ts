/**
 * `goodhart verify`: replay the store, run the claims, save new counterexamples, write the report, print a
 * table. Returns the exit code (0 every claim met its expectation, 1 otherwise).
 */
import { mkdirSync, accessSync, constants } from 'node:fs';
import { loadClaims } from './loadClaims.ts';
import { UsageError } from './usageError.ts';
import { verifyClaim, type ClaimResult } from '../claims/verify.ts';
import { recordResult, replayExamples } from '../store/record.ts';
import { collectReport } from '../report/collect.ts';
import { writeReports } from '../report/write.ts';
import { formatResultTable } from './table.ts';

export interface VerifyCommandOptions {
  readonly propertiesDir: string;
  readonly storeRoot: string;
  readonly reportDir: string;
  readonly claimIds: readonly string[];
  readonly numRuns: number;
  readonly seed: number;
  readonly json: boolean;
  readonly quick: boolean;
}

function ensureWritable(dir: string, what: string): void {
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
  const all = await loadClaims(options.propertiesDir);
  const known = new Set(all.map((c) => c.id));
  for (const id of options.claimIds) {
    if (!known.has(id)) throw new UsageError(`unknown claim '${id}' (goodhart verify --claim takes one of: ${[...known].join(', ') || 'none yet'})`);
  }
  const claims = options.claimIds.length > 0 ? all.filter((c) => options.claimIds.includes(c.id)) : all;

  const results: ClaimResult<unknown>[] = [];
  for (const claim of claims) {
    const { examples, load } = replayExamples(options.storeRoot, claim.id);
    for (const err of load.errors) process.stderr.write(`store: ${err.message}\n`);
    const result = verifyClaim(claim, { numRuns: options.numRuns, seed: options.seed, examples, mainOnly: options.quick });
    recordResult(options.storeRoot, result);
    results.push(result);
    if (!options.json && !process.stdout.isTTY) process.stdout.write(`${result.met ? 'ok  ' : 'FAIL'} ${claim.id} (${result.status})\n`);
  }

  const report = collectReport(claims, results, { seed: options.seed, numRuns: options.numRuns });
  const files = writeReports(options.reportDir, report);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatResultTable(report)}\n`);
    process.stdout.write(`report: ${files.join(', ')}\n`);
  }
  return results.every((r) => r.met) ? 0 : 1;
}
