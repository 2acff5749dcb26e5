/**
 * Coverage: the classes the claims need are each generated in at least 5 % of cases (1000 draws at a
 * fixed seed; classes read from the built law, see classCoverage.ts). fc.statistics prints the table
 * (run with GOODHART_COVERAGE=1 to see it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDistribution } from './anyDistribution.ts';
import { classCoverage, pairClasses, specClasses, type CoverageRow } from './classCoverage.ts';
import { heavyTailed } from './heavyTailed.ts';
import { lightTailed } from './lightTailed.ts';
import { pairArbitrary } from './pair.ts';

const MIN_FRACTION = 0.05;
const show = process.env.GOODHART_COVERAGE === '1';

function check(name: string, rows: CoverageRow[], needed: readonly string[]): void {
  const byLabel = new Map(rows.map((r) => [r.label, r.fraction]));
  for (const label of needed) {
    const f = byLabel.get(label) ?? 0;
    expect(f, `${name}: class '${label}' generated in ${(100 * f).toFixed(1)} % of cases (need ≥ 5 %)`).toBeGreaterThanOrEqual(MIN_FRACTION);
  }
}

function statistics<T>(name: string, arb: fc.Arbitrary<T>, classify: (v: T) => string[], numRuns: number): void {
  if (!show) return;
  console.log(`\n${name}`);
  fc.statistics(arb, (v) => classify(v), { numRuns, seed: 20240715, logger: (line) => console.log(line) });
}

const SPEC_CASES: [string, fc.Arbitrary<import('../distributions/types.ts').DistributionSpec>, string[]][] = [
  ['anyDistribution()', anyDistribution(), ['heavy', 'light', 'stronglyLight', 'infiniteMean', 'finiteMean', 'boundedAbove', 'discrete', 'continuous', 'mixture', 'reflected', 'affine']],
  ['heavyTailed()', heavyTailed(), ['heavy', 'infiniteMean', 'finiteMean', 'mixture', 'affine', 'reflected', 'discrete']],
  ['lightTailed()', lightTailed(), ['light', 'stronglyLight', 'boundedAbove', 'unboundedAbove', 'discrete', 'mixture', 'reflected', 'infiniteMean']],
];

describe('class coverage of the spec arbitraries', () => {
  for (const [name, arb, needed] of SPEC_CASES) {
    it(`${name} generates each of ${needed.join(', ')} in ≥ 5 % of 1000 cases`, () => {
      statistics(name, arb, specClasses, 1000);
      check(name, classCoverage(arb, specClasses, { numRuns: 1000 }), needed);
    });
  }
  it('pairArbitrary() generates every kind, dependent pairs, {heavy X, light V}, {light, light}, bounded and discrete V', () => {
    const arb = pairArbitrary();
    statistics('pairArbitrary()', arb, pairClasses, 600);
    check('pairArbitrary()', classCoverage(arb, pairClasses, { numRuns: 600 }), [
      'independent', 'linear', 'functional', 'comonotone', 'countermonotone', 'latentMixture', 'dependentPair',
      'heavy X, light V', 'light X, light V', 'V boundedAbove', 'V discrete', 'V heavy',
    ]);
  });
  it('the check fails for a class that is missing (the 5 % rule can fail)', () => {
    const rows = classCoverage(lightTailed(), specClasses, { numRuns: 200 });
    expect(() => check('lightTailed()', rows, ['heavy'])).toThrow(/'heavy' generated in 0.0 %/);
  });
});
