/**
 * The counterexample store on disk, after Hypothesis's example database: one directory per claim id, one
 * JSON file per entry named by the content hash of its canonical value, written to a temporary file and
 * renamed (atomic on POSIX), so that parallel writers never lose or tear an entry and saving twice is a no-op.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StoreError } from '../errors.ts';
import { canonicalJson, contentHash, decodeValue, encodeValue } from './codec.ts';
import { storeEntrySchema, type StoreEntry } from './entry.ts';

export interface LoadedEntry {
  readonly file: string;
  readonly entry: StoreEntry;
  /** the decoded case */
  readonly value: unknown;
}

export interface LoadResult {
  readonly entries: LoadedEntry[];
  /** one error per file that could not be read: the rest still replays */
  readonly errors: StoreError[];
}

export function claimDirectory(root: string, claimId: string): string {
  return join(root, ...claimId.split('/'));
}

/** The file an entry is stored in: <root>/<area>/<slug>/<hash of value>.json */
export function entryFile(root: string, claimId: string, value: unknown): string {
  return join(claimDirectory(root, claimId), `${contentHash(value)}.json`);
}

/** Write atomically: a temporary file in the same directory, then rename over the target. */
export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, text, { flag: 'wx' });
  renameSync(tmp, file);
}

/** Save an entry (its `value` a decoded case); a file for the same value already there is left as it is. */
export function saveEntry(root: string, entry: Omit<StoreEntry, 'value'> & { value: unknown }): string {
  const file = entryFile(root, entry.claimId, entry.value);
  if (existsSync(file)) return file;
  mkdirSync(claimDirectory(root, entry.claimId), { recursive: true });
  writeAtomic(file, `${canonicalJson({ ...entry, value: entry.value })}\n`);
  return file;
}

/** Parse one file; throws StoreError naming the file and the first bad field. */
export function readEntry(file: string): LoadedEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StoreError(file, undefined, `not valid JSON (${(err as Error).message})`);
  }
  let decoded: unknown;
  try {
    decoded = decodeValue(raw);
  } catch (err) {
    throw new StoreError(file, undefined, (err as Error).message);
  }
  const parsed = storeEntrySchema.safeParse(decoded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(file, issue.path.join('.') || undefined, issue.message);
  }
  // Re-encode/decode the case itself so that tagged numbers inside it come back as numbers.
  return { file, entry: parsed.data, value: decodeValue(encodeValue(parsed.data.value)) };
}

/** Every entry of one claim; malformed files are reported, never fatal. */
export function loadEntries(root: string, claimId: string): LoadResult {
  const dir = claimDirectory(root, claimId);
  if (!existsSync(dir)) return { entries: [], errors: [] };
  const entries: LoadedEntry[] = [];
  const errors: StoreError[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    try {
      entries.push(readEntry(join(dir, name)));
    } catch (err) {
      errors.push(err instanceof StoreError ? err : new StoreError(join(dir, name), undefined, String(err)));
    }
  }
  return { entries, errors };
}
