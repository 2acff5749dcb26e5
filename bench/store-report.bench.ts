/**
 * What the counterexample store adds to a verify run, and how long the report takes for 50 claims.
 * Run: npx vitest bench --run bench/store-report.bench.ts
 *
 * "verify" is one claim's main search (T1's own construction and generators, the default 1000 runs, necessity
 * checks and mutants skipped: the cheapest verify, so the store's share is the largest it gets); "store" is everything the
 * store adds to that claim's verify (read and validate 20 entries, replay them, record the counterexamples,
 * write the replayed states). The report benches render all four files for 50 claims with plots.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { verifyClaim } from '../src/claims/verify.ts';
import { buildReport } from '../src/report/collect.ts';
import { renderHtml } from '../src/report/html.ts';
import { writeReports } from '../src/report/write.ts';
import { loadEntries } from '../src/store/directoryStore.ts';
import { examplesFrom, recordResult } from '../src/store/record.ts';
import { withStoredVerdictsMemoized } from '../src/store/memoized.ts';
import { applyReplay, replayStore } from '../src/store/replay.ts';
import { run50, seedT1Store, t1Like } from './storeReportFixtures.ts';

const { root: seedStore, cases } = seedT1Store();
const baseline = verifyClaim(t1Like, { numRuns: 200, seed: 3, mainOnly: true });
let round = 0;

const run = run50();
const reportDir = mkdtempSync(join(tmpdir(), 'goodhart-bench-report-'));
afterAll(() => [seedStore, reportDir].forEach((d) => rmSync(d, { recursive: true, force: true })));

let copy = '';
const freshCopy = () => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = mkdtempSync(join(tmpdir(), 'goodhart-bench-copy-'));
  cpSync(seedStore, copy, { recursive: true });
};
afterAll(() => copy && rmSync(copy, { recursive: true, force: true }));

describe('store overhead on one verify', () => {
  bench('verify (T1 construction, default 1000 runs, main search only)', () => {
    verifyClaim(t1Like, { numRuns: 1000, seed: 3, mainOnly: true });
  }, { iterations: 3, warmupIterations: 1, time: 0 });

  bench('store I/O only (20 entries: load and validate, record, write states)', () => {
    const load = loadEntries(copy, t1Like.id);
    recordResult(copy, { ...baseline, counterexample: { value: cases[round % 20], verdict: { status: 'fails', summary: 'bench', numbers: {} }, seed: 1000 + round++, path: '', numShrinks: 0, numRuns: 1 } });
    applyReplay(copy, t1Like, { entries: [], errors: load.errors.map((e) => ({ file: e.file, message: e.message })) });
  }, { iterations: 20, warmupIterations: 2, time: 0, setup: freshCopy });

  bench('store with replay (20 entries evaluated once, as in goodhart verify)', () => {
    const load = loadEntries(copy, t1Like.id);
    const examples = examplesFrom(load, { expect: 'holds', forSearch: true });
    const once = withStoredVerdictsMemoized(t1Like, examples);
    const replay = replayStore(once, copy, load);
    recordResult(copy, { ...baseline, counterexample: { value: cases[round % 20], verdict: { status: 'fails', summary: 'bench', numbers: {} }, seed: 1000 + round++, path: '', numShrinks: 0, numRuns: 1 } });
    applyReplay(copy, t1Like, replay);
  }, { iterations: 10, warmupIterations: 2, time: 0, setup: freshCopy });
});

describe('report for 50 claims', () => {
  bench('build report data', () => {
    buildReport([run]);
  }, { iterations: 10, time: 0 });
  bench('render index.html (34 plots + graph)', async () => {
    await renderHtml(buildReport([run]));
  }, { iterations: 3, warmupIterations: 1, time: 0 });
  bench('write all four files', async () => {
    await writeReports(reportDir, buildReport([run]));
  }, { iterations: 3, warmupIterations: 1, time: 0 });
});
