/**
 * What the counterexample store adds to a verify run, and how long the report takes for 50 claims.
 * Run: npx vitest bench --run bench/store-report.bench.ts
 *
 * "verify" is one claim's main search (T1's own construction and generators, the default 1000 runs, necessity
 * checks and mutants skipped: the cheapest verify, so the store's share is the largest it gets); "store" is everything the
 * store adds to that claim's verify (read and validate 20 entries, replay them, record the counterexamples,
 * write the replayed states). The report benches render all four files for 50 claims with plots.
 */
import fc from 'fast-check';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { heavyTailed } from '../src/arbitraries/heavyTailed.ts';
import { logUniform } from '../src/arbitraries/logUniform.ts';
import { buildCached } from '../src/claims/buildCached.ts';
import { defineClaim } from '../src/claims/defineClaim.ts';
import type { Claim } from '../src/claims/types.ts';
import { verifyClaim } from '../src/claims/verify.ts';
import { highMeanLowKlVerdict } from '../src/constructions/highMeanVerdict.ts';
import { t1FigureSeries } from '../src/constructions/t1Figure.ts';
import type { DistributionSpec } from '../src/distributions/types.ts';
import { buildReport, makeRunFile } from '../src/report/collect.ts';
import { renderHtml } from '../src/report/html.ts';
import { toyClaim } from '../src/report/toyClaims.ts';
import { writeReports } from '../src/report/write.ts';
import { loadEntries } from '../src/store/directoryStore.ts';
import { examplesFrom, recordResult } from '../src/store/record.ts';
import { withStoredVerdictsMemoized } from '../src/store/memoized.ts';
import { applyReplay, replayStore } from '../src/store/replay.ts';
import { saveEntry } from '../src/store/save.ts';
import { toyEntry } from '../src/store/toyEntry.ts';

interface Case { q: DistributionSpec; M: number; eps: number }
const t1Like = defineClaim<Case>({
  id: 'bench/t1-like', title: 'T1 as a benchmark', source: 'bench', quote: 'T1', aliases: [], reading: 'T1', uses: [],
  hypotheses: [{ name: 'heavyTailed(Q)', description: 'λ₊ = 0', holds: (c) => buildCached(c.q).tailClass === 'heavy' }],
  necessity: { 'heavyTailed(Q)': 'load-bearing' },
  conclusion: (c) => highMeanLowKlVerdict(buildCached(c.q), c.M, c.eps),
  expect: 'holds',
  arbitrary: fc.record({ q: heavyTailed({ finiteMean: true }), M: logUniform(1e-6, 1e8), eps: logUniform(1e-10, 10) }),
}) as unknown as Claim<unknown>;

const seedStore = mkdtempSync(join(tmpdir(), 'goodhart-bench-store-'));
const cases = fc.sample(t1Like.arbitrary, { numRuns: 20, seed: 1 });
cases.forEach((value, i) => saveEntry(seedStore, toyEntry({ claimId: t1Like.id, value, signature: `bench/t1-like|main|k${i}`, seed: i })));
const baseline = verifyClaim(t1Like, { numRuns: 200, seed: 3, mainOnly: true });
let round = 0;

// 50 claims, a third with the T1 series (3 plots), a third with a small generic series (1 plot), in a chain of uses
const series = t1FigureSeries();
const claims50 = Array.from({ length: 50 }, (_, i) =>
  toyClaim({
    id: `bench/claim-${String(i).padStart(2, '0')}`, limit: i % 7 === 6 ? 0.5 : 1.5, uses: i > 0 && i % 5 !== 0 ? [`bench/claim-${String(i - 1).padStart(2, '0')}`] : [],
    series: i % 3 === 0 ? () => series : i % 3 === 1 ? () => ({ curve: Array.from({ length: 50 }, (_, k) => ({ beta: k / 10, ev: Math.sin(k / 5) })) }) : undefined,
  }));
const results50 = claims50.map((c) => verifyClaim(c, { numRuns: 30, seed: 1 }));
const run50 = makeRunFile(claims50, results50, { seed: 1, numRuns: 30 });
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
    buildReport([run50]);
  }, { iterations: 10, time: 0 });
  bench('render index.html (34 plots + graph)', async () => {
    await renderHtml(buildReport([run50]));
  }, { iterations: 3, warmupIterations: 1, time: 0 });
  bench('write all four files', async () => {
    await writeReports(reportDir, buildReport([run50]));
  }, { iterations: 3, warmupIterations: 1, time: 0 });
});
