/**
 * `goodhart store prune`: removes what is not evidence — temporary files left by an interrupted write, stale
 * locks, and the entries of claims that no longer exist — and, only when asked (`fixed: true`), entries marked
 * fixed. Open and expected entries of existing claims are never removed; malformed files are reported, not
 * removed (fix them by hand). Returns what was (or, with dryRun, would be) removed, each with the reason.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { claimDirectory, readEntry, storedClaimIds } from './directoryStore.ts';
import { LOCK_NAME, STALE_LOCK_MS } from './lock.ts';

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
    if (!options.dryRun && readdirSync(dir).length === 0) rmdirSync(dir);
  }
  return removed;
}
