import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStore, readEntry } from './directoryStore.ts';
import { pruneStore } from './prune.ts';
import { saveEntry } from './save.ts';
import { toyEntry } from './toyEntry.ts';
import { writeAtomic } from './directoryStore.ts';
import { canonicalJson, contentHash } from './codec.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('store prune', () => {
  it('removes leftovers and orphans, merges legacy duplicates, and keeps fixed entries unless asked', () => {
    const root = mkdtempSync(join(tmpdir(), 'goodhart-prune-'));
    roots.push(root);
    const fixed = saveEntry(root, toyEntry({ value: { x: 1 }, state: 'fixed', signature: 'f' }));
    saveEntry(root, toyEntry({ value: { x: 0.5 }, signature: 'dup' }));
    // a duplicate written the old way (no merging on save): same signature, its own file
    const legacy = { ...toyEntry({ value: { x: 0.123456 }, signature: 'dup', count: 2 }) };
    const legacyFile = join(root, 'toy', 'claim', `${contentHash(legacy.value)}.json`);
    writeAtomic(legacyFile, `${canonicalJson(legacy)}\n`);
    const orphan = saveEntry(root, toyEntry({ claimId: 'gone/claim', value: { x: 2 } }));
    const tmp = join(root, 'toy', 'claim', 'abc.json.123.tmp');
    writeFileSync(tmp, '{');
    utimesSync(tmp, new Date(0), new Date(0));

    const dry = pruneStore(root, { knownClaims: new Set(['toy/claim']), dryRun: true });
    expect(dry.map((p) => p.file).sort()).toEqual([legacyFile, orphan, tmp].sort());
    expect(existsSync(orphan), 'dry run removes nothing').toBe(true);

    pruneStore(root, { knownClaims: new Set(['toy/claim']) });
    expect(existsSync(join(root, 'gone')), 'orphan folder removed').toBe(false);
    const { entries } = loadStore(root);
    expect(entries.map((e) => [e.entry.signature, e.entry.count, e.entry.state]).sort()).toEqual([['dup', 3, 'open'], ['f', 1, 'fixed']]);
    expect(readdirSync(join(root, 'toy', 'claim')).filter((f) => !f.endsWith('.json'))).toEqual([]);

    pruneStore(root, { knownClaims: new Set(['toy/claim']), fixed: true });
    expect(existsSync(fixed), 'fixed entry removed on request').toBe(false);
    expect(readEntry(entries.find((e) => e.entry.signature === 'dup')!.file).entry.count).toBe(3);
  });
});
