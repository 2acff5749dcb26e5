import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toyClaim } from '../report/toyClaims.ts';
import { loadEntries, readEntry } from './directoryStore.ts';
import { applyReplay, replayStore } from './replay.ts';
import { saveEntry } from './save.ts';
import { toyEntry } from './toyEntry.ts';

const roots: string[] = [];
const freshRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'goodhart-replay-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('malformed store files', () => {
  it('names the file and the field, and the rest of the store still replays', () => {
    const root = freshRoot();
    const good = saveEntry(root, toyEntry({ value: { x: 0.9 }, signature: 's1' }));
    const truncated = saveEntry(root, toyEntry({ value: { x: 0.8 }, signature: 's2' }));
    const badField = saveEntry(root, toyEntry({ value: { x: 0.7 }, signature: 's3' }));
    const edited = saveEntry(root, toyEntry({ value: { x: 0.6 }, signature: 's4' }));
    const badNumber = saveEntry(root, toyEntry({ value: { x: 0.5 }, signature: 's5' }));
    writeFileSync(truncated, readFileSync(truncated, 'utf8').slice(0, 120));
    writeFileSync(badField, readFileSync(badField, 'utf8').replace('"count": 1', '"count": "one"'));
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('"x": 0.6', '"x": 0.65'));
    writeFileSync(badNumber, readFileSync(badNumber, 'utf8').replace('"$number": "NaN"', '"$number": "nan"'));

    const { entries, errors } = loadEntries(root, 'toy/claim');
    expect(entries.map((e) => e.file)).toEqual([good]);
    const byFile = new Map(errors.map((e) => [e.file, e]));
    expect(byFile.get(truncated)?.message, 'truncated').toMatch(/not valid JSON/);
    expect(byFile.get(badField)?.field, 'bad field').toBe('count');
    expect(byFile.get(badField)?.message).toContain(badField);
    expect(byFile.get(edited)?.field, 'hand-edited case').toBe('value');
    expect(byFile.get(badNumber)?.message, 'bad number tag').toMatch(/unknown \$number tag "nan"/);

    const replay = replayStore(toyClaim({ id: 'toy/claim', limit: 2 }), root);
    expect(replay.entries.map((e) => e.hash)).toEqual([good.split('/').pop()!.replace('.json', '')]);
    expect(replay.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['count', 'value']));
    expect(replay.errors).toHaveLength(4);
  });
});

describe('replaying stored counterexamples', () => {
  it('marks a counterexample that no longer fails as fixed, keeps it, and reopens it when it fails again', () => {
    const root = freshRoot();
    const file = saveEntry(root, toyEntry({ value: { x: 0.9 } }));
    const fixedClaim = toyClaim({ id: 'toy/claim', limit: 2 });
    const replay = replayStore(fixedClaim, root);
    expect(replay.entries.map((e) => [e.outcome, e.stateBefore, e.state, e.blocking])).toEqual([['holds', 'open', 'fixed', false]]);
    expect(applyReplay(root, fixedClaim, replay, '2026-02-02T00:00:00.000Z')).toHaveLength(1);
    const after = readEntry(file).entry;
    expect([after.state, after.fixedAt]).toEqual(['fixed', '2026-02-02T00:00:00.000Z']);

    const brokenAgain = toyClaim({ id: 'toy/claim', limit: 0.5, expect: 'holds' });
    const again = replayStore(brokenAgain, root);
    expect(again.entries.map((e) => [e.outcome, e.state, e.blocking])).toEqual([['fails', 'open', true]]);
    applyReplay(root, brokenAgain, again);
    expect(readEntry(file).entry.state).toBe('open');
  });

  it('requires the stored counterexamples of a refuted claim to keep refuting', () => {
    const root = freshRoot();
    saveEntry(root, toyEntry({ value: { x: 0.9 }, expect: 'refuted', state: 'expected' }));
    const stillRefuted = replayStore(toyClaim({ id: 'toy/claim', limit: 0.5 }), root);
    expect(stillRefuted.entries.map((e) => [e.outcome, e.state, e.blocking])).toEqual([['fails', 'expected', false]]);
    const noLonger = replayStore(toyClaim({ id: 'toy/claim', limit: 0.95, expect: 'refuted' }), root);
    expect(noLonger.entries.map((e) => [e.outcome, e.state, e.blocking])).toEqual([['holds', 'expected', true]]);
  });

  it('replays necessity and mutant entries under their own purpose', () => {
    const root = freshRoot();
    saveEntry(root, toyEntry({ value: { x: -0.5 }, purpose: 'necessity:nonNegative(x)', signature: 'n', state: 'expected' }));
    saveEntry(root, toyEntry({ value: { x: 0.75 }, purpose: 'mutant:limit halved', signature: 'm', state: 'expected' }));
    saveEntry(root, toyEntry({ value: { x: 0.1 }, purpose: 'mutant:gone', signature: 'g', state: 'expected' }));
    const r = replayStore(toyClaim({ id: 'toy/claim', limit: 1.2 }), root);
    const byPurpose = Object.fromEntries(r.entries.map((e) => [e.purpose, e.outcome]));
    expect(byPurpose).toEqual({ 'necessity:nonNegative(x)': 'holds', 'mutant:limit halved': 'fails', 'mutant:gone': 'unknown-purpose' });
    expect(r.entries.every((e) => !e.blocking && e.state === 'expected')).toBe(true);
  });
});
