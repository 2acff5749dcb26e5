import fc from 'fast-check';
import { pairArbitrary } from './pair.ts';
import { buildPair } from '../pairs/buildPair.ts';
import { seededRng } from '../numerics/rng.ts';
const rng = seededRng(3);
const specs = fc.sample(pairArbitrary(), { seed: 31, numRuns: 120 });
specs.forEach((spec, i) => {
  const p = buildPair(spec);
  const [x, v] = p.sample(rng); const t = x + v;
  const times: number[] = []; let t0 = Date.now();
  const step = (f: () => unknown) => { f(); times.push(Date.now() - t0); t0 = Date.now(); };
  step(() => p.u.logSf(t)); step(() => p.partialV(t)); step(() => p.conditionalV(t)); step(() => p.logMgfU(-0.1)); step(() => p.tiltedMeanV(0.05));
  const tot = times.reduce((a, b) => a + b, 0);
  if (tot > 300) console.log(i, tot, times.join(','), t, JSON.stringify(spec).slice(0, 400));
});
