import { buildPair } from './buildPair.ts';
import { seededRng } from '../numerics/rng.ts';
import type { PairSpec } from './types.ts';
const p = buildPair({ kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'exponential', rate: 2 } });
for (const t of [0.1, 1, 10, 100, 500]) { const want = -t + Math.log(2) + Math.log1p(-Math.exp(-t) / 2); console.log('logSf', t, p.u.logSf(t), want); }
for (const t of [0.5, 3, 40]) { const want = 2 * Math.exp(-t) * (1 - (1 + t) * Math.exp(-t)) + (t + 0.5) * Math.exp(-2 * t); console.log('pv', t, p.partialV(t), want); }
for (const th of [-1, 0.5, 0.9, 1.2]) console.log('tilt', th, p.logMgfU(th), p.tiltedMeanV(th), 1/(2-th), p.tiltedMeanU(th), 1/(1-th)+1/(2-th));
const cases: [string, PairSpec, number][] = [
  ['indep lomax/laplace', { kind: 'independent', x: { family: 'lomax', alpha: 3, scale: 1 }, v: { family: 'laplace', mu: 0, b: 1 } }, 2],
  ['linear', { kind: 'linear', v: { family: 'uniform', a: -1, b: 2 }, z: { family: 'logistic', mu: 0, s: 1 }, a: -2 }, 0.5],
  ['clip', { kind: 'functional', v: { family: 'laplace', mu: 0, b: 1 }, noise: { family: 'exponential', rate: 1 }, f: { kind: 'clip', lo: -1, hi: 0.5 } }, 1],
  ['square', { kind: 'functional', v: { family: 'uniform', a: -1, b: 1 }, noise: { family: 'laplace', mu: 0, b: 0.5 }, f: { kind: 'square' } }, 0.7],
  ['geomV', { kind: 'independent', x: { family: 'exponential', rate: 1 }, v: { family: 'geometric', p: 0.4 } }, 4],
  ['counter', { kind: 'countermonotone', x: { family: 'studentT', df: 3 }, v: { family: 'laplace', mu: 0, b: 1 } }, 1],
  ['co', { kind: 'comonotone', x: { family: 'pareto', xm: 1, alpha: 2.5 }, v: { family: 'exponential', rate: 1 } }, 4],
];
for (const [name, spec, t] of cases) {
  const pair = buildPair(spec); const rng = seededRng(99); let c = 0, s = 0; const n = 200000;
  for (let i = 0; i < n; i++) { const [x, v] = pair.sample(rng); if (x + v > t) { c++; s += v; } }
  const t0 = Date.now();
  console.log(name, pair.u.sf(t), c / n, pair.partialV(t), s / n, pair.conditionalV(t).value, pair.tiltedMeanV(0.3), Date.now() - t0, 'ms');
}
