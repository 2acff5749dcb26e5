/**
 * `npm run bench`: vitest bench for the hot numeric calls, logSf(t) and tailMean(t), of each of the 22
 * families at the representative spec and thresholds of families.ts (body, far tail). Each family's group
 * also runs two same-process baselines, so figures can be read as ratios on a loaded machine:
 * Math.log (the floor: one libm call per t) and jStat's naive 1 − jStat.studentt.cdf(t, 3) (what the
 * project replaces; 0 from t ≈ 2.7e5, so it is also wrong in the far tail).
 */
import { bench, describe } from 'vitest';
import { jstatStudentTCdf } from '../src/numerics/adapters/jstat.ts';
import { BENCH_CASES, buildCase } from './families.ts';

/** Sink for results so the JIT cannot drop the calls. */
let sink = 0;
const opts = { time: 300, warmupTime: 100 };

describe('baseline', () => {
  const ts = [2, 1e6, 1e100];
  bench('Math.log', () => {
    for (const t of ts) sink += Math.log(t);
  }, opts);
  bench('1 - jStat.studentt.cdf (df = 3)', () => {
    for (const t of ts) sink += 1 - jstatStudentTCdf(t, 3);
  }, opts);
});

for (const c of BENCH_CASES) {
  const d = buildCase(c);
  describe(`${c.family} (t ∈ {${c.ts.join(', ')}})`, () => {
    bench(`${c.family}.logSf`, () => {
      for (const t of c.ts) sink += d.logSf(t);
    }, opts);
    bench(`${c.family}.tailMean`, () => {
      for (const t of c.ts) sink += d.tailMean(t);
    }, opts);
    bench('baseline Math.log', () => {
      for (const t of c.ts) sink += Math.log(t);
    }, opts);
  });
}

export const benchSink = (): number => sink;
