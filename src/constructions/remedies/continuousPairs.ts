/**
 * Generators of pairs (X, V) with a continuous, finite-mean V for the remedies' claims (the quantities are
 * one-dimensional integrals over V: shiftClasses.ts, classIntegrals.ts): V normal-type, exponential-type,
 * bounded (uniform, beta), reflected, mixtures and affine maps of them, and — where asked — heavy with a
 * finite mean (Student-t, Pareto, lognormal…); X (or the noise) continuous, heavy or light. (A discrete X
 * against a continuous V makes F̄_X(t − v) a step function of v with infinitely many steps, which the
 * quadrature over V cannot resolve: here discrete X is generated with finite V, finitePair; the bounded-reward
 * claims add X discrete ⊥ V continuous through boundedRewardPairs.ts, decided by sums over the atoms of X —
 * discreteNoiseWeights.ts, discreteNoiseOddsRatio.ts, weakPenaltyDiscreteNoise.ts.)
 * Kinds: independent, X = aV + Z (a ≠ −1: a constant shift with a discrete Z would give U atoms), X = f(V) +
 * noise (f affine, v², clip), and latent mixtures of these. `remedyPair` mixes them with finitePair.
 */
import fc from 'fast-check';
import { heavyTailed } from '../../arbitraries/heavyTailed.ts';
import { lightTailed } from '../../arbitraries/lightTailed.ts';
import { logUniform } from '../../arbitraries/logUniform.ts';
import { realLocation } from '../../arbitraries/realLocation.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairFunction, PairSpec } from '../../pairs/types.ts';
import { betaSpec } from '../../arbitraries/betaSpec.ts';
import { exponentialSpec } from '../../arbitraries/exponentialSpec.ts';
import { gammaSpec } from '../../arbitraries/gammaSpec.ts';
import { gumbelSpec } from '../../arbitraries/gumbelSpec.ts';
import { laplaceSpec } from '../../arbitraries/laplaceSpec.ts';
import { logisticSpec } from '../../arbitraries/logisticSpec.ts';
import { lognormalSpec } from '../../arbitraries/lognormalSpec.ts';
import { normalSpec } from '../../arbitraries/normalSpec.ts';
import { paretoSpec } from '../../arbitraries/paretoSpec.ts';
import { studentTSpec } from '../../arbitraries/studentTSpec.ts';
import { uniformSpec } from '../../arbitraries/uniformSpec.ts';
import { weibullSpec } from '../../arbitraries/weibullSpec.ts';
import { finitePair, type FinitePairConstraints } from './remedyCases.ts';

export interface ContinuousPairConstraints {
  /** only X ⊥ V (independent kind, and latent mixtures of independent classes sharing X). Default false */
  readonly independent?: boolean;
  /** V may be heavy-tailed (finite mean). Default false */
  readonly heavyV?: boolean;
  /** X (noise) laws; default continuousNoise() (a discrete X is paired with finite V: finitePair) */
  readonly noise?: fc.Arbitrary<DistributionSpec>;
  /** V laws; default: continuousV({ heavy }) */
  readonly v?: fc.Arbitrary<DistributionSpec>;
}

/**
 * Continuous V with a finite mean, one family or an affine map of one (scale of either sign: reflections) or
 * a two-component mixture: normal-type and exponential-type unbounded laws (normal, logistic, Laplace, Gumbel,
 * exponential, gamma, Weibull k ≥ 1) at weight 3, bounded ones (uniform, beta) at weight 2 and — `heavy` —
 * heavy laws with a finite mean (Student-t df ∈ (1, 50], Pareto α > 1, lognormal, Weibull k < 1) at weight 1.
 */
/**
 * Beta shapes below 0.05 put most of the mass within 1e-20 of an end (Beta(0.001, 1): half of it below
 * 1e-300), where no quadrature in doubles resolves the density: those laws are point masses for every purpose
 * here and are left to the finite-V generator.
 */
const beta = () => betaSpec().filter((b) => b.alpha >= 0.05 && b.beta >= 0.05);

export function continuousV(heavy = false): fc.Arbitrary<DistributionSpec> {
  const unbounded = fc.oneof(normalSpec(), logisticSpec(), laplaceSpec(), gumbelSpec(), exponentialSpec(), gammaSpec(), weibullSpec({ tail: 'stronglyLight' }));
  const bounded = fc.oneof(uniformSpec(), beta());
  const heavyLaws = fc.oneof(
    studentTSpec({ finiteMean: true }).filter((t) => t.df > 1.01 && t.df <= 50),
    paretoSpec({ finiteMean: true }).filter((p) => p.alpha > 1.01),
    lognormalSpec().filter((l) => l.sigma <= 3),
    weibullSpec({ tail: 'heavy' }).filter((w) => w.k >= 0.25),
  );
  const single: fc.Arbitrary<DistributionSpec> = fc.oneof(
    { arbitrary: unbounded, weight: 3 },
    { arbitrary: bounded, weight: 2 },
    ...(heavy ? [{ arbitrary: heavyLaws, weight: 1 }] : []),
  );
  const affine = fc.tuple(single, realLocation({ maxLog10: 2 }), fc.oneof(fc.constantFrom(-1, 2), logUniform(1e-2, 1e2).chain((x) => fc.constantFrom(x, -x))))
    .map(([base, loc, scale]): DistributionSpec => ({ family: 'affine', base, loc, scale }));
  const mixture = fc.tuple(single, fc.oneof(single, affine), fc.integer({ min: 1, max: 99 }))
    .map(([x, y, w]): DistributionSpec => ({ family: 'mixture', components: [x, y], weights: [w / 100, 1 - w / 100] }));
  return fc.oneof({ arbitrary: single, weight: 3 }, { arbitrary: affine, weight: 2 }, { arbitrary: mixture, weight: 1 });
}

/**
 * Continuous V bounded above (the limit β → 0 of a non-saturating reward is decided from the tails only when
 * sup V < ∞: weakPenaltyContinuous.ts): uniform, beta, reflected exponential-type laws (−Exp, −Gamma,
 * −Weibull), affine maps with a positive scale and two-component mixtures of these.
 */
export function boundedAboveV(): fc.Arbitrary<DistributionSpec> {
  const reflected = fc.tuple(fc.oneof(exponentialSpec(), gammaSpec(), weibullSpec({ tail: 'stronglyLight' })), realLocation({ maxLog10: 2 }), logUniform(1e-2, 1e2))
    .map(([base, loc, s]): DistributionSpec => ({ family: 'affine', base, loc, scale: -s }));
  const single: fc.Arbitrary<DistributionSpec> = fc.oneof(uniformSpec(), beta(), reflected);
  const affine = fc.tuple(single, realLocation({ maxLog10: 2 }), logUniform(1e-2, 1e2)).map(([base, loc, scale]): DistributionSpec => ({ family: 'affine', base, loc, scale }));
  const mixture = fc.tuple(single, single, fc.integer({ min: 1, max: 99 }))
    .map(([x, y, w]): DistributionSpec => ({ family: 'mixture', components: [x, y], weights: [w / 100, 1 - w / 100] }));
  return fc.oneof({ arbitrary: single, weight: 3 }, { arbitrary: affine, weight: 1 }, { arbitrary: mixture, weight: 1 });
}

/** Continuous X (noise) laws: U is then atomless whatever g is. Heavy (weight 3) or light (1), depth 1. */
export const continuousNoise = (): fc.Arbitrary<DistributionSpec> =>
  fc.oneof({ arbitrary: heavyTailed({ maxDepth: 1, continuous: true }), weight: 3 }, { arbitrary: lightTailed({ maxDepth: 1, continuous: true }), weight: 1 });

const coefficient = fc.oneof(fc.constantFrom(-2, 1, 2, 0.5, -0.5), realLocation({ maxLog10: 1 })).filter((a) => a !== -1);
const pairFunction: fc.Arbitrary<PairFunction> = fc.oneof(
  fc.tuple(coefficient, realLocation({ maxLog10: 1 })).map(([a, b]): PairFunction => ({ kind: 'linear', a, b })),
  fc.constant<PairFunction>({ kind: 'square' }),
  fc.tuple(realLocation({ maxLog10: 1 }), logUniform(1e-2, 10)).map(([lo, w]): PairFunction => ({ kind: 'clip', lo, hi: lo + w })),
);

const weightsFor = (n: number) => fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }).map((w) => w.map((y) => y / w.reduce((s, z) => s + z, 0)));

export function continuousPair(c: ContinuousPairConstraints = {}): fc.Arbitrary<PairSpec> {
  const noise = c.noise ?? continuousNoise();
  const v = c.v ?? continuousV(c.heavyV);
  const independent = fc.tuple(noise, v).map(([x, vs]): PairSpec => ({ kind: 'independent', x, v: vs }));
  const sharedX = fc.tuple(noise, fc.array(v, { minLength: 2, maxLength: 3 })).chain(([x, vs]) =>
    weightsFor(vs.length).map((ws): PairSpec => ({ kind: 'latentMixture', components: vs.map((vv): PairSpec => ({ kind: 'independent', x, v: vv })), weights: ws })));
  if (c.independent) return fc.oneof({ arbitrary: independent, weight: 4 }, { arbitrary: sharedX, weight: 1 });
  const flat = fc.oneof(
    independent,
    fc.tuple(v, noise, coefficient).map(([vs, z, a]): PairSpec => ({ kind: 'linear', v: vs, z, a })),
    fc.tuple(v, noise, pairFunction).map(([vs, n, f]): PairSpec => ({ kind: 'functional', v: vs, noise: n, f })),
  );
  const mixture = fc.array(flat, { minLength: 2, maxLength: 3 }).chain((cs) => weightsFor(cs.length).map((ws): PairSpec => ({ kind: 'latentMixture', components: cs, weights: ws })));
  return fc.oneof({ arbitrary: flat, weight: 4 }, { arbitrary: mixture, weight: 1 }, { arbitrary: sharedX, weight: 1 });
}

/** Pairs with a finite V (finitePair) or a continuous V (continuousPair), half each. */
export function remedyPair(c: FinitePairConstraints & { readonly heavyV?: boolean; readonly v?: fc.Arbitrary<DistributionSpec> } = {}): fc.Arbitrary<PairSpec> {
  return fc.oneof(
    { arbitrary: finitePair(c), weight: 1 },
    { arbitrary: continuousPair({ independent: c.independent, heavyV: c.heavyV, ...(c.v ? { v: c.v } : {}) }), weight: 1 },
  );
}
