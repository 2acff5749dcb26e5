/**
 * Turning search results into store entries, and store entries back into replayable examples.
 */
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';
import type { Counterexample } from '../claims/search.ts';
import type { ClaimResult } from '../claims/verify.ts';
import { loadEntries, type LoadResult } from './directoryStore.ts';
import type { NewEntry } from './entry.ts';
import { saveEntry } from './save.ts';

export const GENERATOR_VERSION = '1';

const fastCheckVersion: string = (() => {
  try {
    return (createRequire(import.meta.url)('fast-check/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

let commitCache: string | undefined;
export function currentCommit(): string {
  if (commitCache === undefined) {
    try {
      commitCache = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    } catch {
      commitCache = 'unknown';
    }
  }
  return commitCache;
}

/** Kind of failure for the signature: the first word of the verdict's reason or summary. */
function failureKind(cx: Counterexample<unknown>): string {
  const kind = cx.verdict.witness && typeof cx.verdict.witness === 'object' && 'kind' in cx.verdict.witness
    ? String((cx.verdict.witness as { kind: unknown }).kind)
    : cx.verdict.status;
  return kind;
}

export function entryFor(
  claimId: string,
  expect: 'holds' | 'refuted',
  purpose: string,
  cx: Counterexample<unknown>,
): NewEntry {
  const expected = expect === 'refuted' || purpose.startsWith('necessity:') || purpose.startsWith('mutant:');
  return {
    format: 1,
    claimId,
    expect,
    purpose,
    state: expected ? 'expected' : 'open',
    signature: `${claimId}|${purpose}|${failureKind(cx)}`,
    count: 1,
    value: cx.value,
    verdict: { ...cx.verdict, numbers: { ...cx.verdict.numbers } },
    message: cx.verdict.summary,
    seed: cx.seed,
    path: cx.path,
    numRuns: cx.numRuns,
    numShrinks: cx.numShrinks,
    versions: { fastCheck: fastCheckVersion, generator: GENERATOR_VERSION },
    commit: currentCommit(),
    date: new Date().toISOString(),
  };
}

/** Save one counterexample; returns the file. */
export function recordCounterexample(
  root: string,
  claimId: string,
  expect: 'holds' | 'refuted',
  purpose: string,
  cx: Counterexample<unknown>,
): string {
  return saveEntry(root, entryFor(claimId, expect, purpose, cx));
}

/** Save every counterexample of a result: the main one, load-bearing witnesses, refuted mutants. Returns files written. */
export function recordResult(root: string, result: ClaimResult<unknown>): string[] {
  const files: string[] = [];
  if (result.counterexample) files.push(recordCounterexample(root, result.id, result.expect, 'main', result.counterexample));
  for (const n of result.necessity) {
    if (n.witness) files.push(recordCounterexample(root, result.id, result.expect, `necessity:${n.hypothesis}`, n.witness));
  }
  return files;
}

/**
 * The stored cases to replay first for a claim's main property (open, fixed and expected entries alike).
 * For a claim expected to be refuted, pass `{ forSearch: true }` to get none: its search must find a
 * counterexample on its own (the stored ones are checked separately, by replayStore in replay.ts).
 */
export function replayExamples(
  root: string,
  claimId: string,
  options: { expect?: 'holds' | 'refuted'; forSearch?: boolean } = {},
): { examples: unknown[]; load: LoadResult } {
  const load = loadEntries(root, claimId);
  return { examples: examplesFrom(load, options), load };
}

/** The main-purpose cases of loaded entries (none for the search of a claim expected to be refuted). */
export function examplesFrom(load: LoadResult, options: { expect?: 'holds' | 'refuted'; forSearch?: boolean } = {}): unknown[] {
  if (options.forSearch === true && options.expect === 'refuted') return [];
  return load.entries.filter((e) => e.entry.purpose === 'main').map((e) => e.value);
}
