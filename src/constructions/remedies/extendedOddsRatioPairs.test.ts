import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { atomPartsOf } from './atomLattice.ts';
import { atomWindow, discreteNoiseCase, discreteNoiseOddsRatioVerdict } from './discreteNoiseOddsRatio.ts';
import { comonotonePair, discreteNoiseAtTheCap, discreteNoisePair, discreteX, extendedOddsRatioPair } from './extendedOddsRatioPairs.ts';

const families = (s: DistributionSpec): string[] =>
  s.family === 'affine' ? ['affine', ...families(s.base)] : s.family === 'mixture' ? ['mixture', ...s.components.flatMap(families)] : [s.family];

describe('extendedOddsRatioPairs: what the generators make', () => {
  it('discreteX covers every discrete family, affine maps (reflections included) and mixtures, all purely discrete', () => {
    const seen = new Set<string>();
    let reflected = 0;
    for (const x of fc.sample(discreteX(), { numRuns: 600, seed: 1 })) {
      families(x).forEach((f) => seen.add(f));
      if (x.family === 'affine' && x.scale < 0) reflected++;
      expect(atomPartsOf(x), JSON.stringify(x)).toBeDefined();
      expect(build(x).support.kind, JSON.stringify(x)).toBe('discrete');
    }
    for (const f of ['geometric', 'poisson', 'zeta', 'categorical', 'pointMass', 'affine', 'mixture']) expect(seen.has(f), `family ${f} generated`).toBe(true);
    expect(reflected, 'reflected discrete laws').toBeGreaterThan(10);
  });
  it('discreteNoisePair: X discrete ⊥ V continuous with a finite mean, within the atom budget', () => {
    for (const p of fc.sample(discreteNoisePair(), { numRuns: 300, seed: 2 })) {
      const c = discreteNoiseCase(p);
      expect(c, JSON.stringify(p)).toBeDefined();
      expect(Number.isFinite(c!.mu), JSON.stringify(p)).toBe(true);
      expect(atomWindow(c!), JSON.stringify(p)).toBeLessThanOrEqual(2000);
    }
  });
  it('comonotonePair: V continuous; extendedOddsRatioPair mixes both kinds', () => {
    for (const p of fc.sample(comonotonePair(), { numRuns: 200, seed: 3 })) {
      expect(p.kind).toBe('comonotone');
      expect(build((p as { v: DistributionSpec }).v).support.kind, JSON.stringify(p)).toBe('continuous');
    }
    const kinds = new Set(fc.sample(extendedOddsRatioPair(), { numRuns: 100, seed: 4 }).map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['comonotone', 'independent']);
  });
  it('discreteNoiseAtTheCap: every case is a certified zero gain', () => {
    for (const c of fc.sample(discreteNoiseAtTheCap(), { numRuns: 100, seed: 5 })) {
      const v = discreteNoiseOddsRatioVerdict(c.pair, c.logK);
      expect(v.status, `${v.summary}: ${JSON.stringify(c)}`).toBe('fails');
      expect(v.numbers.shift, JSON.stringify(c)).toBe(0);
    }
  });
});
