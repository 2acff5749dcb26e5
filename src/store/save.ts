/**
 * Saving to the store: a new counterexample either creates a file named by its content hash or, when an
 * entry with the same failure signature (claim, purpose, kind of failure) is already open or expected, is
 * merged into it by adding to its count, so a thousand runs hitting one edge case leave one readable entry.
 * Every read-modify-write happens under the claim folder's lock (lock.ts), so concurrent writers lose nothing;
 * every write is atomic (temporary file, then rename).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { canonicalJson } from './codec.ts';
import { claimDirectory, entryFile, entryFiles, readEntry, writeAtomic, type LoadedEntry } from './directoryStore.ts';
import type { NewEntry, StoreEntry } from './entry.ts';
import { withDirectoryLock } from './lock.ts';

export type SaveAction = 'created' | 'merged' | 'reopened' | 'unchanged';

export interface SaveOutcome {
  readonly file: string;
  readonly action: SaveAction;
}

function write(file: string, entry: NewEntry | StoreEntry): void {
  writeAtomic(file, `${canonicalJson(entry)}\n`);
}

function tryRead(file: string): LoadedEntry | undefined {
  try {
    return readEntry(file);
  } catch {
    return undefined; // a malformed file is reported on load; never overwritten here
  }
}

/** A cheap look at a file's signature and state before the full (validating) read. */
function mayMatch(file: string, signature: string): boolean {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { signature?: unknown; state?: unknown };
    return raw.signature === signature && raw.state !== 'fixed';
  } catch {
    return false;
  }
}

/** Merge a new sighting into an entry: a search with a seed already recorded is the same search run again
 * (same code and seed, same case) and changes nothing, so re-running CI leaves the committed store as it is. */
function bump(existing: LoadedEntry, incoming: NewEntry): StoreEntry {
  const old = existing.entry;
  const sameSearch = incoming.seed === old.seed || incoming.seed === old.lastSeed;
  const next: StoreEntry = sameSearch ? old : { ...old, count: old.count + incoming.count, lastSeen: incoming.date, lastSeed: incoming.seed };
  if (old.state === 'fixed' && incoming.state === 'open') {
    // The very case that had been fixed fails again: a regression, reopened.
    return { ...next, state: 'open', fixedAt: undefined, fixedCommit: undefined };
  }
  return next;
}

/** Save (or merge) one entry; returns the file that now holds it and what was done. */
export function saveEntryDetailed(root: string, entry: NewEntry): SaveOutcome {
  const dir = claimDirectory(root, entry.claimId);
  mkdirSync(dir, { recursive: true });
  return withDirectoryLock(dir, () => {
    const file = entryFile(root, entry.claimId, entry.value);
    if (existsSync(file)) {
      const existing = tryRead(file);
      if (!existing) return { file, action: 'unchanged' as const };
      const next = bump(existing, entry);
      if (next === existing.entry) return { file, action: 'unchanged' as const };
      write(file, next);
      return { file, action: next.state !== existing.entry.state ? ('reopened' as const) : ('merged' as const) };
    }
    for (const other of entryFiles(dir)) {
      if (!mayMatch(other, entry.signature)) continue;
      const existing = tryRead(other);
      // A fixed entry never absorbs a new failure: its stored case no longer fails, the new one does.
      if (existing && existing.entry.signature === entry.signature && existing.entry.state !== 'fixed') {
        const next = bump(existing, entry);
        if (next === existing.entry) return { file: other, action: 'unchanged' as const };
        write(other, next);
        return { file: other, action: 'merged' as const };
      }
    }
    write(file, entry);
    return { file, action: 'created' as const };
  });
}

/** Save (or merge) one entry; returns the file. */
export function saveEntry(root: string, entry: NewEntry): string {
  return saveEntryDetailed(root, entry).file;
}

/** Re-read an entry under the lock, change it, and write it back atomically (used to mark entries fixed). */
export function updateEntry(file: string, change: (entry: StoreEntry) => StoreEntry): StoreEntry {
  return withDirectoryLock(dirname(file), () => {
    const current = readEntry(file).entry;
    const next = change(current);
    if (canonicalJson(next) !== canonicalJson(current)) write(file, next);
    return next;
  });
}
