/**
 * The single families (and their reflections) that heavyTailed(), lightTailed() and anyDistribution()
 * draw from, each with what is known of its tails by construction. Internal: the published classification
 * is always re-read from the built distribution in the tests.
 * Tail classes: claims.md §1; a reflection swaps the right and left tails (a reflected Pareto is bounded above).
 */
import type fc from 'fast-check';
import type { DistributionSpec, TailClass } from '../distributions/types.ts';
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
import { normalSpec } from './normalSpec.ts';
import { paretoSpec } from './paretoSpec.ts';
import { pointMassSpec } from './pointMassSpec.ts';
import { poissonSpec } from './poissonSpec.ts';
import { studentTSpec } from './studentTSpec.ts';
import { uniformSpec } from './uniformSpec.ts';
import { weibullSpec } from './weibullSpec.ts';
import { zetaSpec } from './zetaSpec.ts';

/** One side of the support: its tail class, and whether the support is bounded on that side. */
export interface Side {
  readonly tail: TailClass;
  readonly bounded: boolean;
}

export interface CatalogueEntry {
  readonly name: string;
  readonly right: Side;
  readonly left: Side;
  readonly discrete: boolean;
  /** false when no parameter value gives a finite mean (Cauchy, Lévy) */
  readonly canHaveFiniteMean: boolean;
  readonly reflected: boolean;
  make(finiteMean: boolean): fc.Arbitrary<DistributionSpec>;
}

const H: Side = { tail: 'heavy', bounded: false };
const L: Side = { tail: 'light', bounded: false };
const S: Side = { tail: 'stronglyLight', bounded: false };
const B: Side = { tail: 'stronglyLight', bounded: true };

function entry(name: string, right: Side, left: Side, discrete: boolean, make: (fm: boolean) => fc.Arbitrary<DistributionSpec>, canHaveFiniteMean = true): CatalogueEntry {
  return { name, right, left, discrete, canHaveFiniteMean, reflected: false, make };
}

/** Simplest first within each class: shrinking moves toward the front of the list. */
const PLAIN: readonly CatalogueEntry[] = [
  entry('normal', S, S, false, () => normalSpec()),
  entry('exponential', L, B, false, () => exponentialSpec()),
  entry('uniform', B, B, false, () => uniformSpec()),
  entry('pointMass', B, B, true, () => pointMassSpec()),
  entry('studentT', H, H, false, (fm) => studentTSpec({ finiteMean: fm })),
  entry('pareto', H, B, false, (fm) => paretoSpec({ finiteMean: fm })),
  entry('cauchy', H, H, false, () => cauchySpec(), false),
  entry('lognormal', H, B, false, () => lognormalSpec()),
  entry('lomax', H, B, false, (fm) => lomaxSpec({ finiteMean: fm })),
  entry('weibullHeavy', H, B, false, () => weibullSpec({ tail: 'heavy' })),
  entry('logLogistic', H, B, false, (fm) => logLogisticSpec({ finiteMean: fm })),
  entry('frechet', H, B, false, (fm) => frechetSpec({ finiteMean: fm })),
  entry('levy', H, B, false, () => levySpec(), false),
  entry('zeta', H, B, true, (fm) => zetaSpec({ finiteMean: fm })),
  entry('gamma', L, B, false, () => gammaSpec()),
  entry('laplace', L, L, false, () => laplaceSpec()),
  entry('logistic', L, L, false, () => logisticSpec()),
  entry('gumbel', L, S, false, () => gumbelSpec()),
  entry('weibullExponential', L, B, false, () => weibullSpec({ tail: 'light' })),
  entry('weibullStrong', S, B, false, () => weibullSpec({ tail: 'stronglyLight' })),
  entry('beta', B, B, false, () => betaSpec()),
  entry('categorical', B, B, true, () => categoricalSpec()),
  entry('geometric', L, B, true, () => geometricSpec()),
  entry('poisson', S, B, true, () => poissonSpec()),
];

function reflect(e: CatalogueEntry): CatalogueEntry {
  return {
    ...e, name: `reflected ${e.name}`, right: e.left, left: e.right, reflected: true,
    make: (fm) => affineSpec(e.make(fm), { reflect: 'always' }),
  };
}

/** Every family, then every reflection whose right tail differs from the family's (symmetric laws add nothing). */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...PLAIN,
  ...PLAIN.filter((e) => e.left.tail !== e.right.tail || e.left.bounded !== e.right.bounded).map(reflect),
];
