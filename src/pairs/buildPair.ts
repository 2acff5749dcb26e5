/**
 * buildPair(spec): the Pair (types.ts) of a PairSpec. Validates the JSON shape (DomainError naming the pair
 * kind and field), builds the marginal specs with build(), and picks the representation: shift models
 * (independent, linear, functional; normal closed forms where both laws are normal and the map is affine),
 * the W-integral for co-/countermonotone pairs, and the class mixture for latent mixtures.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { DomainError } from '../errors.ts';
import { copulaPair } from './copulaPair.ts';
import { latentMixturePair } from './latentMixturePair.ts';
import { prepareLaw } from './logExpectation.ts';
import { withNormalClosedForms } from './normalPair.ts';
import { affineShift, applyPairFunction, shiftOf, type ShiftFunction } from './pairFunction.ts';
import { shiftPair } from './shiftPair.ts';
import type { Pair, PairSpec } from './types.ts';

/** Options of {@link buildPair}. */
export interface BuildPairOptions {
  /** use closed forms where they exist (normal/normal); false forces the integrals (for testing). Default: true */
  readonly closedForms?: boolean;
}

function requireWeights(spec: { components: unknown[]; weights: unknown }): number[] {
  const w = spec.weights;
  const ok = Array.isArray(w) && w.length === spec.components.length && w.length > 0 && w.every((x) => typeof x === 'number' && x >= 0 && Number.isFinite(x)) && Math.abs(w.reduce((s: number, x: number) => s + x, 0) - 1) <= 1e-12;
  if (!ok) throw new DomainError('latentMixture', 'weights', 'non-negative numbers, one per component, summing to 1 within 1e-12', w);
  return w as number[];
}

function requireFinite(kind: string, field: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new DomainError(kind, field, 'a finite number', x);
  return x;
}

function shifted(spec: PairSpec, v: DistributionSpec, n: DistributionSpec, shift: ShiftFunction, xOf: (v: number, n: number) => number, x: Distribution | undefined, closedForms: boolean): Pair {
  const V = prepareLaw(v);
  const N = prepareLaw(n);
  const pair = shiftPair({ spec, v: V, n: N, shift, xOf, x });
  if (closedForms && shift.affine && v.family === 'normal' && n.family === 'normal') {
    return withNormalClosedForms(pair, { muV: v.mu, sigmaV: v.sigma, muN: n.mu, sigmaN: n.sigma, ...shift.affine });
  }
  return pair;
}

export function buildPair(spec: PairSpec, options: BuildPairOptions = {}): Pair {
  const closedForms = options.closedForms ?? true;
  switch (spec.kind) {
    case 'independent':
      return shifted(spec, spec.v, spec.x, affineShift(1, 0), (_v, n) => n, build(spec.x), closedForms);
    case 'linear': {
      const a = requireFinite('linear', 'a', spec.a);
      const x = a === 0 ? build(spec.z) : spec.z.family === 'pointMass' ? build({ family: 'affine', base: spec.v, loc: spec.z.x, scale: a }) : undefined;
      return shifted(spec, spec.v, spec.z, affineShift(1 + a, 0), (v, z) => a * v + z, x, closedForms);
    }
    case 'functional': {
      const f = spec.f;
      if (f.kind === 'linear') ['a', 'b'].forEach((k) => requireFinite('functional', `f.${k}`, (f as Record<string, unknown>)[k]));
      else if (f.kind === 'clip') {
        if (!(requireFinite('functional', 'f.lo', f.lo) < requireFinite('functional', 'f.hi', f.hi))) throw new DomainError('functional', 'f.hi', `> f.lo = ${f.lo}`, f.hi);
      } else if (f.kind !== 'square') throw new DomainError('functional', 'f.kind', "'linear', 'square' or 'clip'", (f as { kind: unknown }).kind);
      const x = f.kind === 'linear' && f.a !== 0 && spec.noise.family === 'pointMass'
        ? build({ family: 'affine', base: spec.v, loc: f.b + spec.noise.x, scale: f.a })
        : undefined;
      return shifted(spec, spec.v, spec.noise, shiftOf(f), (v, n) => applyPairFunction(f, v) + n, x, closedForms);
    }
    case 'comonotone':
    case 'countermonotone':
      return copulaPair(spec, build(spec.x), build(spec.v), spec.kind === 'countermonotone');
    case 'latentMixture': {
      if (!Array.isArray(spec.components) || spec.components.length === 0) throw new DomainError('latentMixture', 'components', 'a non-empty array of pair specs', spec.components);
      const weights = requireWeights(spec);
      const parts = spec.components.map((c) => buildPair(c, options));
      const xs = parts.map((p) => p.x);
      const vs = parts.map((p) => p.v);
      const mix = (ds: (Distribution | undefined)[]): Distribution | undefined =>
        ds.every((d) => d !== undefined) ? build({ family: 'mixture', components: ds.map((d) => d!.spec), weights }) : undefined;
      return latentMixturePair(spec, parts, mix(xs), mix(vs));
    }
    default:
      throw new DomainError('pair', 'kind', "'independent', 'latentMixture', 'linear', 'comonotone', 'countermonotone' or 'functional'", (spec as { kind: unknown }).kind);
  }
}
