import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryFiles, loadEntries, readEntry } from './directoryStore.ts';
import { saveEntryDetailed } from './save.ts';
import { toyEntry } from './toyEntry.ts';

const roots: string[] = [];
const freshRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'goodhart-store-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('saving to the store', () => {
  it('names the file by the content hash of the value; saving the same search twice changes nothing', () => {
    const root = freshRoot();
    const first = saveEntryDetailed(root, toyEntry());
    const text = readFileSync(first.file, 'utf8');
    const again = saveEntryDetailed(root, toyEntry({ date: '2027-01-01T00:00:00.000Z' }));
    expect(first.action).toBe('created');
    expect(again).toEqual({ file: first.file, action: 'unchanged' });
    expect(readFileSync(first.file, 'utf8'), 'file rewritten by a repeated save').toBe(text);
    expect(readdirSync(join(root, 'toy', 'claim'))).toEqual([first.file.split('/').pop()]);
  });

  it('keeps NaN, ±Infinity, −0 and subnormals in the verdict numbers and the case', () => {
    const root = freshRoot();
    const value = { a: NaN, b: -Infinity, c: -0, d: 5e-324 };
    const { file } = saveEntryDetailed(root, toyEntry({ value }));
    const back = readEntry(file);
    expect(back.entry.verdict.numbers, file).toEqual({ x: 1, margin: -0, limit: Infinity, err: NaN });
    expect(Object.is(back.entry.verdict.numbers.margin, -0), 'margin −0').toBe(true);
    const v = back.value as typeof value;
    expect([Number.isNaN(v.a), v.b, Object.is(v.c, -0), v.d]).toEqual([true, -Infinity, true, 5e-324]);
  });

  it('merges a different case with the same failure signature into one entry with a count', () => {
    const root = freshRoot();
    const a = saveEntryDetailed(root, toyEntry({ value: { x: 1 }, seed: 1 }));
    const b = saveEntryDetailed(root, toyEntry({ value: { x: 2 }, seed: 2 }));
    const c = saveEntryDetailed(root, toyEntry({ value: { x: 3 }, seed: 2 }));
    const d = saveEntryDetailed(root, toyEntry({ value: { x: 4 }, seed: 3, signature: 'toy/claim|main|other' }));
    expect([a.action, b.action, c.action, d.action]).toEqual(['created', 'merged', 'unchanged', 'created']);
    expect(b.file).toBe(a.file);
    const { entries, errors } = loadEntries(root, 'toy/claim');
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.entry.signature, e.entry.count]).sort()).toEqual([
      ['toy/claim|main|fails', 2],
      ['toy/claim|main|other', 1],
    ]);
  });

  it('never merges a new failure into a fixed entry, and reopens a fixed case that fails again', () => {
    const root = freshRoot();
    const fixed = saveEntryDetailed(root, toyEntry({ value: { x: 1 }, state: 'fixed', fixedAt: 'then' }));
    const other = saveEntryDetailed(root, toyEntry({ value: { x: 2 }, seed: 7 }));
    expect(other.action, 'new failure beside a fixed entry').toBe('created');
    const again = saveEntryDetailed(root, toyEntry({ value: { x: 1 } }));
    expect(again).toEqual({ file: fixed.file, action: 'reopened' });
    const back = readEntry(fixed.file).entry;
    expect([back.state, back.fixedAt]).toEqual(['open', undefined]);
    expect(entryFiles(join(root, 'toy', 'claim'))).toHaveLength(2);
  });
});
