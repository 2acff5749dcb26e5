import { describe, expect, it } from 'vitest';
import type { PairSpec } from '../pairs/types.ts';
import { limitVerdict } from './headlineLimit.ts';
import { vMarginalOf } from './headlineSumLaw.ts';
import { conditionedLowerBound } from './t3DecayCertificate.ts';

/**
 * Cases that were inconclusive at seed 20240717 (1000 runs, "B_V(ε) trend not shown"): B_V flat to double
 * precision on the ε grid (V = 1 − W-like, W Weibull k ≈ 0.02), or its lower bound at ε₁ too weak (an atom at
 * V's top). Each must now hold, and the certificate below the grid must be consistent: the upper bound
 * U(d*) on B_V(d*) is at least the conditioned lower bound L(d*) ≤ B_V(d*).
 */
const cases: [string, PairSpec, number][] = [
  ['1 − W, W Weibull k = 0.02, comonotone with a Fréchet X',
    { kind: 'comonotone', x: { family: 'frechet', alpha: 1.029837023543525 }, v: { family: 'affine', base: { family: 'weibull', k: 0.020000000020000058, lambda: 2 }, loc: -2, scale: -1 } }, 1],
  ['atom of mass 1 − 1.2e-6 at the top of V',
    { kind: 'comonotone', x: { family: 'zeta', s: 2.9961108371419014 }, v: { family: 'mixture', components: [{ family: 'pointMass', x: 0 }, { family: 'affine', base: { family: 'geometric', p: 0.75 }, loc: 1, scale: -1 }], weights: [0.9999987719724823, 1.2280275176406154e-06] } }, 1],
];

describe('limitVerdict: the trend of B_V certified where the grid cannot show it', () => {
  it.each(cases)('%s', (_, pair, M) => {
    const v = limitVerdict({ pair, M });
    expect(v.status, `${v.summary} for ${JSON.stringify(pair)}`).toBe('holds');
    const d = v.numbers.dCertified;
    if (d !== undefined) {
      const lower = conditionedLowerBound(vMarginalOf(pair), d).bound;
      if (Number.isFinite(lower)) expect(v.numbers.bennettU, `U(${d}) vs L(${d}) = ${lower}`).toBeGreaterThanOrEqual(lower);
      expect(v.numbers.bennettU, `U(${d}) ≤ 1e-2·B_V(0.1) lower bound ${v.numbers.dvFirstLower}`).toBeLessThanOrEqual(1e-2 * v.numbers.dvFirstLower);
    }
  });
});
