/**
 * MGF abscissae (λ₊ = sup{θ ≥ 0 : E[e^{θ·}] < ∞}, claims.md §1) of X, V and U = X + V for a pair, read from
 * the built marginals' tail profiles and the pair's dependence structure (src/pairs/types.ts):
 * - sums of independent parts: the minimum; λ₊(sV) = λ₊(V)/s for s > 0, λ₋(V)/|s| for s < 0, ∞ for s = 0;
 * - V² (X = V² + noise, U = V² + V + noise): bounded V → ∞; N(μ, σ²) → 1/(2σ²); Weibull(k, λ): ∞ for k > 2,
 *   1/λ² for k = 2; affine maps divide by scale²; mixtures take the minimum; every other unbounded law of the
 *   catalogue has a tail heavier than Gaussian on some side, so V² is heavy (0);
 * - comonotone U = q_X(W) + q_V(W): with −log F̄(t) = λt + o(t) for exponential-type tails, q(w) ≈ L/λ at
 *   L = −log(1 − w), so λ₊(U) = 1/(1/λ₊X + 1/λ₊V);
 * - countermonotone U = q_X(W) + q_V(1 − W): each end of W contributes (W → 1: X's right tail against V's left
 *   tail; W → 0: V's right tail against X's left tail). A side that is bounded contributes ∞, a bounded
 *   partner leaves the rate as is, unequal rates a < b give 1/(1/a − 1/b), a > b sends U to −∞ (∞). Equal
 *   finite rates cancel to first order: the contribution is only known to lie in [a, ∞] (an interval).
 * - latent mixtures: the minimum over classes.
 * For U the result is an interval [lo, hi]: E[e^{θU}] < ∞ for θ < lo and = ∞ for θ > hi; lo = hi except in
 * the countermonotone equal-rate case. At θ = λ₊ itself every law of the catalogue has an infinite MGF.
 */
import { build } from '../distributions/build.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import type { PairSpec } from '../pairs/types.ts';

export interface Abscissa { readonly lo: number; readonly hi: number }

const inv = (x: number): number => (x === 0 ? Infinity : x === Infinity ? 0 : 1 / x);

/** λ₊(sD): the right abscissa of the law of s·D. */
export function scaledAbscissa(d: Distribution, s: number): number {
  if (s === 0) return Infinity;
  return s > 0 ? d.tails.right.mgfSup / s : d.tails.left.mgfSup / -s;
}

/** λ₊(D²) (see the file comment). */
export function squareAbscissa(spec: DistributionSpec): number {
  const d = build(spec);
  if (d.support.lower > -Infinity && d.support.upper < Infinity) return Infinity;
  switch (spec.family) {
    case 'normal': return 1 / (2 * spec.sigma * spec.sigma);
    case 'weibull': return spec.k > 2 ? Infinity : spec.k === 2 ? 1 / (spec.lambda * spec.lambda) : 0;
    case 'affine': return squareAbscissa(spec.base) / (spec.scale * spec.scale);
    case 'mixture': return Math.min(...spec.components.map(squareAbscissa));
    default: return 0;
  }
}

/** λ₊(X) of a pair. */
export function xAbscissa(spec: PairSpec): number {
  switch (spec.kind) {
    case 'independent': case 'comonotone': case 'countermonotone':
      return build(spec.x).tails.right.mgfSup;
    case 'linear':
      return Math.min(build(spec.z).tails.right.mgfSup, scaledAbscissa(build(spec.v), spec.a));
    case 'functional': {
      const noise = build(spec.noise).tails.right.mgfSup;
      const f = spec.f;
      if (f.kind === 'linear') return Math.min(noise, scaledAbscissa(build(spec.v), f.a));
      if (f.kind === 'square') return Math.min(noise, squareAbscissa(spec.v));
      return noise;
    }
    case 'latentMixture':
      return Math.min(...spec.components.map(xAbscissa));
  }
}

/** One end of a countermonotone pair: `a` the rate of the side going to +∞, `b` the partner's rate toward −∞. */
function counterEnd(growing: Distribution, side: 'right' | 'left', partner: Distribution, partnerSide: 'right' | 'left'): Abscissa {
  const boundedGrowing = side === 'right' ? growing.support.upper < Infinity : growing.support.lower > -Infinity;
  if (boundedGrowing) return { lo: Infinity, hi: Infinity };
  const a = growing.tails[side].mgfSup;
  const partnerBounded = partnerSide === 'left' ? partner.support.lower > -Infinity : partner.support.upper < Infinity;
  if (partnerBounded) return { lo: a, hi: a };
  const b = partner.tails[partnerSide].mgfSup;
  if (a < b) return { lo: inv(inv(a) - inv(b)), hi: inv(inv(a) - inv(b)) };
  if (a > b || a === Infinity) return { lo: Infinity, hi: Infinity };
  return { lo: a, hi: Infinity };
}

/** λ₊(U) of a pair as an interval (see the file comment). */
export function uAbscissa(spec: PairSpec): Abscissa {
  const point = (x: number): Abscissa => ({ lo: x, hi: x });
  switch (spec.kind) {
    case 'independent':
      return point(Math.min(build(spec.x).tails.right.mgfSup, build(spec.v).tails.right.mgfSup));
    case 'linear':
      return point(Math.min(build(spec.z).tails.right.mgfSup, scaledAbscissa(build(spec.v), 1 + spec.a)));
    case 'functional': {
      const noise = build(spec.noise).tails.right.mgfSup;
      const f = spec.f;
      if (f.kind === 'linear') return point(Math.min(noise, scaledAbscissa(build(spec.v), 1 + f.a)));
      if (f.kind === 'square') return point(Math.min(noise, squareAbscissa(spec.v)));
      return point(Math.min(noise, build(spec.v).tails.right.mgfSup));
    }
    case 'comonotone':
      return point(inv(inv(build(spec.x).tails.right.mgfSup) + inv(build(spec.v).tails.right.mgfSup)));
    case 'countermonotone': {
      const x = build(spec.x);
      const v = build(spec.v);
      const e1 = counterEnd(x, 'right', v, 'left');
      const e2 = counterEnd(v, 'right', x, 'left');
      return { lo: Math.min(e1.lo, e2.lo), hi: Math.min(e1.hi, e2.hi) };
    }
    case 'latentMixture': {
      const parts = spec.components.map(uAbscissa);
      return { lo: Math.min(...parts.map((p) => p.lo)), hi: Math.min(...parts.map((p) => p.hi)) };
    }
  }
}
