/**
 * Structural facts about a pair (X, V), U = X + V (src/pairs/types.ts), read from the built marginals and
 * the dependence structure, for the T4 claims (claims.md §2 "T4"):
 * - `independentXV`: X ⊥ V (independent kind; X = aV + Z or f(V) + noise with f constant on V's support;
 *   a constant marginal; a latent mixture of independent classes sharing one X law or one V law);
 * - `uContinuous`: the law of U has no atoms;
 * - `tiltedVBound`: a number B with E_{P*}[V] ≤ B for every tilt dP⋆/dQ ∝ e^{θU}, θ > 0 — the certificate
 *   that lim_{β→0+} E[V(π*(β))] is not +∞.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import type { PairSpec } from '../pairs/types.ts';

const degenerate = (d: Distribution): boolean => d.support.lower === d.support.upper;
const continuous = (s: DistributionSpec): boolean => build(s).support.kind === 'continuous';
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The X marginal spec where the pair names one. */
function xSpecOf(spec: PairSpec): DistributionSpec | undefined {
  return spec.kind === 'independent' || spec.kind === 'comonotone' || spec.kind === 'countermonotone' ? spec.x : undefined;
}

export function independentXV(spec: PairSpec): boolean {
  switch (spec.kind) {
    case 'independent':
      return true;
    case 'linear':
      return spec.a === 0 || degenerate(build(spec.v));
    case 'functional': {
      const v = build(spec.v);
      const f = spec.f;
      if (degenerate(v) || (f.kind === 'linear' && f.a === 0)) return true;
      return f.kind === 'clip' && (v.support.upper <= f.lo || v.support.lower >= f.hi);
    }
    case 'comonotone':
    case 'countermonotone':
      return degenerate(build(spec.x)) || degenerate(build(spec.v));
    case 'latentMixture': {
      const cs = spec.components.filter((_, i) => spec.weights[i] > 0);
      if (!cs.every(independentXV)) return false;
      if (cs.length === 1) return true;
      const vs = cs.map(vSpecOf);
      const xs = cs.map(xSpecOf);
      return vs.every((v) => same(v, vs[0])) || (xs.every((x) => x !== undefined) && xs.every((x) => same(x, xs[0])));
    }
  }
}

/** The V marginal spec of a non-mixture pair; for mixtures, the first class's (used only for equality checks). */
function vSpecOf(spec: PairSpec): DistributionSpec | PairSpec {
  return spec.kind === 'latentMixture' ? spec : spec.v;
}

/**
 * U has no atoms. Independent sums and U = g(V) + N: N continuous, or V continuous and g without flat pieces
 * (affine with slope ≠ 0, v² + v, v + clip(v)). Comonotone: U = q_X(W) + q_V(W) is strictly increasing when
 * either quantile is (a law without atoms). Countermonotone: continuous + discrete is strictly monotone between
 * jumps; for two continuous laws s(w) = q_X(w) + q_V(1 − w) may be constant (X = c − V in law), so s is
 * checked for flat steps on a 241-point logit grid; any other combination is reported as "not shown".
 */
export function uContinuous(spec: PairSpec): boolean {
  switch (spec.kind) {
    case 'independent':
      return continuous(spec.x) || continuous(spec.v);
    case 'linear':
      return continuous(spec.z) || (1 + spec.a !== 0 && continuous(spec.v));
    case 'functional':
      return continuous(spec.noise) || (continuous(spec.v) && !(spec.f.kind === 'linear' && 1 + spec.f.a === 0));
    case 'comonotone':
      return continuous(spec.x) || continuous(spec.v);
    case 'countermonotone': {
      const kx = build(spec.x).support.kind;
      const kv = build(spec.v).support.kind;
      if ((kx === 'continuous' && kv === 'discrete') || (kx === 'discrete' && kv === 'continuous')) return true;
      if (kx !== 'continuous' || kv !== 'continuous') return false;
      return !counterFlat(build(spec.x), build(spec.v));
    }
    case 'latentMixture':
      return spec.components.every((c, i) => spec.weights[i] === 0 || uContinuous(c));
  }
}

function counterFlat(x: Distribution, v: Distribution): boolean {
  const s = (y: number): number => {
    const w = 1 / (1 + Math.exp(-y));
    return x.quantile(w) + v.quantile(1 / (1 + Math.exp(y)));
  };
  const ys = Array.from({ length: 241 }, (_, i) => -30 + i / 4);
  const ss = ys.map(s);
  const spread = Math.max(...ss.map(Math.abs));
  for (let i = 1; i < ss.length; i++) if (Math.abs(ss[i] - ss[i - 1]) <= 1e-9 * Math.max(1, spread)) return true;
  return false;
}

export interface VBound {
  readonly bound: number;
  readonly why: string;
}

/**
 * B with E_θ[V] ≤ B for every θ > 0 (Infinity when none is known): E_P[V] ≤ ess sup V for every P ≪ Q; when
 * U = sV + N with N ⊥ V and s ≤ 0 the tilt factorises and E_θ[V] = Λ_V′(sθ) ≤ Λ_V′(0) = E[V] (Λ_V′ is
 * non-decreasing); a latent mixture's tilted mean is a convex combination of its classes', so the largest
 * class bound holds.
 */
export function tiltedVBound(spec: PairSpec): VBound {
  const v = buildV(spec);
  const sup: VBound = { bound: v.support.upper, why: `ess sup V = ${v.support.upper}` };
  let other: VBound | undefined;
  const slope = spec.kind === 'linear' ? 1 + spec.a : spec.kind === 'functional' && spec.f.kind === 'linear' ? 1 + spec.f.a : undefined;
  if (slope !== undefined && slope <= 0 && Number.isFinite(v.mean())) {
    other = { bound: v.mean(), why: `U = ${slope}·V + N with N ⊥ V: E[V(π*)] = Λ_V′(${slope}θ) ≤ E[V] = ${v.mean()}` };
  }
  if (spec.kind === 'latentMixture') {
    const parts = spec.components.filter((_, i) => spec.weights[i] > 0).map(tiltedVBound);
    const worst = parts.reduce((a, b) => (b.bound > a.bound ? b : a));
    other = { bound: worst.bound, why: `every class is bounded (largest: ${worst.why})` };
  }
  return other && other.bound < sup.bound ? other : sup;
}

/** The law of V of a pair (mixtures: the mixture of the classes' V laws). */
export function buildV(spec: PairSpec): Distribution {
  if (spec.kind !== 'latentMixture') return build(spec.v);
  const vs = spec.components.map((c) => buildV(c).spec);
  return build({ family: 'mixture', components: vs, weights: spec.weights });
}
