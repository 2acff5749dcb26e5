/**
 * Every per-family arbitrary: 500 specs at a fixed seed build without throwing; the finite-mean option
 * gives finite means and the Weibull tail option gives the tail class it names (read from the built law).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { affineSpec } from './affineSpec.ts';
import { betaSpec } from './betaSpec.ts';
import { categoricalSpec } from './categoricalSpec.ts';
import { cauchySpec } from './cauchySpec.ts';
import { exponentialSpec } from './exponentialSpec.ts';
import { frechetSpec } from './frechetSpec.ts';
import { gammaSpec } from './gammaSpec.ts';
import { geometricSpec } from './geometricSpec.ts';
import { gumbelSpec } from './gumbelSpec.ts';
import { laplaceSpec } from './laplaceSpec.ts';
import { levySpec } from './levySpec.ts';
import { logisticSpec } from './logisticSpec.ts';
import { logLogisticSpec } from './logLogisticSpec.ts';
import { lognormalSpec } from './lognormalSpec.ts';
import { lomaxSpec } from './lomaxSpec.ts';
import { mixtureSpec } from './mixtureSpec.ts';
import { normalSpec } from './normalSpec.ts';
import { paretoSpec } from './paretoSpec.ts';
import { pointMassSpec } from './pointMassSpec.ts';
import { poissonSpec } from './poissonSpec.ts';
import { studentTSpec } from './studentTSpec.ts';
import { uniformSpec } from './uniformSpec.ts';
import { weibullSpec } from './weibullSpec.ts';
import { zetaSpec } from './zetaSpec.ts';

const FAMILIES: Record<string, fc.Arbitrary<DistributionSpec>> = {
  studentT: studentTSpec(), pareto: paretoSpec(), lomax: lomaxSpec(), lognormal: lognormalSpec(), weibull: weibullSpec(),
  logLogistic: logLogisticSpec(), frechet: frechetSpec(), cauchy: cauchySpec(), levy: levySpec(), normal: normalSpec(),
  exponential: exponentialSpec(), gamma: gammaSpec(), laplace: laplaceSpec(), logistic: logisticSpec(), gumbel: gumbelSpec(),
  uniform: uniformSpec(), beta: betaSpec(), pointMass: pointMassSpec(), categorical: categoricalSpec(), zeta: zetaSpec(),
  geometric: geometricSpec(), poisson: poissonSpec(),
  affine: affineSpec(normalSpec()), mixture: mixtureSpec(paretoSpec(), exponentialSpec()),
};

const FINITE_MEAN: Record<string, fc.Arbitrary<DistributionSpec>> = {
  studentT: studentTSpec({ finiteMean: true }), pareto: paretoSpec({ finiteMean: true }), lomax: lomaxSpec({ finiteMean: true }),
  logLogistic: logLogisticSpec({ finiteMean: true }), frechet: frechetSpec({ finiteMean: true }), zeta: zetaSpec({ finiteMean: true }),
};

function buildError(spec: DistributionSpec): string | undefined {
  try {
    build(spec);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('per-family spec arbitraries', () => {
  for (const [name, arb] of Object.entries(FAMILIES)) {
    it(`${name}: 500 specs build without throwing, with the family's own name`, () => {
      for (const spec of fc.sample(arb, { seed: 11, numRuns: 500 })) {
        expect(buildError(spec), `build(${JSON.stringify(spec)})`).toBeUndefined();
        expect(spec.family, JSON.stringify(spec)).toBe(name);
      }
    });
  }
  for (const [name, arb] of Object.entries(FINITE_MEAN)) {
    it(`${name}({ finiteMean: true }) builds to a finite mean`, () => {
      for (const spec of fc.sample(arb, { seed: 12, numRuns: 300 })) {
        const m = build(spec).mean();
        expect(Number.isFinite(m), `mean of ${JSON.stringify(spec)} = ${m}`).toBe(true);
      }
    });
  }
  it('the finite-mean-capable families also generate infinite means by default', () => {
    for (const name of Object.keys(FINITE_MEAN)) {
      const specs = fc.sample(FAMILIES[name], { seed: 13, numRuns: 300 });
      expect(specs.some((s) => !Number.isFinite(build(s).mean())), `${name} never had an infinite mean`).toBe(true);
    }
  });
  for (const tail of ['heavy', 'light', 'stronglyLight'] as const) {
    it(`weibullSpec({ tail: '${tail}' }) builds to tailClass ${tail}`, () => {
      for (const spec of fc.sample(weibullSpec({ tail }), { seed: 14, numRuns: 300 })) {
        expect(build(spec).tailClass, JSON.stringify(spec)).toBe(tail);
      }
    });
  }
  it('categorical probabilities sum to 1 within 1e-12 and values are distinct', () => {
    for (const spec of fc.sample(categoricalSpec(), { seed: 15, numRuns: 500 })) {
      const sum = spec.probs.reduce((s, p) => s + p, 0);
      expect(Math.abs(sum - 1), JSON.stringify(spec)).toBeLessThanOrEqual(1e-12);
      expect(new Set(spec.values).size, JSON.stringify(spec)).toBe(spec.values.length);
    }
  });
});
