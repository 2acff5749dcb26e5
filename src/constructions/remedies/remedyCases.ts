/**
 * Generators for the remedies' claims: pairs (X, V) with a finite V (src/constructions/remedies/finitePair.ts:
 * exact sums) of every shift kind — independent, X = aV + Z (negative a included: U decreasing in V),
 * X = f(V) + noise, latent mixtures — with X/noise heavy (Student-t, Pareto, lognormal, Cauchy, …), light,
 * discrete, bounded or reflected, and V categorical (up to `maxAtoms` values) or a point mass.
 */
import fc from 'fast-check';
import { categoricalSpec } from '../../arbitraries/categoricalSpec.ts';
import { heavyTailed } from '../../arbitraries/heavyTailed.ts';
import { lightTailed } from '../../arbitraries/lightTailed.ts';
import { logUniform } from '../../arbitraries/logUniform.ts';
import { realLocation } from '../../arbitraries/realLocation.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairFunction, PairSpec } from '../../pairs/types.ts';
import type { Reward, Squash } from './boundedReward.ts';

export interface FinitePairConstraints {
  /** only X ⊥ V (independent kind, and latent mixtures of independent classes sharing X). Default false */
  readonly independent?: boolean;
  /** most values of V. Default 5 */
  readonly maxAtoms?: number;
  /** X (noise) laws; default: heavy (weight 3) or light (weight 1), depth 1 */
  readonly noise?: fc.Arbitrary<DistributionSpec>;
  /** V may be a point mass (degenerate). Default true */
  readonly degenerate?: boolean;
}

export const anyNoise = (): fc.Arbitrary<DistributionSpec> =>
  fc.oneof({ arbitrary: heavyTailed({ maxDepth: 1 }), weight: 3 }, { arbitrary: lightTailed({ maxDepth: 1 }), weight: 1 });

const coefficient = fc.oneof(fc.constantFrom(-2, -1, 1, 2, 0.5, -0.5), realLocation({ maxLog10: 1 }));
const pairFunction: fc.Arbitrary<PairFunction> = fc.oneof(
  fc.tuple(coefficient, realLocation({ maxLog10: 1 })).map(([a, b]): PairFunction => ({ kind: 'linear', a, b })),
  fc.constant<PairFunction>({ kind: 'square' }),
  fc.tuple(realLocation({ maxLog10: 1 }), logUniform(1e-2, 10)).map(([lo, w]): PairFunction => ({ kind: 'clip', lo, hi: lo + w })),
);

export function finitePair(c: FinitePairConstraints = {}): fc.Arbitrary<PairSpec> {
  const noise = c.noise ?? anyNoise();
  const cat = categoricalSpec({ maxAtoms: c.maxAtoms ?? 5 });
  const v: fc.Arbitrary<DistributionSpec> = c.degenerate === false
    ? cat.filter((s) => s.values.length > 1)
    : fc.oneof({ arbitrary: cat, weight: 5 }, { arbitrary: realLocation().map((x): DistributionSpec => ({ family: 'pointMass', x })), weight: 1 });
  const independent = fc.tuple(noise, v).map(([x, vs]): PairSpec => ({ kind: 'independent', x, v: vs }));
  const sharedX = fc.tuple(noise, fc.array(v, { minLength: 2, maxLength: 3 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }))
    .map(([x, vs, w]): PairSpec => {
      const ws = w.slice(0, vs.length);
      const tot = ws.reduce((s, y) => s + y, 0);
      return { kind: 'latentMixture', components: vs.map((vv): PairSpec => ({ kind: 'independent', x, v: vv })), weights: ws.map((y) => y / tot) };
    });
  if (c.independent) return fc.oneof({ arbitrary: independent, weight: 4 }, { arbitrary: sharedX, weight: 1 });
  const flat = fc.oneof(
    independent,
    fc.tuple(v, noise, coefficient).map(([vs, z, a]): PairSpec => ({ kind: 'linear', v: vs, z, a })),
    fc.tuple(v, noise, pairFunction).map(([vs, n, f]): PairSpec => ({ kind: 'functional', v: vs, noise: n, f })),
  );
  const mixture = fc.tuple(fc.array(flat, { minLength: 2, maxLength: 3 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }))
    .map(([cs, w]): PairSpec => {
      const ws = w.slice(0, cs.length);
      const tot = ws.reduce((s, y) => s + y, 0);
      return { kind: 'latentMixture', components: cs, weights: ws.map((y) => y / tot) };
    });
  return fc.oneof({ arbitrary: flat, weight: 4 }, { arbitrary: mixture, weight: 1 }, { arbitrary: sharedX, weight: 1 });
}

/** A reward r(U) = m((U − loc)/scale) with the squashes given. */
export const rewardArbitrary = (squashes: readonly Squash[]): fc.Arbitrary<Reward> =>
  fc.record({ squash: fc.constantFrom(...squashes), loc: fc.oneof(fc.constant(0), realLocation({ maxLog10: 3 })), scale: fc.oneof(fc.constant(1), logUniform(1e-3, 1e3)) });

/** The KL weight β: round values and a log-uniform spread 1e-4…1e3. */
export const betaArbitrary = (): fc.Arbitrary<number> => fc.oneof(fc.constantFrom(1, 0.1, 0.01), logUniform(1e-4, 1e3));
