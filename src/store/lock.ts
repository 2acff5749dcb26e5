/**
 * A per-directory writer lock for the store, so that parallel vitest workers and parallel shards merging
 * duplicates (read a count, write it back plus one) lose nothing. The lock is a file created with O_EXCL
 * (`wx`), which exactly one process can create; the others wait (a synchronous sleep, Atomics.wait) and retry.
 * A lock left by a crashed process is taken over once it is older than STALE_LOCK_MS.
 */
import { closeSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.ts';

export const LOCK_NAME = '.lock';
export const STALE_LOCK_MS = 30_000;
const GIVE_UP_MS = 60_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError(file, undefined, `cannot create the store lock (${(err as Error).message})`);
  }
}

function removeIfStale(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs > STALE_LOCK_MS) unlinkSync(file);
  } catch {
    // gone meanwhile: nothing to do
  }
}

/** Run `work` holding the lock of `dir` (which must exist). */
export function withDirectoryLock<T>(dir: string, work: () => T): T {
  const file = join(dir, LOCK_NAME);
  const started = Date.now();
  let attempt = 0;
  while (!tryCreate(file)) {
    if (Date.now() - started > GIVE_UP_MS) {
      throw new StoreError(file, undefined, `store lock held for over ${GIVE_UP_MS / 1000} s; remove it if no goodhart process is running`);
    }
    removeIfStale(file);
    sleepSync(Math.min(50, 2 + attempt++) * (0.5 + Math.random()));
  }
  try {
    return work();
  } finally {
    try {
      unlinkSync(file);
    } catch {
      // already removed as stale by another process: our work is done either way
    }
  }
}
