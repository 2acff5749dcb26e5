/** Readable text for store entries: one line per entry for `goodhart store list`, a page for `show`/`replay`. */
import { canonicalJson } from './codec.ts';
import type { LoadedEntry } from './directoryStore.ts';

/** A number as the store means it: NaN, ±Infinity and −0 spelled out, others in shortest round-trip form. */
export function formatNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

export function formatNumbers(numbers: Readonly<Record<string, number>>, indent = '  '): string[] {
  const keys = Object.keys(numbers).sort();
  const width = Math.max(0, ...keys.map((k) => k.length));
  return keys.map((k) => `${indent}${k.padEnd(width)}  ${formatNumber(numbers[k])}`);
}

export function entryLine(e: LoadedEntry): string {
  const { entry } = e;
  return [e.hash, entry.state.padEnd(8), `×${entry.count}`.padEnd(5), entry.claimId, entry.purpose, '—', entry.message].join('  ');
}

/** The whole entry, for a reader: what failed, with which numbers, how to reproduce it, the case itself. */
export function entryPage(e: LoadedEntry): string[] {
  const { entry } = e;
  const lines = [
    `${entry.claimId}  ${e.hash}  (${e.file})`,
    `state      ${entry.state} (claim expected to ${entry.expect === 'holds' ? 'hold' : 'be refuted'}; purpose ${entry.purpose})`,
    `signature  ${entry.signature}, seen ${entry.count} time${entry.count === 1 ? '' : 's'}${entry.lastSeen ? `, last ${entry.lastSeen}` : ''}`,
    `verdict    ${entry.verdict.status}: ${entry.verdict.summary}`,
  ];
  if (entry.verdict.reason) lines.push(`reason     ${entry.verdict.reason}`);
  lines.push('numbers', ...formatNumbers(entry.verdict.numbers));
  lines.push(
    `found      seed ${entry.seed}, path ${entry.path || '—'}, after ${entry.numRuns} runs and ${entry.numShrinks} shrinks`,
    `versions   fast-check ${entry.versions.fastCheck}, generator ${entry.versions.generator}; commit ${entry.commit}, ${entry.date}`,
  );
  if (entry.fixedAt) lines.push(`fixed      ${entry.fixedAt} at commit ${entry.fixedCommit ?? 'unknown'}`);
  lines.push('case', ...canonicalJson(e.value).split('\n').map((l) => `  ${l}`));
  return lines;
}
