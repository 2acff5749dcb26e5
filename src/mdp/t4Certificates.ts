/**
 * Certificates that lim_{β→0+} E[V(π*(β))] is not +∞ on an MDP (claims.md §2 T4), from the paths of π₀
 * (t4Paths.ts: U = aU + bU·y, V = aV + cV·y on each path):
 * - `noArgmax`: a leaf reached by π₀ whose law has λ₊ < ∞ (exponential-type or heavy): h(start) ≥
 *   π₀(p)·e^{θ·aU}·M_y(bU·θ) = ∞ for θ > λ₊/bU, so π*(β) does not exist for β < bU/λ₊ (softBellman.ts);
 * - `pathBound`: sup_θ E_θ[V | p] per path, using that the tilted mean Λ′ increases in θ from E[y] to ess sup y:
 *   aV (no draw or cV = 0), aV + cV·ess sup y (cV > 0), aV + cV·E[y] (cV < 0). If every path's bound is
 *   finite, E[V(π*(β))] ≤ max_p bound for every β (refutes the limit ∞ for all β at once);
 * - normal dominance: every path with U unbounded above draws a normal y (affine maps of normals included),
 *   so the log of its weight is log π₀(p) + (aU + bU·μ)θ + bU²σ²θ²/2, while bounded-above paths grow O(θ). The
 *   paths D that are largest in (bU²σ², aU + bU·μ) (lexicographic) dominate: every other path's weight ratio
 *   decays at least like e^{−cθ}, faster than its conditional E[V] (at most linear in θ) grows. A reflected
 *   Gumbel leaf (log M(θ) ~ θ·log θ = o(θ²), tilted mean ~ log θ) counts as dominated by every normal path. If each path of D has cV ≤ 0 and a finite bound, limsup E[V(π*(β))] ≤ max(0, max_D bound) < ∞.
 */
import type { DistributionSpec } from '../distributions/types.ts';
import { t4Paths, type T4Path } from './t4Paths.ts';
import type { XvMdpSpec } from './xv.ts';

export interface T4Certificate { readonly kind: 'no-argmax' | 'bounded' | 'dominated'; readonly bound: number; readonly why: string }

/** The smallest β₀ such that π*(β) does not exist for β < β₀, or 0 when it exists for every β. */
export function noArgmaxBeta(xv: XvMdpSpec): number {
  let beta0 = 0;
  for (const p of t4Paths(xv)) {
    if (!p.law || p.bU === 0) continue;
    const lam = p.law.tails.right.mgfSup;
    if (lam < Infinity) beta0 = Math.max(beta0, lam === 0 ? Infinity : p.bU / lam);
  }
  return beta0;
}

/** sup over θ ≥ 0 of E_θ[V | p] (the file comment). */
export function pathBound(p: T4Path): number {
  if (!p.law || p.cV === 0) return p.aV;
  if (p.cV > 0) return p.aV + p.cV * p.law.support.upper;
  const m = p.law.mean();
  return Number.isFinite(m) ? p.aV + p.cV * m : Infinity;
}

/** σ of a normal law (through affine maps), else undefined. */
export function normalSigma(spec: DistributionSpec): number | undefined {
  if (spec.family === 'normal') return spec.sigma;
  if (spec.family === 'affine') {
    const s = normalSigma(spec.base);
    return s === undefined ? undefined : s * Math.abs(spec.scale);
  }
  return undefined;
}

/** A reflected Gumbel law −G (through affine maps with negative scale): right tail P(y > t) ≈ e^{−e^{t/β}}. */
export function reflectedGumbel(spec: DistributionSpec, sign = 1): boolean {
  if (spec.family === 'gumbel') return sign < 0;
  return spec.family === 'affine' ? reflectedGumbel(spec.base, spec.scale < 0 ? -sign : sign) : false;
}

export function t4Certificate(xv: XvMdpSpec): T4Certificate | undefined {
  const paths = t4Paths(xv);
  const beta0 = noArgmaxBeta(xv);
  if (beta0 > 0) return { kind: 'no-argmax', bound: beta0, why: `a leaf reached by π₀ has λ₊ < ∞: h(start) = ∞ for ${beta0 === Infinity ? 'every β (λ₊ = 0)' : `β < ${beta0}`}` };
  const bounds = paths.map(pathBound);
  const all = Math.max(...bounds);
  if (all < Infinity) return { kind: 'bounded', bound: all, why: 'every path: E_θ[V | path] ≤ its bound for all θ (tilted means increase to ess sup y)' };
  // growth of log ρ_p: κθ² + λθ + O(1), κ = bU²σ²/2, λ = aU + bU·μ (normal paths); bounded-above paths are O(θ)
  const growth = paths.map((p) => {
    if (!p.base || p.law!.support.upper < Infinity) return { k: -Infinity, l: 0 };
    if (reflectedGumbel(p.base)) return { k: 0, l: Infinity }; // Λ(θ) ~ θ·log θ: o(θ²), dominated by any normal path
    const s = normalSigma(p.base);
    return s === undefined ? { k: NaN, l: NaN } : { k: (p.bU * s) ** 2 / 2, l: p.aU + p.bU * p.law!.mean() };
  });
  if (growth.some((g) => Number.isNaN(g.k) || Number.isNaN(g.l))) return undefined;
  const kMax = Math.max(...growth.map((g) => g.k));
  if (!(kMax > 0)) return undefined;
  const lMax = Math.max(...growth.filter((g) => g.k === kMax).map((g) => g.l));
  const dominant = paths.map((p, i) => ({ p, i })).filter(({ i }) => growth[i].k === kMax && growth[i].l === lMax);
  if (dominant.some(({ p }) => p.cV > 0)) return undefined;
  const b = Math.max(0, ...dominant.map(({ i }) => bounds[i]));
  return b < Infinity
    ? { kind: 'dominated', bound: b, why: `the ${dominant.length} path(s) with the fastest growth (bU²σ²/2 = ${kMax}, then aU + bU·μ = ${lMax}) carry no upward V draw: limsup E[V(π*)] ≤ ${b}` }
    : undefined;
}
