import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logUniform } from './logUniform.ts';
import { openUnitInterval } from './openUnitInterval.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';
import { probabilityVector } from './probabilityVector.ts';
import { realLocation } from './realLocation.ts';
import { shapeNear } from './shapeNear.ts';

describe('parameter arbitraries stay in their documented ranges', () => {
  it('logUniform(lo, hi) ⊂ [lo, hi]', () => {
    fc.assert(fc.property(logUniform(1e-6, 1e6), (x) => x >= 1e-6 && x <= 1e6), { numRuns: 500 });
  });
  it('positiveScale() ⊂ [1e-6, 1e6] and reaches both ends', () => {
    const xs = fc.sample(positiveScale(), { seed: 7, numRuns: 2000 });
    for (const x of xs) expect(x > 0 && x <= 1e6 && x >= 1e-6, `positiveScale gave ${x}`).toBe(true);
    expect(xs.some((x) => x < 1e-4), 'tiny scales').toBe(true);
    expect(xs.some((x) => x > 1e4), 'huge scales').toBe(true);
  });
  it('realLocation() is finite, both signs', () => {
    const xs = fc.sample(realLocation(), { seed: 7, numRuns: 1000 });
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(xs.some((x) => x < 0) && xs.some((x) => x > 0)).toBe(true);
  });
  it('shapeNear(1, above) ⊂ (1, 1.1] and shapeNear(1, below) ⊂ [0.9, 1)', () => {
    fc.assert(fc.property(shapeNear(1, { side: 'above' }), (x) => x > 1 && x <= 1.1 + 1e-15), { numRuns: 500 });
    fc.assert(fc.property(shapeNear(1, { side: 'below' }), (x) => x < 1 && x >= 0.9 - 1e-15), { numRuns: 500 });
  });
  it('positiveShape({min: 1, max: 100}) ⊂ (1, 100] with values within 1e-6 of 1 and of 2', () => {
    const xs = fc.sample(positiveShape({ min: 1, max: 100 }), { seed: 3, numRuns: 3000 });
    for (const x of xs) expect(x > 1 && x <= 100, `positiveShape gave ${x}`).toBe(true);
    expect(xs.some((x) => x - 1 < 1e-6), 'α near 1').toBe(true);
    expect(xs.some((x) => Math.abs(x - 2) < 1e-6 && x !== 2), 'α near 2').toBe(true);
  });
  it('positiveShape() with min 0 reaches tiny values', () => {
    const xs = fc.sample(positiveShape({ tiny: 1e-3 }), { seed: 3, numRuns: 2000 });
    expect(xs.every((x) => x > 0 && x <= 1000)).toBe(true);
    expect(xs.some((x) => x < 1e-2)).toBe(true);
  });
  it('openUnitInterval() ⊂ (0, 1), with both corners', () => {
    const xs = fc.sample(openUnitInterval(), { seed: 5, numRuns: 2000 });
    for (const p of xs) expect(p > 0 && p < 1, `p = ${p}`).toBe(true);
    expect(xs.some((p) => p < 1e-6) && xs.some((p) => p > 1 - 1e-6)).toBe(true);
  });
  it('probabilityVector() entries are positive and sum to 1 within 1e-12', () => {
    fc.assert(
      fc.property(probabilityVector({ maxLength: 6 }), (ps) => {
        const sum = ps.reduce((s, p) => s + p, 0);
        expect(Math.abs(sum - 1), `Σ${JSON.stringify(ps)} = ${sum}`).toBeLessThanOrEqual(1e-12);
        expect(ps.every((p) => p > 0), JSON.stringify(ps)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
