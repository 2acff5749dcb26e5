/** `goodhart store list | show ID | prune`: read and tidy the counterexample store. */
import { findEntryFiles, loadStore, readEntry, storePath, type LoadedEntry } from '../store/directoryStore.ts';
import { entryLine, entryPage } from '../store/format.ts';
import { pruneStore } from '../store/prune.ts';
import { StoreError } from '../errors.ts';
import { claimIds } from './loadClaims.ts';
import { UsageError } from './usageError.ts';

type Out = Pick<NodeJS.WriteStream, 'write'>;

export function storeList(root: string, filter: { claim?: string; state?: string }, out: Out = process.stdout): number {
  const { entries, errors } = loadStore(root);
  const shown = entries.filter((e) => (!filter.claim || e.entry.claimId === filter.claim) && (!filter.state || e.entry.state === filter.state));
  for (const e of shown) out.write(`${entryLine(e)}\n`);
  for (const err of errors) process.stderr.write(`unreadable: ${err.message}\n`);
  const by = (s: string) => shown.filter((e) => e.entry.state === s).length;
  out.write(`${shown.length} entries (open ${by('open')}, expected ${by('expected')}, fixed ${by('fixed')})${errors.length ? `, ${errors.length} unreadable` : ''}\n`);
  return errors.length === 0 ? 0 : 1;
}

/** The one entry an id (path, hash or hash prefix) designates; a usage error when none or several. */
export function resolveEntry(root: string, id: string): LoadedEntry {
  const files = findEntryFiles(root, id);
  if (files.length === 0) throw new UsageError(`no stored counterexample '${id}' in ${root} (give a file path, a hash or a hash prefix of 4+ digits)`);
  if (files.length > 1) throw new UsageError(`'${id}' matches ${files.length} entries: ${files.map((f) => storePath(root, f)).join(', ')}`);
  try {
    return readEntry(files[0]);
  } catch (err) {
    if (err instanceof StoreError) throw new UsageError(err.message);
    throw err;
  }
}

export function storeShow(root: string, id: string, out: Out = process.stdout): number {
  out.write(`${entryPage(resolveEntry(root, id)).join('\n')}\n`);
  return 0;
}

export function storePrune(root: string, propertiesDir: string, opts: { fixed?: boolean; dryRun?: boolean }, out: Out = process.stdout): number {
  const knownClaims = new Set(claimIds(propertiesDir));
  const removed = pruneStore(root, { knownClaims, fixed: opts.fixed, dryRun: opts.dryRun });
  for (const r of removed) out.write(`${opts.dryRun ? 'would remove' : 'removed'} ${storePath(root, r.file)}: ${r.reason}\n`);
  out.write(`${removed.length} file${removed.length === 1 ? '' : 's'} ${opts.dryRun ? 'to remove' : 'removed'}\n`);
  return 0;
}
