import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { boundedVGap } from './boundedVGap.ts';
import { conditionalMeanFast } from './conditionalMeanFast.ts';

const xs: DistributionSpec[] = [
  { family: 'pareto', xm: 1, alpha: 1.5 },
  { family: 'lognormal', mu: 0, sigma: 1 },
  { family: 'studentT', df: 3, loc: 0, scale: 1 },
  { family: 'normal', mu: 0, sigma: 1 },
];
const vs: DistributionSpec[] = [
  { family: 'beta', alpha: 2, beta: 3 },
  { family: 'affine', base: { family: 'exponential', rate: 1 }, loc: 1, scale: -1 },
  { family: 'affine', base: { family: 'lomax', alpha: 3, scale: 1 }, loc: 0, scale: -2 },
  { family: 'uniform', a: -1, b: 2 },
];

describe('boundedVGap', () => {
  test.prop([fc.constantFrom(...xs), fc.constantFrom(...vs), fc.double({ min: 0.5, max: 80, noNaN: true })], { numRuns: 60 })(
    'brackets the quadrature: E[V] − err ≤ E[V | U > t] ≤ E[V] + Δ + err',
    (xs, vs, t) => {
      const x = build(xs), v = build(vs);
      const gap = boundedVGap(x, v, t);
      const r = conditionalMeanFast(xs, vs, t);
      if (!r.converged || Number.isNaN(gap)) return;
      const msg = `t=${t}, X=${JSON.stringify(xs)}, V=${JSON.stringify(vs)}: E[V|U>t] = ${r.value} ± ${r.error}, E[V] = ${v.mean()}, Δ = ${gap}`;
      expect(r.value - v.mean(), msg).toBeLessThanOrEqual(gap + r.error + 1e-12);
      expect(r.value - v.mean(), msg).toBeGreaterThanOrEqual(-r.error - 1e-12);
    },
  );

  it('tends to 0 for heavy X far out, and is NaN for V unbounded above', () => {
    const x = build({ family: 'studentT', df: 1, loc: 0, scale: 1 });
    const v = build({ family: 'beta', alpha: 1, beta: 0.001 });
    for (const t of [1e8, 1e40, 1e200]) expect(boundedVGap(x, v, t), `Δ(${t})`).toBeLessThan(1e-6);
    expect(boundedVGap(x, build({ family: 'exponential', rate: 1 }), 1e8)).toBeNaN();
  });
});
