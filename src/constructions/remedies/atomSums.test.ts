import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { atomPartsOf, type AtomPart } from './atomLattice.ts';
import { atomSum } from './atomSums.ts';
import { gainFactor, seedQuantiles, tailFactor } from './vFactors.ts';

/**
 * Brute force, independent of the marches, brackets and log forms: every finite atom and lattice atoms n0…n0 + N (stopped once P(B > n) < 4e-18),
 * with the naive linear forms F̄_V(t − x) (sf) and E[V·1{V > s}] − μF̄_V(s) (partialMean).
 */
function brute(parts: readonly AtomPart[], v: Distribution, t: number, kind: 'sf' | 'cdf' | 'gain', N = 200_000): number {
  const mu = v.mean();
  const phi = (x: number): number => {
    const s = t - x;
    return kind === 'sf' ? v.sf(s) : kind === 'cdf' ? v.cdf(s) : v.partialMean(s) - mu * v.sf(s);
  };
  let sum = 0;
  for (const p of parts) {
    if (p.kind === 'finite') { p.x.forEach((x, i) => { sum += p.w * p.p[i] * phi(x); }); continue; }
    for (let n = p.n0; n < p.n0 + N; n++) {
      sum += p.w * Math.exp(p.base.logPdf(n)) * phi(p.loc + p.scale * n);
      if (n % 256 === 0 && p.base.logSf(n) < -40) break; // the rest is below 4e-18
    }
  }
  return sum;
}

function check(xSpec: DistributionSpec, vSpec: DistributionSpec, t: number, kind: 'sf' | 'cdf' | 'gain'): void {
  const parts = atomPartsOf(xSpec)!;
  const v = build(vSpec);
  const qs = seedQuantiles(v);
  const f = kind === 'gain' ? gainFactor(v, v.mean(), t, qs) : tailFactor(v, t, kind === 'cdf', qs);
  const r = atomSum(parts, f);
  const b = brute(parts, v, t, kind);
  const what = `${kind} at t = ${t}: X ${JSON.stringify(xSpec)}, V ${JSON.stringify(vSpec)}; sum e^${r.log} ± ${r.relError}, brute ${b}`;
  expect(r.bad, what).toBe(false);
  expect(r.relError, what).toBeLessThan(1e-8 + 1e-12 * Math.abs(r.log));
  const s = Math.exp(r.log);
  expect(Math.abs(s - b), what).toBeLessThanOrEqual(s * r.relError + 1e-12 * Math.max(1, Math.abs(b)) + 1e-15);
}

const normal: DistributionSpec = { family: 'normal', mu: 0.5, sigma: 2 };
const uniform: DistributionSpec = { family: 'uniform', a: -1, b: 1.5 };
const expo: DistributionSpec = { family: 'affine', base: { family: 'exponential', rate: 0.7 }, loc: 1, scale: -1 };
const xs: DistributionSpec[] = [
  { family: 'geometric', p: 0.2 },
  { family: 'affine', base: { family: 'poisson', lambda: 30 }, loc: -20, scale: 0.5 },
  { family: 'zeta', s: 4.5 },
  { family: 'mixture', components: [{ family: 'categorical', values: [-3, 0, 4], probs: [0.2, 0.5, 0.3] }, { family: 'affine', base: { family: 'geometric', p: 0.6 }, loc: 0, scale: -1.5 }], weights: [0.3, 0.7] },
];

describe('atomSum against brute-force sums over the atoms', () => {
  for (const x of xs) {
    for (const v of [normal, uniform, expo]) {
      it(`X ${JSON.stringify(x)}, V ${JSON.stringify(v)}`, () => {
        for (const t of [-6, -0.3, 2, 7.5, 25]) for (const kind of ['sf', 'cdf', 'gain'] as const) check(x, v, t, kind);
      });
    }
  }
});

describe('atomSum: exact zeros', () => {
  it('X on {0, 100}, V uniform on (0, 1), t = 50: no atom puts t − x inside (0, 1), so the gain sum is exactly 0', () => {
    const parts = atomPartsOf({ family: 'categorical', values: [0, 100], probs: [0.5, 0.5] })!;
    const v = build({ family: 'uniform', a: 0, b: 1 });
    const r = atomSum(parts, gainFactor(v, 0.5, 50, seedQuantiles(v)));
    expect(r.log, 'log of the gain sum').toBe(-Infinity);
    expect(r.exactZero, 'certified zero').toBe(true);
  });
  it('geometric X scaled by 10, V uniform on (0, 1), t = 25.5: every atom is off, the lattice remainders included', () => {
    const parts = atomPartsOf({ family: 'affine', base: { family: 'geometric', p: 0.5 }, loc: 0, scale: 10 })!;
    const v = build({ family: 'uniform', a: 0, b: 1 });
    const r = atomSum(parts, gainFactor(v, 0.5, 25.5, seedQuantiles(v)));
    expect(r.exactZero, `gain sum ${r.log}`).toBe(true);
  });
});

describe('atomSum: geometric X ⊥ normal V, random parameters', () => {
  test.prop([fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.05, max: 20, noNaN: true }), fc.double({ min: -30, max: 80, noNaN: true })], { numRuns: 25 })(
    'P(U > t) and the gain sum match brute force',
    (p, sigma, t) => {
      for (const kind of ['sf', 'gain'] as const) check({ family: 'geometric', p }, { family: 'normal', mu: 0, sigma }, t, kind);
    },
  );
});
