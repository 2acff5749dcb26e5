/**
 * Structural hypotheses of T4 on an MDP, computed from the π₀ law of (X, V) per trajectory (t4Paths.ts):
 * - `xvIndependent`: a conservative exact test of X ⊥ V under π₀. On each path (X, V) is (atom, atom),
 *   (atom, affine image of y) or (affine image of y, atom) — a product law — unless the leaf draw enters both
 *   (then: not shown independent). The π₀ law is the mixture Σ_p π₀(p)·L_X^p ⊗ L_V^p; grouping the paths by
 *   their X law and their V law (canonical keys: equal keys are equal laws), the mixture is a product when
 *   the weight table W[x-law][v-law] has rank one: W_ij·ΣW = R_i·C_j (checked to 1e-9 relative, rounding of
 *   the path probabilities). Equal laws under different keys make the test say "no" (conservative).
 * - `uContinuousMdp`: the π₀ law of U has no atoms (its built support kind is 'continuous').
 */
import { PART_U, type XvMdpSpec } from './xv.ts';
import { partLaw } from './xvLaws.ts';
import { t4Paths, type T4Path } from './t4Paths.ts';

const keyOf = (a: number, b: number, p: T4Path): string => (b === 0 || !p.base ? `atom:${a}` : JSON.stringify({ a, b, base: p.base }));

export function xvIndependent(xv: XvMdpSpec): boolean {
  const W = new Map<string, Map<string, number>>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let total = 0;
  for (const p of t4Paths(xv)) {
    if (p.base && p.cX !== 0 && p.cV !== 0 && p.law!.support.lower < p.law!.support.upper) return false;
    const kx = keyOf(p.aX, p.cX, p);
    const kv = keyOf(p.aV, p.cV, p);
    const w = Math.exp(p.logW);
    if (!W.has(kx)) W.set(kx, new Map());
    const row = W.get(kx)!;
    row.set(kv, (row.get(kv) ?? 0) + w);
    rows.set(kx, (rows.get(kx) ?? 0) + w);
    cols.set(kv, (cols.get(kv) ?? 0) + w);
    total += w;
  }
  for (const [kx, r] of rows) {
    for (const [kv, c] of cols) {
      const w = W.get(kx)!.get(kv) ?? 0;
      if (Math.abs(w * total - r * c) > 1e-9 * r * c) return false;
    }
  }
  return true;
}

export function uContinuousMdp(xv: XvMdpSpec): boolean {
  return partLaw(xv, PART_U).support.kind === 'continuous';
}
