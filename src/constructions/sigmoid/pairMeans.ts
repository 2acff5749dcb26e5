/**
 * What the sigmoid claims read off a pair (X, V), U = X + V, without building U's law (headlineSumLaw.ts):
 * V's marginal, and whether E_Q[U] is finite, +∞, −∞ or undefined ("mean class"), from the marginals' means.
 *
 * The class of E[A + B] from the classes of E[A] and E[B] (finite + finite = finite, ±∞ + finite = ±∞,
 * +∞ + −∞ = undefined, undefined absorbs) is exact for every pair kind generated:
 *   - A ⊥ B (independent; linear U = (1 + a)V + Z; functional U = g(V) + N). (⇐) E|A + B| ≤ E|A| + E|B|.
 *     (⇒) Fubini: E|A + B| = ∫ E|A + b| dP_B(b) < ∞ gives E|A + b| < ∞ for P_B-almost every b; fix one such b:
 *     E|A| ≤ E|A + b| + |b| < ∞ (and symmetrically E|B| < ∞). So E|U| < ∞ iff E|A| < ∞ and E|B| < ∞. In the
 *     same way E[U⁺] = ∫ E[(A + b)⁺] dP_B(b) = ∞ when E[A⁺] = ∞, so E[A] = +∞ and E[B] = −∞ leave E[U] undefined.
 *   - comonotone X = x(W), V = v(W), x, v nondecreasing: if E[X⁺] = ∞ then, on {W > w₀} where V ≥ v(w₀),
 *     U⁺ ≥ (X + v(w₀))⁺ while X⁺ ≤ x(w₀)⁺ on {W ≤ w₀}, so E[U⁺] = ∞ (likewise for X⁻, V^±): no cancellation.
 *   - countermonotone: the same sums; exact unless E[X] and E[V] are infinite of opposite signs, where E[U]
 *     may exist (V = −X) and the class says undefined — the sum law's reading (the case is then excluded).
 *   - latent mixture: E[U^±] = Σ_{w_i > 0} w_i E_i[U^±], the sum of the classes of the components.
 * Summands: g(v) = cv + b has the class of E[V] scaled by c (c = 0: finite, U = Z); g(v) = v + clip(v) that of
 * E[V] (|g(v) − v| ≤ max(|lo|, |hi|)); g(v) = v² + v ≥ −¼ has E[g(V)] finite iff E[V²] < ∞, else +∞.
 * A marginal's class is read from its spec's parts the same way: an affine map loc + c·Y (c ≠ 0, loc finite) has
 * the class of E[Y] scaled by c, a mixture the sum of its positive-weight components' classes (E[Y^±] = Σ w_k E_k[Y^±]),
 * a family's law its built mean (buildCached, once per spec object). So only the families are built for the
 * hypothesis — not the combinators over them (a third of the build time) — and V's marginal, which the conclusion
 * needs, is assembled from the same cached parts (affine(), mixture() over built parts: build.ts does the same
 * after checking the spec's shape; the factories check the values).
 */
import { buildCached } from '../../claims/buildCached.ts';
import { affine } from '../../distributions/affine.ts';
import { mixture } from '../../distributions/mixture.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import type { PairFunction, PairSpec } from '../../pairs/types.ts';

export type MeanClass = 'finite' | 'plusInfinity' | 'minusInfinity' | 'undefined';

export function meanClassOf(m: number): MeanClass {
  if (Number.isNaN(m)) return 'undefined';
  if (m === Infinity) return 'plusInfinity';
  if (m === -Infinity) return 'minusInfinity';
  return 'finite';
}

/** The class of E[A + B] (both means existing in the extended sense, or not). */
export function addClasses(a: MeanClass, b: MeanClass): MeanClass {
  if (a === 'undefined' || b === 'undefined') return 'undefined';
  if (a === 'finite') return b;
  if (b === 'finite' || a === b) return a;
  return 'undefined';
}

function scaled(c: number, a: MeanClass): MeanClass {
  if (c === 0) return 'finite';
  if (c > 0 || a === 'finite' || a === 'undefined') return a;
  return a === 'plusInfinity' ? 'minusInfinity' : 'plusInfinity';
}

/** The class of E[g(V)], X = f(V) + noise, g(v) = f(v) + v; the square needs V's law (E[V²]), the others E[V]'s class. */
function shiftedClass(vSpec: DistributionSpec, f: PairFunction): MeanClass {
  switch (f.kind) {
    case 'linear':
      return scaled(1 + f.a, specMeanClass(vSpec));
    case 'clip':
      return specMeanClass(vSpec);
    case 'square': {
      const v = lawFromParts(vSpec);
      return Number.isFinite(v.mean()) && Number.isFinite(v.variance()) ? 'finite' : 'plusInfinity';
    }
  }
}

const classCache = new WeakMap<object, MeanClass>();

/** The class of E_Q[U], U = X + V, for a pair spec (cached by the spec object's identity). */
export function meanUClass(pair: PairSpec): MeanClass {
  let c = classCache.get(pair);
  if (c === undefined) {
    c = computeClass(pair);
    classCache.set(pair, c);
  }
  return c;
}

/** The class of E[Y] for a distribution spec, from its parts (see the file comment). */
export function specMeanClass(spec: DistributionSpec): MeanClass {
  if (spec.family === 'affine') return scaled(spec.scale, specMeanClass(spec.base));
  if (spec.family === 'mixture') {
    return spec.components.reduce<MeanClass>((acc, comp, i) => (spec.weights[i] > 0 ? addClasses(acc, specMeanClass(comp)) : acc), 'finite');
  }
  return meanClassOf(buildCached(spec).mean());
}

const lawCache = new WeakMap<object, Distribution>();

/** The law of a spec assembled from its cached parts (families by buildCached), once per spec object. */
export function lawFromParts(spec: DistributionSpec): Distribution {
  if (spec.family !== 'affine' && spec.family !== 'mixture') return buildCached(spec);
  let d = lawCache.get(spec);
  if (!d) {
    d = spec.family === 'affine'
      ? affine({ base: lawFromParts(spec.base), loc: spec.loc, scale: spec.scale })
      : mixture({ components: spec.components.map(lawFromParts), weights: spec.weights });
    lawCache.set(spec, d);
  }
  return d;
}

function computeClass(pair: PairSpec): MeanClass {
  const mean = specMeanClass;
  switch (pair.kind) {
    case 'independent':
    case 'comonotone':
    case 'countermonotone':
      return addClasses(mean(pair.x), mean(pair.v));
    case 'linear':
      return addClasses(scaled(1 + pair.a, mean(pair.v)), mean(pair.z));
    case 'functional':
      return addClasses(shiftedClass(pair.v, pair.f), mean(pair.noise));
    case 'latentMixture':
      return pair.components.reduce<MeanClass>((acc, comp, i) => (pair.weights[i] > 0 ? addClasses(acc, meanUClass(comp)) : acc), 'finite');
  }
}

const vCache = new WeakMap<object, Distribution>();

/** V's marginal law: the pair's v, or the mixture of the components' V marginals, built once per pair spec. */
export function vMarginal(pair: PairSpec): Distribution {
  if (pair.kind !== 'latentMixture') return lawFromParts(pair.v);
  let v = vCache.get(pair);
  if (!v) {
    v = mixture({ components: pair.components.map(vMarginal), weights: pair.weights });
    vCache.set(pair, v);
  }
  return v;
}
