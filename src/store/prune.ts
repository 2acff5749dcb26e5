/**
 * `goodhart store prune`: removes what is not evidence — temporary files left by an interrupted write, stale
 * locks, and the entries of claims that no longer exist — merges entries with the same failure signature
 * (written before signatures were merged on save) into the one with the simplest case, adding up their
 * counts, and, only when asked (`fixed: true`), removes entries marked fixed. Malformed files are reported,
 * not removed (fix them by hand). Returns what was (or, with dryRun, would be) removed, each with the reason.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalJson } from './codec.ts';
import { claimDirectory, loadEntries, readEntry, storedClaimIds, writeAtomic, type LoadedEntry } from './directoryStore.ts';
import { LOCK_NAME, STALE_LOCK_MS, withDirectoryLock } from './lock.ts';

export interface PruneOptions {
  /** ids of the claims that exist (entries of other claims are orphans) */
  readonly knownClaims: ReadonlySet<string>;
  readonly fixed?: boolean;
  readonly dryRun?: boolean;
  /** temporary files younger than this may belong to a running writer (default 60 s) */
  readonly minAgeMs?: number;
  readonly now?: number;
}

export interface Pruned { readonly file: string; readonly reason: string }

export function pruneStore(root: string, options: PruneOptions): Pruned[] {
  const now = options.now ?? Date.now();
  const minAge = options.minAgeMs ?? 60_000;
  const removed: Pruned[] = [];
  const remove = (file: string, reason: string) => {
    removed.push({ file, reason });
    if (!options.dryRun) unlinkSync(file);
  };
  for (const id of storedClaimIds(root)) {
    const dir = claimDirectory(root, id);
    const orphan = !options.knownClaims.has(id);
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      const age = now - statSync(file).mtimeMs;
      if (name.endsWith('.tmp')) {
        if (age > minAge) remove(file, 'temporary file of an interrupted write');
      } else if (name === LOCK_NAME) {
        if (age > STALE_LOCK_MS) remove(file, 'stale lock');
      } else if (name.endsWith('.json')) {
        if (orphan) {
          remove(file, `claim '${id}' no longer exists`);
          continue;
        }
        if (!options.fixed) continue;
        try {
          if (readEntry(file).entry.state === 'fixed') remove(file, 'fixed (removed on request: --fixed)');
        } catch {
          // malformed: reported by `store list`, left for a person to fix
        }
      }
    }
    if (!orphan) removed.push(...mergeDuplicates(root, id, options.dryRun === true));
    if (!options.dryRun && readdirSync(dir).length === 0) {
      rmdirSync(dir);
      if (readdirSync(dirname(dir)).length === 0) rmdirSync(dirname(dir));
    }
  }
  return removed;
}

/** Fold open/expected entries of one signature into the one with the shortest case text (then by hash). */
function mergeDuplicates(root: string, claimId: string, dryRun: boolean): Pruned[] {
  const dir = claimDirectory(root, claimId);
  const work = () => {
    const groups = new Map<string, LoadedEntry[]>();
    for (const e of loadEntries(root, claimId).entries) {
      if (e.entry.state === 'fixed') continue;
      groups.set(e.entry.signature, [...(groups.get(e.entry.signature) ?? []), e]);
    }
    const removed: Pruned[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const size = (e: LoadedEntry) => canonicalJson(e.value).length;
      const [keep, ...rest] = [...group].sort((a, b) => size(a) - size(b) || a.hash.localeCompare(b.hash));
      const count = group.reduce((s, e) => s + e.entry.count, 0);
      if (!dryRun) writeAtomic(keep.file, `${canonicalJson({ ...keep.entry, count })}\n`);
      for (const e of rest) {
        removed.push({ file: e.file, reason: `same failure signature as ${keep.hash} (merged into it: count ${count})` });
        if (!dryRun) unlinkSync(e.file);
      }
    }
    return removed;
  };
  return dryRun ? work() : withDirectoryLock(dir, work);
}
