/**
 * T4 on MDPs (claims.md §2 "T4"): the trajectory skeleton of π₀ with U and V affine in the leaf draw y on
 * each path (xv.ts, xvParts.ts): U = aU + bU·y, V = aV + cV·y, X = U − V (bU = ω > 0; terminal paths have no
 * draw). Every T4 quantity is a mixture over these paths:
 *   E_{π*(β)}[V] = Σ_p ρ_p(θ)·(aV + cV·Λ_y′(bU·θ)),  ρ_p ∝ π₀(p)·e^{θ·aU}·M_y(bU·θ),  θ = 1/β
 * (the trajectory-level tilt dπ*(β) / dπ₀ ∝ e^{U/β}, Gibbs / Donsker–Varadhan, claims.md §1).
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { basePolicy } from './types.ts';
import { PART_U, PART_V, PART_X, partAffine, type XvMdpSpec } from './xv.ts';
import { xvPaths } from './xvParts.ts';

export interface T4Path {
  readonly logW: number;
  readonly aU: number;
  readonly aV: number;
  readonly aX: number;
  /** coefficients of the draw in U, V, X (0 at terminal paths) */
  readonly bU: number;
  readonly cV: number;
  readonly cX: number;
  /** the leaf's base law (undefined at terminal paths) */
  readonly base?: DistributionSpec;
  readonly law?: Distribution;
}

const cache = new WeakMap<XvMdpSpec, T4Path[]>();

/** The paths of Tr(π₀) with positive probability (cached per case object). */
export function t4Paths(xv: XvMdpSpec): T4Path[] {
  const hit = cache.get(xv);
  if (hit) return hit;
  const out = xvPaths(xv, basePolicy(xv.mdp)).map((p): T4Path => {
    const u = partAffine(xv, p.end, p.xSum + p.vSum, p.choices, PART_U);
    const v = partAffine(xv, p.end, p.vSum, p.choices, PART_V);
    const x = partAffine(xv, p.end, p.xSum, p.choices, PART_X);
    const s = xv.mdp.states[p.end];
    const base = s.kind === 'leaf' ? s.base : undefined;
    return { logW: p.logProb, aU: u.a, aV: v.a, aX: x.a, bU: u.b, cV: v.b, cX: x.b, base, law: base ? buildCached(base) : undefined };
  });
  cache.set(xv, out);
  return out;
}

/** Some path reaches a leaf that is not drawn by π (a chance leaf, types.ts). */
export function hasChanceLeaf(xv: XvMdpSpec): boolean {
  return xv.mdp.states.some((s) => s.kind === 'leaf' && s.chance === true);
}
