import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEntries } from './directoryStore.ts';

const WRITER = fileURLToPath(new URL('./concurrentWriter.ts', import.meta.url));
const WRITERS = 4;
const PER_WRITER = 15;

function runWriter(root: string, writer: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, root, String(writer), String(PER_WRITER)], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

describe('store under concurrent writers', () => {
  it(`${WRITERS} processes writing at once lose no entry and no count`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'goodhart-concurrent-'));
    try {
      const codes = await Promise.all(Array.from({ length: WRITERS }, (_, w) => runWriter(root, w)));
      expect(codes, 'writer exit codes').toEqual(Array(WRITERS).fill(0));
      const { entries, errors } = loadEntries(root, 'toy/claim');
      expect(errors.map((e) => e.message)).toEqual([]);
      const shared = entries.filter((e) => e.entry.signature === 'toy/claim|main|shared');
      expect(shared.length, 'one merged entry for the shared signature').toBe(1);
      expect(shared[0].entry.count, 'shared count = every sighting').toBe(WRITERS * PER_WRITER);
      const own = new Set(entries.filter((e) => e.entry.signature !== 'toy/claim|main|shared').map((e) => e.entry.signature));
      expect(own.size, 'own entries').toBe(WRITERS * PER_WRITER);
      const leftovers = readdirSync(join(root, 'toy', 'claim')).filter((f) => !f.endsWith('.json'));
      expect(leftovers, 'temporary files or locks left behind').toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
