/**
 * A plain timing loop for bench/table.ts. For each case the functions are timed in interleaved rounds
 * (baseline, f₁, f₂, baseline, f₁, f₂, …): after a warm-up, ROUNDS rounds in which every function runs
 * for at least MIN_RUN_MS of wall time. Each run gives
 *  - calls per CPU-second (process.cpuUsage, user + system): the "one core" rate, which stays put when
 *    other processes share the machine, and
 *  - the ratio to the baseline's rate in the same round, so slow drift in load cancels.
 * Reported: the median over rounds of each. The clock is read once per BATCH passes over the inputs.
 * Every function is called through the same call site (as callbacks are in quadrature), baseline included.
 */
const ROUNDS = 5;
const MIN_RUN_MS = 200;
const WARMUP_MS = 100;
const BATCH = 256;

/** Results land here so the JIT cannot drop the calls. */
let sink = 0;
export const timingSink = (): number => sink;

const cpuMicros = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** One run: calls per CPU-second of fn cycling over ts, lasting at least minMs of wall time. */
function oneRun(fn: (t: number) => number, ts: readonly number[], minMs: number): number {
  let calls = 0;
  const wall0 = performance.now();
  const cpu0 = cpuMicros();
  do {
    for (let b = 0; b < BATCH; b++) {
      for (let i = 0; i < ts.length; i++) sink += fn(ts[i]!);
    }
    calls += BATCH * ts.length;
  } while (performance.now() - wall0 < minMs);
  const cpuSeconds = (cpuMicros() - cpu0) / 1e6;
  return calls / cpuSeconds;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Timing {
  /** median calls per CPU-second */
  readonly rate: number;
  /** median over rounds of rate / baseline rate in the same round */
  readonly ratio: number;
}

/** Interleaved timing of fns against baseline over the inputs ts (each call counts once). */
export function timeAgainstBaseline<K extends string>(
  baseline: (t: number) => number,
  fns: Readonly<Record<K, (t: number) => number>>,
  ts: readonly number[],
): { baseline: number } & Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  oneRun(baseline, ts, WARMUP_MS);
  for (const k of keys) oneRun(fns[k], ts, WARMUP_MS);
  const baseRates: number[] = [];
  const rates = new Map<K, number[]>(keys.map((k) => [k, []]));
  const ratios = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const base = oneRun(baseline, ts, MIN_RUN_MS);
    baseRates.push(base);
    for (const k of keys) {
      const rate = oneRun(fns[k], ts, MIN_RUN_MS);
      rates.get(k)!.push(rate);
      ratios.get(k)!.push(rate / base);
    }
  }
  const out: Record<string, number | Timing> = { baseline: median(baseRates) };
  for (const k of keys) out[k] = { rate: median(rates.get(k)!), ratio: median(ratios.get(k)!) };
  return out as { baseline: number } & Record<K, Timing>;
}
