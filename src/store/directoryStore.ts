/**
 * The counterexample store on disk, after Hypothesis's example database: one directory per claim id, one
 * JSON file per entry named by the content hash of its canonical value, written to a temporary file and
 * renamed (atomic on POSIX), so that readers never see a torn entry. Reading checks every field (entry.ts),
 * that the value still hashes to the file name (a hand-edited case is reported, not replayed) and that the
 * claim id matches the folder; a bad file is an error naming the file and the field, never fatal to the rest.
 * Writing (merging duplicates under a lock) is in save.ts.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { StoreError } from '../errors.ts';
import { contentHash, decodeValue } from './codec.ts';
import { storeEntrySchema, type StoreEntry } from './entry.ts';

export interface LoadedEntry {
  readonly file: string;
  /** the content hash, i.e. the file name without `.json` */
  readonly hash: string;
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

/** Parse one file; throws StoreError naming the file and the first bad field. */
export function readEntry(file: string): LoadedEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StoreError(file, undefined, `not valid JSON (${(err as Error).message}); truncated or hand-edited?`);
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
  const entry = parsed.data;
  const hash = basename(file, '.json');
  const actual = contentHash(entry.value);
  if (actual !== hash) {
    throw new StoreError(file, 'value', `hashes to ${actual}, not to the file name ${hash} (the case was edited by hand: save it as a new entry instead)`);
  }
  const folder = dirname(file).split(sep).slice(-2).join('/');
  if (folder !== entry.claimId) {
    throw new StoreError(file, 'claimId', `'${entry.claimId}' does not match the folder '${folder}'`);
  }
  return { file, hash, entry, value: entry.value };
}

/** The entry files of one claim folder (the lock and temporary files are not entries). */
export function entryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name));
}

function loadFiles(files: readonly string[]): LoadResult {
  const entries: LoadedEntry[] = [];
  const errors: StoreError[] = [];
  for (const file of files) {
    try {
      entries.push(readEntry(file));
    } catch (err) {
      errors.push(err instanceof StoreError ? err : new StoreError(file, undefined, String(err)));
    }
  }
  return { entries, errors };
}

/** Every entry of one claim; malformed files are reported, never fatal. */
export function loadEntries(root: string, claimId: string): LoadResult {
  return loadFiles(entryFiles(claimDirectory(root, claimId)));
}

/** The claim ids that have a folder in the store (<root>/<area>/<slug>/). */
export function storedClaimIds(root: string): string[] {
  if (!existsSync(root)) return [];
  const ids: string[] = [];
  for (const area of readdirSync(root).sort()) {
    const areaDir = join(root, area);
    if (!statSync(areaDir).isDirectory()) continue;
    for (const slug of readdirSync(areaDir).sort()) {
      if (statSync(join(areaDir, slug)).isDirectory()) ids.push(`${area}/${slug}`);
    }
  }
  return ids;
}

/** Every entry of every claim in the store. */
export function loadStore(root: string): LoadResult {
  return loadFiles(storedClaimIds(root).flatMap((id) => entryFiles(claimDirectory(root, id))));
}

/**
 * The entry files an id designates: a path to an entry file, or a content hash or a unique prefix of one
 * (at least 4 hex digits). Returns every match (the caller reports none or several).
 */
export function findEntryFiles(root: string, id: string): string[] {
  if (id.endsWith('.json') && existsSync(id)) return [id];
  const hash = basename(id, '.json');
  if (!/^[0-9a-f]{4,16}$/.test(hash)) return [];
  return storedClaimIds(root)
    .flatMap((claimId) => entryFiles(claimDirectory(root, claimId)))
    .filter((file) => basename(file).startsWith(hash));
}

/** A file's path relative to the store root, with forward slashes (for reports and messages). */
export function storePath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/** Saving (merging duplicates under a lock) lives in save.ts; re-exported here for existing importers. */
export { saveEntry } from './save.ts';
