/**
 * A plain timing loop for bench/table.ts: warm up, then the median over RUNS runs of calls/s, each run
 * lasting at least MIN_RUN_MS. The clock is read once per batch of BATCH passes over the inputs, so
 * timer overhead stays far below one per cent even for Math.log.
 */
const RUNS = 5;
const MIN_RUN_MS = 200;
const WARMUP_MS = 100;
const BATCH = 256;

/** Results land here so the JIT cannot drop the calls. */
let sink = 0;
export const timingSink = (): number => sink;

function oneRun(fn: (t: number) => number, ts: readonly number[], minMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let b = 0; b < BATCH; b++) {
      for (let i = 0; i < ts.length; i++) sink += fn(ts[i]!);
    }
    calls += BATCH * ts.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (calls / elapsed) * 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median calls/s of fn over the inputs ts (each call counts once). */
export function callsPerSecond(fn: (t: number) => number, ts: readonly number[]): number {
  oneRun(fn, ts, WARMUP_MS);
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(oneRun(fn, ts, MIN_RUN_MS));
  return median(runs);
}
