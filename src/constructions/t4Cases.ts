/**
 * Cases of the T4 claims (properties/light-tail/utility-diverges*.prop.ts, positive-utility*.prop.ts): plain
 * JSON pair specs (src/pairs/types.ts) plus a number, and generators that concentrate on the classes the
 * claims' hypotheses separate (the claims always compute their hypotheses from the built pair, never from
 * which generator produced it). `pairOf` builds each pair spec once.
 */
import fc from 'fast-check';
import { lightTailed } from '../arbitraries/lightTailed.ts';
import { logUniform } from '../arbitraries/logUniform.ts';
import { realLocation } from '../arbitraries/realLocation.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { buildPair } from '../pairs/buildPair.ts';
import type { Pair, PairFunction, PairSpec } from '../pairs/types.ts';

const cache = new WeakMap<object, Pair>();

/** buildPair(spec), once per (immutable, generated) spec object. */
export function pairOf(spec: PairSpec): Pair {
  let p = cache.get(spec);
  if (!p) cache.set(spec, (p = buildPair(spec)));
  return p;
}

/** Right tail with λ₊ = ∞ (normal-type, bounded, Poisson…); depth 0 (single families and reflections) unless given. */
export const stronglyLight = (o: { unboundedAbove?: boolean; boundedAbove?: boolean; discrete?: boolean; maxDepth?: number } = {}): fc.Arbitrary<DistributionSpec> =>
  lightTailed({ tailClass: 'stronglyLight', maxDepth: 0, finiteMean: true, ...o });
/** Exponential-type right tail, 0 < λ₊ < ∞. */
export const exponentialType = (): fc.Arbitrary<DistributionSpec> => lightTailed({ tailClass: 'light', maxDepth: 0, finiteMean: true });

/** X ⊥ V with the given marginal generators. */
export const independentPair = (x: fc.Arbitrary<DistributionSpec>, v: fc.Arbitrary<DistributionSpec>): fc.Arbitrary<PairSpec> =>
  fc.tuple(x, v).map(([xs, vs]): PairSpec => ({ kind: 'independent', x: xs, v: vs }));

const coefficient = fc.oneof({ withCrossShrink: true }, fc.constantFrom(-2, -1, 1, 2, 0.5, -0.5), realLocation({ maxLog10: 1 }));
const pairFunction: fc.Arbitrary<PairFunction> = fc.oneof(
  fc.tuple(coefficient, realLocation({ maxLog10: 1 })).map(([a, b]): PairFunction => ({ kind: 'linear', a, b })),
  fc.tuple(realLocation({ maxLog10: 1 }), logUniform(1e-2, 10)).map(([lo, w]): PairFunction => ({ kind: 'clip', lo, hi: lo + w })),
);

/** Dependent pairs of every kind with strongly light marginals and V unbounded above (X = aV + Z, f(V) + noise, copulas). */
export function dependentStrongPair(): fc.Arbitrary<PairSpec> {
  const x = stronglyLight();
  const v = stronglyLight({ unboundedAbove: true });
  return fc.oneof(
    fc.tuple(v, x, coefficient).map(([vs, z, a]): PairSpec => ({ kind: 'linear', v: vs, z, a })),
    fc.tuple(v, x, pairFunction).map(([vs, noise, f]): PairSpec => ({ kind: 'functional', v: vs, noise, f })),
    fc.tuple(x, v).map(([xs, vs]): PairSpec => ({ kind: 'comonotone', x: xs, v: vs })),
    fc.tuple(x, v).map(([xs, vs]): PairSpec => ({ kind: 'countermonotone', x: xs, v: vs })),
  );
}

/** V light on the right with E[V] = −∞: a reflected Pareto or Lomax with α ≤ 1 (bounded above, heavy below). */
export const minusInfiniteMeanV = (): fc.Arbitrary<DistributionSpec> =>
  fc.oneof(
    fc.tuple(logUniform(0.1, 10), fc.double({ min: 0.2, max: 1, noNaN: true }), realLocation({ maxLog10: 2 })).map(
      ([xm, alpha, loc]): DistributionSpec => ({ family: 'affine', base: { family: 'pareto', xm, alpha }, loc, scale: -1 }),
    ),
    fc.tuple(logUniform(0.1, 10), fc.double({ min: 0.2, max: 1, noNaN: true }), realLocation({ maxLog10: 2 })).map(
      ([scale, alpha, loc]): DistributionSpec => ({ family: 'affine', base: { family: 'lomax', alpha, scale }, loc, scale: -1 }),
    ),
  );

/** The level exponent m of L = q_V(1 − 10^{−m}). */
export const levelExponent = (): fc.Arbitrary<number> => fc.double({ min: 0.5, max: 12, noNaN: true });
/**
 * The KL weight in units of V's spread: β = b·scaleOf(V) (t4Grid.ts), so the tilt θ = 1/β moves V by a
 * resolvable amount whatever its scale. b ≥ 1 keeps θ·λ < 1 for Weibull laws with k just above 1, whose tilts
 * beyond that leave the double range (their mean overflows) — a numerical limit, stated here.
 */
export const klWeightInSpreads = (): fc.Arbitrary<number> => logUniform(1, 1e3);

/** V = x a.s. */
export const pointMassV = (): fc.Arbitrary<DistributionSpec> => realLocation().map((x): DistributionSpec => ({ family: 'pointMass', x }));
