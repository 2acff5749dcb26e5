/**
 * The law of U = X + V for the headline corollary, taken apart into summands with closed-form tails
 * (headlinePartLaw.ts) so that P(U > t) can be bracketed in microseconds (headlineSfBracket.ts):
 *   independent, linear, functional pairs: U = A + B with A = g(V) and B = N independent;
 *   comonotone, countermonotone pairs:     U = X + V with the marginals known (and, for comonotone pairs,
 *                                          that every event {X > a}, {V > b} is an upper set of the same W);
 *   latent mixtures:                       Σ w_i · (law of component i).
 * Also U's right-tail class (claims.md §1), its mean, and an upper bound on its log-MGF:
 *   independent: log M_A + log M_B;  any dependence: ½ log M_X(2λ) + ½ log M_V(2λ) (Cauchy–Schwarz);
 *   mixture: log Σ w_i M_i.
 * Tail classes: an independent sum is heavy iff a summand is; a comonotone sum iff a marginal is; a
 * countermonotone sum is heavy when X is heavy on the right and V not heavy on the left (or the reverse),
 * light when both are light on the right, and 'unknown' otherwise (heavy tails may cancel).
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { logSumExp } from '../numerics/logspace.ts';
import type { PairSpec } from '../pairs/types.ts';
import { distributionPart, shiftedPart, type PartLaw, type PartTail } from './headlinePartLaw.ts';

export type SumStructure =
  | { readonly kind: 'independentSum'; readonly a: PartLaw; readonly b: PartLaw }
  | { readonly kind: 'coupled'; readonly x: PartLaw; readonly v: PartLaw; readonly comonotone: boolean }
  | { readonly kind: 'mixture'; readonly parts: readonly SumStructure[]; readonly weights: readonly number[] };

export interface SumLaw {
  readonly structure: SumStructure;
  /** right-tail class of U */
  readonly tail: PartTail;
  /** E[U] */
  readonly mean: number;
  /** an upper bound on log E[e^{λU}], λ > 0 */
  logMgfUpper(lambda: number): number;
}

const cache = new WeakMap<object, SumLaw>();
const distCache = new WeakMap<object, Distribution>();

function dist(spec: DistributionSpec): Distribution {
  let d = distCache.get(spec);
  if (!d) {
    d = build(spec);
    distCache.set(spec, d);
  }
  return d;
}

function structureOf(spec: PairSpec): SumStructure {
  switch (spec.kind) {
    case 'independent':
      return { kind: 'independentSum', a: distributionPart(dist(spec.v)), b: distributionPart(dist(spec.x)) };
    case 'linear':
      return { kind: 'independentSum', a: shiftedPart(dist(spec.v), { kind: 'linear', a: spec.a, b: 0 }), b: distributionPart(dist(spec.z)) };
    case 'functional':
      return { kind: 'independentSum', a: shiftedPart(dist(spec.v), spec.f), b: distributionPart(dist(spec.noise)) };
    case 'comonotone':
    case 'countermonotone':
      return { kind: 'coupled', x: distributionPart(dist(spec.x)), v: distributionPart(dist(spec.v)), comonotone: spec.kind === 'comonotone' };
    case 'latentMixture':
      return { kind: 'mixture', parts: spec.components.map(structureOf), weights: spec.weights };
  }
}

function tailOf(spec: PairSpec, s: SumStructure): PartTail {
  if (s.kind === 'independentSum') {
    const t = [s.a.tail, s.b.tail];
    return t.includes('heavy') ? 'heavy' : t.includes('unknown') ? 'unknown' : 'light';
  }
  if (s.kind === 'coupled') {
    if (s.x.tail === 'light' && s.v.tail === 'light') return 'light';
    if (spec.kind === 'comonotone') return 'heavy';
    const x = dist((spec as { x: DistributionSpec }).x);
    const v = dist((spec as { v: DistributionSpec }).v);
    const heavy = (x.tailClass === 'heavy' && v.tails.left.tailClass !== 'heavy') || (v.tailClass === 'heavy' && x.tails.left.tailClass !== 'heavy');
    return heavy ? 'heavy' : 'unknown';
  }
  const m = spec as PairSpec & { kind: 'latentMixture' };
  const tails = s.parts.map((p, i) => (m.weights[i] > 0 ? tailOf(m.components[i], p) : 'light'));
  return tails.includes('heavy') ? 'heavy' : tails.includes('unknown') ? 'unknown' : 'light';
}

function meanOf(s: SumStructure): number {
  if (s.kind === 'independentSum') return s.a.mean + s.b.mean;
  if (s.kind === 'coupled') return s.x.mean + s.v.mean;
  let total = 0;
  s.parts.forEach((p, i) => {
    if (s.weights[i] > 0) total += s.weights[i] * meanOf(p);
  });
  return total;
}

/**
 * The second summand first (X, Z or the noise: the heavy one in the headline's pairs): once it is +∞ so is the
 * sum, and the first summand's log-MGF (a quadrature for families without a closed form) is not computed.
 */
function logMgfUpperOf(s: SumStructure, lambda: number): number {
  if (s.kind === 'independentSum') {
    const b = s.b.logMgfUpper(lambda);
    return b === Infinity ? Infinity : s.a.logMgfUpper(lambda) + b;
  }
  if (s.kind === 'coupled') {
    const x = s.x.logMgfUpper(2 * lambda);
    return x === Infinity ? Infinity : 0.5 * (x + s.v.logMgfUpper(2 * lambda));
  }
  return logSumExp(s.parts.map((p, i) => (s.weights[i] > 0 ? Math.log(s.weights[i]) + logMgfUpperOf(p, lambda) : -Infinity)));
}

/** The spec of V's marginal: the pair's v, or the mixture of the components' V marginals (as buildPair builds it). */
export function vMarginalSpec(spec: PairSpec): DistributionSpec {
  if (spec.kind === 'latentMixture') return { family: 'mixture', components: spec.components.map(vMarginalSpec), weights: spec.weights };
  return spec.v;
}

const vCache = new WeakMap<object, Distribution>();

/** V's marginal law, built once per (immutable) pair spec. */
export function vMarginalOf(spec: PairSpec): Distribution {
  let v = vCache.get(spec);
  if (!v) {
    v = build(vMarginalSpec(spec));
    vCache.set(spec, v);
  }
  return v;
}

/** The summand decomposition of a pair spec, cached by the identity of the (immutable) spec object. */
export function sumLawOf(spec: PairSpec): SumLaw {
  let law = cache.get(spec);
  if (!law) {
    const structure = structureOf(spec);
    law = { structure, tail: tailOf(spec, structure), mean: meanOf(structure), logMgfUpper: (l) => logMgfUpperOf(structure, l) };
    cache.set(spec, law);
  }
  return law;
}
