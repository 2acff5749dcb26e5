import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../claims/types.ts';
import { toyClaim } from '../report/toyClaims.ts';
import { readEntry } from '../store/directoryStore.ts';
import { withStoredVerdictsMemoized } from '../store/memoized.ts';
import { saveEntry } from '../store/save.ts';
import { toyEntry } from '../store/toyEntry.ts';
import { runVerify } from './verifyCommand.ts';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'goodhart-verify-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function sink() {
  let text = '';
  const out = new Writable({ write: (c, _e, cb) => { text += c; cb(); } }) as unknown as NodeJS.WriteStream;
  return { out, text: () => text };
}
const verify = (claims: Claim<unknown>[], store: string, report: string, extra: { shard?: { index: number; count: number } } = {}) =>
  runVerify({ propertiesDir: '', claims, storeRoot: store, reportDir: report, claimIds: [], numRuns: 30, seed: 1, json: false, quick: false, out: sink().out, ...extra });

describe('goodhart verify and the store', () => {
  it('a stored failure fails the run until fixed, then stays in the store marked fixed', async () => {
    const store = fresh(), report = fresh();
    const file = saveEntry(store, toyEntry({ claimId: 'toy/claim', signature: 'toy/claim|main|fails', value: { x: 0.75 } }));
    expect(await verify([toyClaim({ id: 'toy/claim', limit: 0.7, expect: 'holds' })], store, report), 'still failing').toBe(1);
    expect(readEntry(file).entry.state).toBe('open');
    expect(await verify([toyClaim({ id: 'toy/claim', limit: 1.5 })], store, report), 'fixed').toBe(0);
    const after = readEntry(file).entry;
    expect([after.state, typeof after.fixedAt]).toEqual(['fixed', 'string']);
    const json = JSON.parse(readFileSync(join(report, 'report.json'), 'utf8'));
    expect(json.claims[0].stored.entries.map((e: { stateBefore: string; state: string }) => `${e.stateBefore}→${e.state}`)).toEqual(['open→fixed']);
  });

  it('a refuted claim must find a counterexample on its own, and its stored ones must keep refuting', async () => {
    const store = fresh(), report = fresh();
    saveEntry(store, toyEntry({ claimId: 'toy/claim', signature: 'old', value: { x: 0.55 }, expect: 'refuted', state: 'expected' }));
    expect(await verify([toyClaim({ id: 'toy/claim', limit: 0.5 })], store, report)).toBe(0);
    expect(await verify([toyClaim({ id: 'toy/claim', limit: 0.6, expect: 'refuted' })], store, report), 'stored x = 0.55 no longer refutes x < 0.6').toBe(1);
  });

  it('writes a results file per shard, with the shard\'s share of the runs', async () => {
    const store = fresh(), report = fresh();
    await verify([toyClaim({ id: 'toy/claim', limit: 1.5 })], store, report, { shard: { index: 2, count: 4 } });
    const run = JSON.parse(readFileSync(join(report, 'results', 'shard-2-of-4.json'), 'utf8'));
    expect([run.numRuns, run.shard.index, run.shard.count, run.seed], '30 runs in 4 shards: 8, 8, 7, 7').toEqual([8, 2, 4, 1]);
    expect(run.shard.seed, 'shard seed derived, not the base seed').not.toBe(1);
    await verify([toyClaim({ id: 'toy/claim', limit: 1.5 })], store, report, { shard: { index: 1, count: 4 } });
    expect(existsSync(join(report, 'results', 'shard-2-of-4.json')), 'a shard of the same run is kept').toBe(true);
    await verify([toyClaim({ id: 'toy/claim', limit: 1.5 })], store, report);
    expect(readdirSync(join(report, 'results')), 'results of another run are replaced').toEqual(['shard-1-of-1.json']);
  });

  it('evaluates each stored case once, though it runs in the replay and first in the search', () => {
    let calls = 0;
    const base = toyClaim({ id: 'toy/claim', limit: 1.5 });
    const counting = { ...base, conclusion: (c: unknown) => (calls++, base.conclusion(c)) };
    const stored = [{ x: 0.1 }, { x: 0.2 }];
    const once = withStoredVerdictsMemoized(counting, stored);
    for (const v of [...stored, ...stored, { x: 0.1 }]) once.conclusion(v);
    expect(calls, 'two stored objects, evaluated once each, plus one other object').toBe(3);
  });
});
