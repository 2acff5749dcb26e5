/**
 * `pairArbitrary()`: PairSpecs (src/pairs/types.ts) of every kind — independent, latent mixtures, X = aV + Z,
 * comonotone, countermonotone, X = f(V) + noise — with marginals covering {heavy X, light V}, {light X,
 * light V}, bounded V, discrete V and heavy V. Independent pairs come first, so shrinking moves toward
 * two independent single families.
 */
import fc from 'fast-check';
import type { DistributionSpec } from '../distributions/types.ts';
import type { PairFunction, PairKind, PairSpec } from '../pairs/types.ts';
import { heavyTailed } from './heavyTailed.ts';
import { lightTailed } from './lightTailed.ts';
import { probabilityVector } from './probabilityVector.ts';
import { realLocation } from './realLocation.ts';

/** Options of {@link pairArbitrary}. */
export interface PairConstraints {
  /** the kinds generated. Default: all six */
  readonly kinds?: readonly PairKind[];
  /** V has a finite mean (every claim about E[V] assumes it). Default: false (heavy, infinite-mean V are generated too) */
  readonly vFiniteMean?: boolean;
  /** nesting depth of the marginal specs (affine maps, mixtures). Default: 1 */
  readonly maxSpecDepth?: number;
  /** most classes of a latent mixture. Default: 3 */
  readonly maxClasses?: number;
}

const ALL: readonly PairKind[] = ['independent', 'linear', 'functional', 'comonotone', 'countermonotone', 'latentMixture'];

/** The coefficient a of X = aV + Z and of f(v) = av + b: round values (0, 1, −1: U = Z) first. */
const coefficient = fc.oneof({ withCrossShrink: true }, fc.constantFrom(1, 0, -1, 2, 0.5, -2), realLocation({ maxLog10: 2 }));

const pairFunction: fc.Arbitrary<PairFunction> = fc.oneof(
  { withCrossShrink: true },
  fc.tuple(coefficient, realLocation({ maxLog10: 2 })).map(([a, b]): PairFunction => ({ kind: 'linear', a, b })),
  fc.constant<PairFunction>({ kind: 'square' }),
  fc.tuple(realLocation({ maxLog10: 2 }), fc.double({ min: 1e-3, max: 100, noNaN: true })).map(([lo, w]): PairFunction => ({ kind: 'clip', lo, hi: lo + w })),
);

export function pairArbitrary(constraints: PairConstraints = {}): fc.Arbitrary<PairSpec> {
  const kinds = constraints.kinds ?? ALL;
  if (kinds.length === 0 || kinds.some((k) => !ALL.includes(k))) {
    throw new RangeError(`pairArbitrary constraints.kinds must be a non-empty subset of ${ALL.join(', ')}; got ${JSON.stringify(kinds)}`);
  }
  const depth = constraints.maxSpecDepth ?? 1;
  const fm = constraints.vFiniteMean === true;
  const anyX: fc.Arbitrary<DistributionSpec> = fc.oneof(
    { withCrossShrink: true },
    lightTailed({ maxDepth: depth }),
    heavyTailed({ maxDepth: depth }),
  );
  const lightV: fc.Arbitrary<DistributionSpec> = fc.oneof(
    { withCrossShrink: true },
    { arbitrary: lightTailed({ maxDepth: depth, finiteMean: true, unboundedAbove: true }), weight: 4 },
    { arbitrary: lightTailed({ maxDepth: depth, finiteMean: true, boundedAbove: true }), weight: 2 },
    { arbitrary: lightTailed({ maxDepth: depth, finiteMean: true, discrete: true }), weight: 2 },
  );
  const anyV = fc.oneof(
    { withCrossShrink: true },
    { arbitrary: lightV, weight: 4 },
    { arbitrary: heavyTailed({ maxDepth: 0, finiteMean: fm }), weight: 1 },
    ...(fm ? [] : [{ arbitrary: lightTailed({ maxDepth: depth }), weight: 1 }]),
  );
  const simple: Record<Exclude<PairKind, 'latentMixture'>, fc.Arbitrary<PairSpec>> = {
    independent: fc.tuple(anyX, anyV).map(([x, v]): PairSpec => ({ kind: 'independent', x, v })),
    linear: fc.tuple(anyV, anyX, coefficient).map(([v, z, a]): PairSpec => ({ kind: 'linear', v, z, a })),
    functional: fc.tuple(anyV, anyX, pairFunction).map(([v, noise, f]): PairSpec => ({ kind: 'functional', v, noise, f })),
    comonotone: fc.tuple(anyX, anyV).map(([x, v]): PairSpec => ({ kind: 'comonotone', x, v })),
    countermonotone: fc.tuple(anyX, anyV).map(([x, v]): PairSpec => ({ kind: 'countermonotone', x, v })),
  };
  const simpleKinds = kinds.filter((k): k is Exclude<PairKind, 'latentMixture'> => k !== 'latentMixture');
  const pool = simpleKinds.length > 0 ? simpleKinds : (ALL.slice(0, 5) as Exclude<PairKind, 'latentMixture'>[]);
  const flat = fc.oneof({ withCrossShrink: true }, ...pool.map((k) => simple[k]));
  const mixture = fc
    .tuple(fc.array(flat, { minLength: 2, maxLength: constraints.maxClasses ?? 3 }), probabilityVector({ minLength: 3, maxLength: 3, maxRatio: 1000 }))
    .map(([components, w]): PairSpec => {
      const raw = w.slice(0, components.length);
      const total = raw.reduce((s, x) => s + x, 0);
      return { kind: 'latentMixture', components, weights: raw.map((x) => x / total) };
    });
  if (!kinds.includes('latentMixture')) return flat;
  if (simpleKinds.length === 0) return mixture;
  return fc.oneof({ withCrossShrink: true }, { arbitrary: flat, weight: 5 }, { arbitrary: mixture, weight: 1 });
}
