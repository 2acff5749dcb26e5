/**
 * CPU time (not wall time, which a loaded machine inflates) of what the store adds to a verify, against the
 * verify itself, and of writing the 50-claim report. Run: npx tsx bench/report-cpu.ts
 */
import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyClaim } from '../src/claims/verify.ts';
import { buildReport } from '../src/report/collect.ts';
import { renderHtml } from '../src/report/html.ts';
import { writeReports } from '../src/report/write.ts';
import { loadEntries } from '../src/store/directoryStore.ts';
import { withStoredVerdictsMemoized } from '../src/store/memoized.ts';
import { examplesFrom, recordResult } from '../src/store/record.ts';
import { applyReplay, replayStore } from '../src/store/replay.ts';
import { run50, seedT1Store, t1Like } from './storeReportFixtures.ts';

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
function measure<T>(f: () => T): { cpu: number; wall: number; value: T } {
  const c0 = cpuMs(), w0 = performance.now();
  const value = f();
  return { cpu: cpuMs() - c0, wall: performance.now() - w0, value };
}

const { root: seeded } = seedT1Store();
for (let i = 0; i < 3; i++) {
  const store = mkdtempSync(join(tmpdir(), 'goodhart-cpu-store-'));
  cpSync(seeded, store, { recursive: true });
  const s = measure(() => {
    const load = loadEntries(store, t1Like.id);
    const examples = examplesFrom(load, { expect: 'holds', forSearch: true });
    const once = withStoredVerdictsMemoized(t1Like, examples);
    return { once, examples, replay: replayStore(once, store, load) };
  });
  const v = measure(() => verifyClaim(s.value.once, { numRuns: 1000, seed: 3 + i, examples: s.value.examples, mainOnly: true }));
  const w = measure(() => {
    recordResult(store, v.value);
    applyReplay(store, t1Like, s.value.replay);
  });
  const storeCpu = s.cpu + w.cpu;
  console.log(`verify 1000 runs: ${v.cpu.toFixed(0)} ms CPU; store (20 entries: load, replay, record, write): ${storeCpu.toFixed(0)} ms CPU = ${(100 * storeCpu / v.cpu).toFixed(1)}%`);
  rmSync(store, { recursive: true, force: true });
}
rmSync(seeded, { recursive: true, force: true });

const report = buildReport([run50()]);
const dir = mkdtempSync(join(tmpdir(), 'goodhart-report-cpu-'));
await renderHtml(report); // warm-up: loads vega
for (let i = 0; i < 3; i++) {
  const c0 = cpuMs(), w0 = performance.now();
  await writeReports(dir, report);
  console.log(`report, 50 claims (34 plots), all four files: ${(cpuMs() - c0).toFixed(0)} ms CPU, ${(performance.now() - w0).toFixed(0)} ms wall`);
}
rmSync(dir, { recursive: true, force: true });
