/**
 * build(spec): the one way from plain JSON (types.ts DistributionSpec) to a Distribution. Checks that the
 * spec is an object with a known family and only that family's parameter names, builds affine bases and
 * mixture components recursively, then calls the family's factory (which validates the values and throws
 * DomainError(family, parameter, allowed, value)).
 */
import { DomainError } from '../errors.ts';
import { affine } from './affine.ts';
import { beta } from './beta.ts';
import { categorical } from './categorical.ts';
import { cauchy } from './cauchy.ts';
import { exponential } from './exponential.ts';
import { frechet } from './frechet.ts';
import { gamma } from './gamma.ts';
import { geometric } from './geometric.ts';
import { gumbel } from './gumbel.ts';
import { laplace } from './laplace.ts';
import { levy } from './levy.ts';
import { logistic } from './logistic.ts';
import { logLogistic } from './logLogistic.ts';
import { lognormal } from './lognormal.ts';
import { lomax } from './lomax.ts';
import { mixture } from './mixture.ts';
import { normal } from './normal.ts';
import { pareto } from './pareto.ts';
import { pointMass } from './pointMass.ts';
import { poisson } from './poisson.ts';
import { studentT } from './studentT.ts';
import type { Distribution, DistributionSpec, Family, SpecOf } from './types.ts';
import { uniform } from './uniform.ts';
import { weibull } from './weibull.ts';
import { zeta } from './zeta.ts';

type Combinator = 'affine' | 'mixture';
type BaseFamily = Exclude<Family, Combinator>;
type Factory<F extends BaseFamily> = (params: Omit<SpecOf<F>, 'family'>) => Distribution;

/** The factory of every non-combinator family, keyed by the spec's `family`. */
const FACTORIES: { readonly [F in BaseFamily]: Factory<F> } = {
  studentT, pareto, lomax, lognormal, weibull, logLogistic, frechet, cauchy, levy,
  normal, exponential, gamma, laplace, logistic, gumbel, uniform, beta, pointMass,
  categorical, zeta, geometric, poisson,
};

type Kind = 'number' | 'numbers' | 'spec' | 'specs';
interface ParamSchema {
  readonly required: Readonly<Record<string, Kind>>;
  readonly optional?: Readonly<Record<string, Kind>>;
}
const n = 'number' as const;

/** Parameter names and JSON shapes of each family (types.ts is the source of truth). */
export const SPEC_PARAMETERS: { readonly [F in Family]: ParamSchema } = {
  studentT: { required: { df: n }, optional: { loc: n, scale: n } },
  pareto: { required: { xm: n, alpha: n } },
  lomax: { required: { alpha: n, scale: n } },
  lognormal: { required: { mu: n, sigma: n } },
  weibull: { required: { k: n, lambda: n } },
  logLogistic: { required: { alpha: n, beta: n } },
  frechet: { required: { alpha: n }, optional: { s: n, m: n } },
  cauchy: { required: { loc: n, scale: n } },
  levy: { required: { c: n }, optional: { mu: n } },
  normal: { required: { mu: n, sigma: n } },
  exponential: { required: { rate: n } },
  gamma: { required: { shape: n, rate: n } },
  laplace: { required: { mu: n, b: n } },
  logistic: { required: { mu: n, s: n } },
  gumbel: { required: { mu: n, beta: n } },
  uniform: { required: { a: n, b: n } },
  beta: { required: { alpha: n, beta: n } },
  pointMass: { required: { x: n } },
  categorical: { required: { values: 'numbers', probs: 'numbers' } },
  zeta: { required: { s: n } },
  geometric: { required: { p: n } },
  poisson: { required: { lambda: n } },
  affine: { required: { base: 'spec', loc: n, scale: n } },
  mixture: { required: { components: 'specs', weights: 'numbers' } },
};

/** Every family name, the 22 laws followed by the two combinators. */
export const FAMILIES: readonly Family[] = Object.freeze(Object.keys(SPEC_PARAMETERS) as Family[]);

/** SPEC_PARAMETERS as arrays, computed once (build checks every spec it is given). */
const SCHEMA_ENTRIES = Object.fromEntries(
  (Object.keys(SPEC_PARAMETERS) as Family[]).map((f) => {
    const { required, optional = {} } = SPEC_PARAMETERS[f];
    return [f, { known: [...Object.keys(required), ...Object.keys(optional)], required: Object.entries(required), optional: Object.entries(optional) }];
  }),
) as unknown as { readonly [F in Family]: { readonly known: readonly string[]; readonly required: readonly [string, Kind][]; readonly optional: readonly [string, Kind][] } };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isFamily(x: unknown): x is Family {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(SPEC_PARAMETERS, x);
}

/** Whether a value has the JSON shape; nested specs are checked fully only when `deep`. */
function hasKind(value: unknown, kind: Kind, deep: boolean): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number';
    case 'numbers':
      return Array.isArray(value) && value.every((v) => typeof v === 'number');
    case 'spec':
      return deep ? isDistributionSpec(value) : isObject(value);
    case 'specs':
      return Array.isArray(value) && (!deep || value.every(isDistributionSpec));
  }
}

/**
 * The first shape problem of a spec object with a known family (nested specs only when `deep`; build
 * checks them itself as it recurses, so its error names the innermost culprit): an unknown key, a missing required
 * parameter or a value of the wrong JSON type; undefined when the shape is right.
 */
function shapeProblem(spec: Record<string, unknown>, family: Family, deep: boolean): { key: string; allowed: string } | undefined {
  const { known, required, optional } = SCHEMA_ENTRIES[family];
  for (const key in spec) {
    if (key !== 'family' && Object.prototype.hasOwnProperty.call(spec, key) && !known.includes(key)) {
      return { key, allowed: `absent (known parameters: ${known.join(', ')})` };
    }
  }
  for (const [key, kind] of required) {
    if (!hasKind(spec[key], kind, deep)) return { key, allowed: describe(kind) };
  }
  for (const [key, kind] of optional) {
    if (spec[key] !== undefined && !hasKind(spec[key], kind, deep)) return { key, allowed: `${describe(kind)} or absent` };
  }
  return undefined;
}

function describe(kind: Kind): string {
  return { number: 'a number', numbers: 'an array of numbers', spec: 'a distribution spec', specs: 'an array of distribution specs' }[kind];
}

/**
 * True when x has the shape of a DistributionSpec: a known family, exactly its parameter names, numbers
 * where numbers go, and (recursively) specs for affine bases and mixture components. Parameter ranges are
 * not checked here (build does that, through the factories).
 */
export function isDistributionSpec(x: unknown): x is DistributionSpec {
  return isObject(x) && isFamily(x.family) && shapeProblem(x, x.family, true) === undefined;
}

/**
 * Build a Distribution from its plain JSON spec. Throws DomainError('build', 'family', …) for an unknown
 * family, DomainError(family, parameter, …) for a malformed or out-of-range parameter.
 * @example build({ family: 'exponential', rate: 2 }).sf(1) // e^{−2} = 0.1353352832366127
 */
export function build(spec: DistributionSpec): Distribution {
  if (!isObject(spec) || !isFamily(spec.family)) {
    const value = isObject(spec) ? spec.family : spec;
    throw new DomainError('build', 'family', `one of ${FAMILIES.join(', ')}`, value);
  }
  const problem = shapeProblem(spec as unknown as Record<string, unknown>, spec.family, false);
  if (problem !== undefined) {
    const value = (spec as unknown as Record<string, unknown>)[problem.key];
    throw new DomainError(spec.family, problem.key, problem.allowed, value);
  }
  if (spec.family === 'affine') return affine({ base: build(spec.base), loc: spec.loc, scale: spec.scale });
  if (spec.family === 'mixture') {
    return mixture({ components: spec.components.map(build), weights: spec.weights });
  }
  const { family, ...params } = spec;
  return (FACTORIES[family] as Factory<typeof family>)(params as never);
}
