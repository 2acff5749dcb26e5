/**
 * Pairs (X, V) in shift form with V of any finite-mean law (continuous V included): given the latent class c
 * (weight w_c) and V = v, U = g_c(v) + N_c with N_c ⊥ V (src/pairs shift models: independent g(v) = v,
 * N = X; X = aV + Z: g(v) = (1 + a)v, N = Z; X = f(V) + noise: g = v + f(v), pairFunction.shiftOf), and
 * latent mixtures of such classes. Every quantity of the remedies is then, per class, a one-dimensional
 * integral over the law of V of a closed-form tail function of N_c, e.g.
 *   P(U > t) = Σ_c w_c ∫ F̄_{N_c}(t − g_c(v)) dF_c(v),   E[(V − μ)·1{U > t}] = Σ_c w_c ∫ (v − μ) F̄_{N_c}(t − g_c(v)) dF_c(v).
 * finitePair.ts is the special case of a finite V (exact sums); this module covers the rest.
 */
import { build } from '../../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { affineShift, shiftOf, type ShiftFunction } from '../../pairs/pairFunction.ts';
import type { PairSpec } from '../../pairs/types.ts';

/** One latent class: weight w, law of V, U = shift.g(V) + noise given V. */
export interface ShiftClass {
  readonly w: number;
  readonly v: Distribution;
  /** the atoms of V when V takes finitely many values (categorical, point mass), else undefined */
  readonly atoms: readonly { readonly v: number; readonly p: number }[] | undefined;
  readonly shift: ShiftFunction;
  readonly noise: Distribution;
  /** the spec of V (a component, when a mixture V was split) */
  readonly vSpec: DistributionSpec;
  /** classes with equal keys share the noise law and the shift g (they differ only in the law of V) */
  readonly key: string;
}

function atomsOf(spec: DistributionSpec): { v: number; p: number }[] | undefined {
  if (spec.family === 'pointMass') return [{ v: spec.x, p: 1 }];
  if (spec.family === 'categorical') return spec.values.map((v, i) => ({ v, p: spec.probs[i] })).filter((a) => a.p > 0);
  return undefined;
}

/** A law as Σ pₖ·(single family, possibly affine): mixtures flattened, affine maps pushed inside them. */
export function mixtureParts(spec: DistributionSpec): { p: number; spec: DistributionSpec }[] {
  if (spec.family === 'mixture') return spec.components.flatMap((c, i) => mixtureParts(c).map((q) => ({ p: q.p * spec.weights[i], spec: q.spec })));
  if (spec.family === 'affine') {
    const inner = mixtureParts(spec.base);
    if (inner.length > 1) return inner.map((q) => ({ p: q.p, spec: { family: 'affine', base: q.spec, loc: spec.loc, scale: spec.scale } as DistributionSpec }));
  }
  return [{ p: 1, spec }];
}

const cache = new WeakMap<object, ShiftClass[] | null>();

/** The classes of a pair in shift form, or undefined (comonotone/countermonotone copulas). */
export function shiftClasses(spec: PairSpec): ShiftClass[] | undefined {
  const hit = cache.get(spec);
  if (hit !== undefined) return hit ?? undefined;
  const r = compute(spec, 1);
  cache.set(spec, r ?? null);
  return r;
}

function compute(spec: PairSpec, w: number): ShiftClass[] | undefined {
  switch (spec.kind) {
    case 'independent':
    case 'linear':
    case 'functional': {
      const noiseSpec = spec.kind === 'independent' ? spec.x : spec.kind === 'linear' ? spec.z : spec.noise;
      const noise = build(noiseSpec);
      const shift = spec.kind === 'independent' ? affineShift(1, 0) : spec.kind === 'linear' ? affineShift(1 + spec.a, 0) : shiftOf(spec.f);
      const key = JSON.stringify([noiseSpec, spec.kind === 'independent' ? 1 : spec.kind === 'linear' ? 1 + spec.a : spec.f]);
      const atoms = atomsOf(spec.v);
      // a mixture V is split into its components (each a class of its own: one family, one peak)
      const parts = atoms ? [{ p: 1, spec: spec.v }] : mixtureParts(spec.v);
      return parts.filter((q) => q.p > 0).map((q) => ({ w: w * q.p, v: build(q.spec), atoms: atomsOf(q.spec), shift, noise, vSpec: q.spec, key }));
    }
    case 'latentMixture': {
      const parts = spec.components.map((c, i) => (spec.weights[i] > 0 ? compute(c, w * spec.weights[i]) : []));
      if (parts.some((a) => a === undefined)) return undefined;
      return parts.flatMap((p) => p!);
    }
    default:
      return undefined;
  }
}

/** E[V] = Σ_c w_c E[V_c] (NaN/±∞ when some class has no finite mean). */
export const meanOfV = (classes: readonly ShiftClass[]): number => classes.reduce((s, c) => s + c.w * c.v.mean(), 0);

/** V is a.s. one constant (every class's V a point mass at the same value, or a one-atom categorical). */
export function degenerateVOf(classes: readonly ShiftClass[]): boolean {
  const points = classes.map((c) => (c.atoms && c.atoms.length > 0 && c.atoms.every((a) => a.v === c.atoms![0].v) ? c.atoms[0].v : NaN));
  return points.every((x) => x === points[0] && !Number.isNaN(x));
}

/** Some class has a V that is not finite-valued (continuous, or discrete with infinitely many values). */
export const hasContinuousV = (classes: readonly ShiftClass[]): boolean => classes.some((c) => c.atoms === undefined);

/**
 * U may have an atom: some class with a noise law that is not continuous and a V that is not continuous, or
 * whose shift g is constant (X = −V + Z). Continuous V with a non-constant g of the closed set (affine,
 * v² + v, clip + v) moves every atom of N over a continuum.
 */
export function uMayHaveAtoms(classes: readonly ShiftClass[]): boolean {
  return classes.some((c) => c.noise.support.kind !== 'continuous' && (c.v.support.kind !== 'continuous' || c.shift.affine?.slope === 0));
}

/**
 * Where the integrals over V of a class need a subinterval end: V's quantiles 0.001, ¼, ½, ¾, 0.999, points
 * beyond the outer ones at 1, 4, 16, 64, 256 times the distance between the outer quantile and the quartile
 * (else the mapped infinite piece, whose first segment is as wide as |q| itself, can step over a tail of
 * width 1 at q = 1e6), and g's kinks.
 */
export function vBreakpoints(c: ShiftClass): number[] {
  const [q0, q1, q2, q3, q4] = [0.001, 0.25, 0.5, 0.75, 0.999].map((p) => c.v.quantile(p));
  const far = [1, 4, 16, 64, 256].flatMap((k) => [q0 - k * (q1 - q0), q4 + k * (q4 - q3)]);
  const out = [q0, q1, q2, q3, q4, ...far].concat(c.shift.kinks);
  return [...new Set(out.filter((x) => Number.isFinite(x) && x > c.v.support.lower && x < c.v.support.upper))].sort((a, b) => a - b);
}

/** g is monotone on R (affine, or clip + v; not v² + v, which takes every value above −1/4 twice). */
export const monotoneShift = (c: ShiftClass): boolean => c.shift.affine !== undefined || c.shift.preimage(c.shift.g(0) + 1).length === 1;

/**
 * Classes that share the noise law and the shift merged into one, whose V is the mixture of theirs (the latent
 * class then only relabels V: U = g(V) + N with the same g and N). Used where a function of v common to the
 * classes (the tilt weight W(v)) should be integrated against the whole law of V at once.
 */
export function mergeClasses(classes: readonly ShiftClass[]): ShiftClass[] {
  const groups = new Map<string, ShiftClass[]>();
  for (const c of classes) groups.set(c.key, [...(groups.get(c.key) ?? []), c]);
  return [...groups.values()].map((g) => {
    if (g.length === 1) return g[0];
    const w = g.reduce((s, c) => s + c.w, 0);
    const allAtoms = g.every((c) => c.atoms);
    const vSpec: DistributionSpec = { family: 'mixture', components: g.map((c) => c.vSpec), weights: g.map((c) => c.w / w) };
    const atoms = allAtoms ? g.flatMap((c) => c.atoms!.map((a) => ({ v: a.v, p: (a.p * c.w) / w }))) : undefined;
    return { ...g[0], w, v: build(vSpec), atoms, vSpec };
  });
}
