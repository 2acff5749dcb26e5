/**
 * heavyTailed(), lightTailed(), anyDistribution(): every spec (500 per constraint set, fixed seed) builds,
 * and meets the class and constraints it promises, as read from the built law (tails, mean(), support).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { anyDistribution } from './anyDistribution.ts';
import { constraintViolations, type LightTailedConstraints } from './distributionConstraints.ts';
import { heavyTailed } from './heavyTailed.ts';
import { lightTailed } from './lightTailed.ts';

type Case = [string, fc.Arbitrary<DistributionSpec>, LightTailedConstraints, 'heavy' | 'notHeavy' | 'any'];

const CASES: Case[] = [
  ['heavyTailed()', heavyTailed(), {}, 'heavy'],
  ['heavyTailed({finiteMean})', heavyTailed({ finiteMean: true }), { finiteMean: true }, 'heavy'],
  ['heavyTailed({continuous})', heavyTailed({ continuous: true }), { continuous: true }, 'heavy'],
  ['heavyTailed({discrete})', heavyTailed({ discrete: true }), { discrete: true }, 'heavy'],
  ['heavyTailed({maxDepth: 3})', heavyTailed({ maxDepth: 3 }), {}, 'heavy'],
  ['lightTailed()', lightTailed(), {}, 'notHeavy'],
  ['lightTailed({finiteMean})', lightTailed({ finiteMean: true }), { finiteMean: true }, 'notHeavy'],
  ["lightTailed({tailClass: 'light'})", lightTailed({ tailClass: 'light' }), { tailClass: 'light' }, 'notHeavy'],
  ["lightTailed({tailClass: 'stronglyLight'})", lightTailed({ tailClass: 'stronglyLight' }), { tailClass: 'stronglyLight' }, 'notHeavy'],
  ['lightTailed({boundedAbove})', lightTailed({ boundedAbove: true }), { boundedAbove: true }, 'notHeavy'],
  ['lightTailed({unboundedAbove})', lightTailed({ unboundedAbove: true }), { unboundedAbove: true }, 'notHeavy'],
  ['lightTailed({discrete})', lightTailed({ discrete: true }), { discrete: true }, 'notHeavy'],
  ['lightTailed({continuous, finiteMean})', lightTailed({ continuous: true, finiteMean: true }), { continuous: true, finiteMean: true }, 'notHeavy'],
  ['anyDistribution()', anyDistribution(), {}, 'any'],
  ['anyDistribution({finiteMean})', anyDistribution({ finiteMean: true }), { finiteMean: true }, 'any'],
  ['anyDistribution({boundedAbove})', anyDistribution({ boundedAbove: true }), { boundedAbove: true }, 'any'],
  ['anyDistribution({continuous})', anyDistribution({ continuous: true }), { continuous: true }, 'any'],
  ['anyDistribution({discrete, unboundedAbove})', anyDistribution({ discrete: true, unboundedAbove: true }), { discrete: true, unboundedAbove: true }, 'any'],
];

describe('constrained spec arbitraries build to what they promise', () => {
  for (const [name, arb, constraints, tail] of CASES) {
    it(`${name}: 500 specs build and satisfy the constraints`, () => {
      for (const spec of fc.sample(arb, { seed: 21, numRuns: 500 })) {
        const text = JSON.stringify(spec);
        let d;
        try {
          d = build(spec);
        } catch (e) {
          expect.fail(`${name}: build(${text}) threw ${(e as Error).message}`);
        }
        expect(constraintViolations(d, constraints), `${name}: ${text}`).toEqual([]);
        if (tail === 'heavy') expect(d.tailClass, `${name}: tailClass of ${text}`).toBe('heavy');
        if (tail === 'notHeavy') expect(d.tailClass, `${name}: tailClass of ${text}`).not.toBe('heavy');
      }
    });
  }

  it('contradictory constraints throw errors naming the API', () => {
    expect(() => heavyTailed({ boundedAbove: true })).toThrow(/heavyTailed constraints.boundedAbove/);
    expect(() => anyDistribution({ continuous: true, discrete: true })).toThrow(/anyDistribution constraints.continuous/);
    expect(() => lightTailed({ tailClass: 'light', boundedAbove: true })).toThrow(/lightTailed constraints.tailClass/);
    expect(() => lightTailed({ maxDepth: -1 })).toThrow(/maxDepth/);
  });
});
