/**
 * Shrinking moves toward simple specs: a deliberately false property ("no spec is heavy") fails, and its
 * shrunk counterexample is a single family (no affine map, no mixture) with round parameters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { anyDistribution } from './anyDistribution.ts';
import { heavyTailed } from './heavyTailed.ts';
import { pairArbitrary } from './pair.ts';

const ROUND = new Set([0, 1, -1, 2, -2, 3, 0.5, 10, -10, 0.25, 0.1, 100, 5, 1.5, 4]);

/** Every number in the spec is one of the round values (probabilities of one atom = 1 count as round). */
function roundNumbers(x: unknown): boolean {
  if (typeof x === 'number') return ROUND.has(x);
  if (Array.isArray(x)) return x.every(roundNumbers);
  if (typeof x === 'object' && x !== null) return Object.values(x).every(roundNumbers);
  return true;
}

function shrunk<T>(arb: fc.Arbitrary<T>, predicate: (v: T) => boolean, seed: number): T {
  const out = fc.check(fc.property(arb, predicate), { seed, numRuns: 500 });
  expect(out.failed, 'the deliberately false property must fail').toBe(true);
  return out.counterexample![0];
}

describe('shrinking toward simple families and round parameters', () => {
  for (const seed of [1, 2, 3]) {
    it(`"no spec is heavy" on anyDistribution() shrinks to a single heavy family with round parameters (seed ${seed})`, () => {
      const spec = shrunk(anyDistribution(), (s: DistributionSpec) => build(s).tailClass !== 'heavy', seed);
      const text = JSON.stringify(spec);
      expect(['affine', 'mixture'].includes(spec.family), `shrunk to a combinator: ${text}`).toBe(false);
      expect(roundNumbers(spec), `parameters not round: ${text}`).toBe(true);
    });
  }
  it('"every heavy spec has a finite mean" shrinks to a single family with round parameters', () => {
    const spec = shrunk(heavyTailed(), (s: DistributionSpec) => Number.isFinite(build(s).mean()), 4);
    const text = JSON.stringify(spec);
    expect(['affine', 'mixture'].includes(spec.family), text).toBe(false);
    expect(roundNumbers(spec), text).toBe(true);
  });
  it('"no pair is countermonotone" shrinks to a countermonotone pair of single families with round parameters', () => {
    const spec = shrunk(pairArbitrary(), (p) => p.kind !== 'countermonotone', 5);
    const text = JSON.stringify(spec);
    expect(spec.kind, text).toBe('countermonotone');
    expect(roundNumbers(spec), text).toBe(true);
  });
});
