/**
 * Generators of the pairs (X, V) the shift-form generators (continuousPairs.ts, remedyCases.ts) leave out, for
 * the odds-ratio claims:
 *  - discrete X ⊥ continuous V (discreteNoiseOddsRatio.ts: sums over the atoms of X): X categorical, point
 *    mass, geometric, Poisson, zeta, affine maps (reflections included) and mixtures of these; V from
 *    continuousV() (normal-type, exponential-type, bounded, reflected, mixtures);
 *  - comonotone pairs X = F_X⁻¹(W), V = F_V⁻¹(W) (copulaOddsRatio.ts: closed form): X any law of the suite
 *    (heavy, light, discrete), V continuous;
 *  - `discreteNoiseAtTheCap`: bounded V narrower than the gaps between the atoms of a categorical X, at a cap
 *    K = 1/P(X ≥ xⱼ) — the cases where the quantilizer leaves E[V] exactly unchanged (X's atoms load-bearing).
 * Countermonotone pairs are not generated (U = q_X(W) + q_V(1 − W) need not be monotone in W: the set
 * {U > t} is not certified; see copulaOddsRatio.ts).
 */
import fc from 'fast-check';
import { affineSpec } from '../../arbitraries/affineSpec.ts';
import { categoricalSpec } from '../../arbitraries/categoricalSpec.ts';
import { geometricSpec } from '../../arbitraries/geometricSpec.ts';
import { logUniform } from '../../arbitraries/logUniform.ts';
import { mixtureSpec } from '../../arbitraries/mixtureSpec.ts';
import { pointMassSpec } from '../../arbitraries/pointMassSpec.ts';
import { poissonSpec } from '../../arbitraries/poissonSpec.ts';
import { zetaSpec } from '../../arbitraries/zetaSpec.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { continuousV } from './continuousPairs.ts';
import { anyNoise } from './remedyCases.ts';
import { atomWindow, discreteNoiseCase } from './discreteNoiseOddsRatio.ts';

/**
 * Zeta laws with s ≤ 1.1 put u_K beyond the double range for most caps (P(X > 1.8e308) ≈ e^{−709(s−1)}, above
 * e^{−50} for s < 1.07): they are left out (s ∈ (1.1, 2] still has an infinite mean).
 */
const zeta = () => zetaSpec().filter((z) => z.s > 1.1);

/** Purely discrete laws: one family (weight 3), an affine map of one (2), a mixture of two or three (1). */
export function discreteX(): fc.Arbitrary<DistributionSpec> {
  const single: fc.Arbitrary<DistributionSpec> = fc.oneof(geometricSpec(), poissonSpec(), zeta(), categoricalSpec(), pointMassSpec());
  const affine = affineSpec(single);
  const mixture = mixtureSpec(fc.oneof(single, affine), fc.oneof(single, affine));
  return fc.oneof({ arbitrary: single, weight: 3 }, { arbitrary: affine, weight: 2 }, { arbitrary: mixture, weight: 1 });
}

/**
 * X discrete ⊥ V continuous (finite mean), leaving out the pairs whose sums need more than 2000 atoms one by one
 * (discreteNoiseOddsRatio.atomWindow: a wide lattice fine against V, e.g. geometric p = 1e-9 with V of width 1e6).
 */
export const discreteNoisePair = (v: fc.Arbitrary<DistributionSpec> = continuousV()): fc.Arbitrary<PairSpec> =>
  fc.tuple(discreteX(), v)
    .map(([x, vs]): PairSpec => ({ kind: 'independent', x, v: vs }))
    .filter((p) => {
      const c = discreteNoiseCase(p);
      return c !== undefined && atomWindow(c) <= 2000;
    });

/** X = F_X⁻¹(W), V = F_V⁻¹(W): X any law (heavy weight 3, light 1, discrete included), V continuous. */
export const comonotonePair = (v: fc.Arbitrary<DistributionSpec> = continuousV()): fc.Arbitrary<PairSpec> =>
  fc.tuple(anyNoise(), v).map(([x, vs]): PairSpec => ({ kind: 'comonotone', x, v: vs }));

/** Discrete-noise and comonotone pairs, in the proportions given (default 3 : 1). */
export function extendedOddsRatioPair(c: { readonly discrete?: number; readonly comonotone?: number; readonly heavyV?: boolean } = {}): fc.Arbitrary<PairSpec> {
  const v = continuousV(c.heavyV);
  return fc.oneof({ arbitrary: discreteNoisePair(v), weight: c.discrete ?? 3 }, { arbitrary: comonotonePair(v), weight: c.comonotone ?? 1 });
}

/**
 * X categorical on 0, S, 2S, … (2 to 4 atoms, S > 1.5) ⊥ V uniform on (a, a + w), w ≤ 0.9, or a Beta law, and
 * log K = −log P(X ≥ jS) for some atom j ≥ 1: P(U > t) = P(X ≥ jS) for every t in [(j − 1)S + a + w, jS + a], so
 * the quantilizer's event is {X ≥ jS}, independent of V: E_P[V] = E_Q[V] exactly.
 */
export function discreteNoiseAtTheCap(): fc.Arbitrary<{ pair: PairSpec; logK: number }> {
  const v: fc.Arbitrary<DistributionSpec> = fc.oneof(
    // integer a and w ≤ 0.9 keep b = a + w ≥ 0.1 away from the integers, where the threshold search probes first (t = 0
    // with b ≈ 1e-12 would meet the cap to 1e-10 just outside the flat stretch: a tiny positive gain, correctly)
    fc.tuple(fc.integer({ min: -100, max: 100 }), logUniform(1e-3, 0.9)).map(([a, w]): DistributionSpec => ({ family: 'uniform', a, b: a + w })),
    fc.constantFrom<DistributionSpec>({ family: 'beta', alpha: 2, beta: 3 }, { family: 'beta', alpha: 0.5, beta: 0.5 }),
  );
  const weights = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 4 });
  return fc.tuple(weights, logUniform(1.5, 1e3), v, fc.nat()).map(([w, S, vs, pick]) => {
    const tot = w.reduce((s, y) => s + y, 0);
    const probs = w.map((y) => y / tot);
    const j = 1 + (pick % (w.length - 1));
    const above = probs.slice(j).reduce((s, p) => s + p, 0);
    const pair: PairSpec = { kind: 'independent', x: { family: 'categorical', values: probs.map((_, i) => i * S), probs }, v: vs };
    return { pair, logK: -Math.log(above) };
  });
}
