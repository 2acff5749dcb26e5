import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { build } from '../distributions/build.ts';
import { applyReweighting } from '../constructions/reweighting.ts';
import { reweightingArbitrary } from './reweighting.ts';

describe('reweightingArbitrary', () => {
  it('generates every kind, as plain JSON, nested mixtures up to maxDepth', () => {
    const samples = fc.sample(reweightingArbitrary(), { numRuns: 400, seed: 7 });
    const kinds = new Set(samples.map((s) => s.kind));
    expect([...kinds].sort(), 'kinds generated').toEqual(['conditioning', 'mixture', 'piecewise', 'tail', 'tilt']);
    for (const s of samples) expect(JSON.parse(JSON.stringify(s)), `JSON round trip of ${JSON.stringify(s)}`).toEqual(s);
    const depth = (s: (typeof samples)[number]): number => (s.kind === 'mixture' ? 1 + depth(s.inner) : 0);
    expect(Math.max(...samples.map(depth)), 'mixture nesting').toBe(2);
    expect(() => reweightingArbitrary({ maxDepth: 9 })).toThrow(/maxDepth/);
  });

  it('every generated reweighting of N(0, 1) is a law: KL ≥ 0 and finite, mean finite', () => {
    const q = build({ family: 'normal', mu: 0, sigma: 1 });
    fc.assert(
      fc.property(reweightingArbitrary(), (p) => {
        const r = applyReweighting(q, p, { secondWay: false });
        expect(r.kl, `KL of ${JSON.stringify(p)}`).toBeGreaterThanOrEqual(-r.klError);
        expect(Number.isFinite(r.kl) && Number.isFinite(r.mean), `finite KL ${r.kl} and mean ${r.mean} for ${JSON.stringify(p)}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
