import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { atomPartsOf, exactAffine, type AtomPart } from './atomLattice.ts';

/** P(X ≤ c) from the parts by brute force: every finite atom, and lattice atoms n0…n0 + 2e5 (the rest below 1e-12 here). */
function cdfFromParts(parts: readonly AtomPart[], c: number): number {
  let s = 0;
  for (const p of parts) {
    if (p.kind === 'finite') { p.x.forEach((x, i) => { if (x <= c) s += p.w * p.p[i]; }); continue; }
    for (let n = p.n0; n < p.n0 + 200_000; n++) if (p.loc + p.scale * n <= c) s += p.w * Math.exp(p.base.logPdf(n));
  }
  return s;
}

const specs: DistributionSpec[] = [
  { family: 'categorical', values: [-1, 0.5, 3], probs: [0.2, 0.3, 0.5] },
  { family: 'pointMass', x: 2 },
  { family: 'affine', base: { family: 'geometric', p: 0.3 }, loc: 1, scale: -2 },
  { family: 'affine', base: { family: 'affine', base: { family: 'poisson', lambda: 4 }, loc: 1, scale: 3 }, loc: -2, scale: 0.5 },
  { family: 'mixture', components: [{ family: 'zeta', s: 3.5 }, { family: 'affine', base: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] }, loc: 0.25, scale: 4 }, { family: 'pointMass', x: -3 }], weights: [0.5, 0.3, 0.2] },
  { family: 'affine', base: { family: 'mixture', components: [{ family: 'geometric', p: 0.5 }, { family: 'poisson', lambda: 1 }], weights: [0.4, 0.6] }, loc: 0, scale: -1 },
];

describe('atomPartsOf: the atoms of a discrete law', () => {
  for (const spec of specs) {
    it(`P(X ≤ c) from the parts equals the built law's cdf: ${JSON.stringify(spec)}`, () => {
      const parts = atomPartsOf(spec)!;
      const d = build(spec);
      for (const c of [-7.3, -2.5, -1, 0, 0.4, 1.75, 2, 3.1, 6, 12.5]) {
        expect(Math.abs(cdfFromParts(parts, c) - d.cdf(c)), `cdf(${c}) of ${JSON.stringify(spec)}`).toBeLessThan(1e-9);
      }
    });
  }
  it('a law with a continuous part gives undefined', () => {
    expect(atomPartsOf({ family: 'mixture', components: [{ family: 'normal', mu: 0, sigma: 1 }, { family: 'pointMass', x: 0 }], weights: [0.5, 0.5] })).toBeUndefined();
  });
  it('exactAffine: c + a·b exact or not', () => {
    expect(exactAffine(1, 2, 3)).toBe(true);
    expect(exactAffine(0.5, 3, 0.25)).toBe(true);
    expect(exactAffine(0.1, 3, 1), '0.1 + 3 rounds').toBe(false);
    expect(exactAffine(1, 0.1, 3), '1 + 0.1·3 rounds').toBe(false);
    expect(exactAffine(1e16, 1, 1), '1e16 + 1 rounds').toBe(false);
  });
});
