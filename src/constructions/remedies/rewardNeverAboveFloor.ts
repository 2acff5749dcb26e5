/**
 * A clip or step reward that never leaves its floor on the support of U: r(U) = −1 a.s. when
 * sup U ≤ loc − s (clip) or sup U ≤ loc (step; r = 1 only for U > loc). Then e^{r(U)/β} is constant, π*(β) = π₀
 * for every β and the gain in V is exactly 0 — whatever the tails of X and V say about a soft threshold at
 * sup U, which is the limit only for a reward that still rises there (weakPenaltyLimit.ts,
 * weakPenaltyContinuous.ts). sup U is read from the support ends (structural, not from an underflowed tail
 * probability: F̄_X(t) of a normal X at t = 40 is 0 in doubles), and must sit below the floor's level by more
 * than the rounding of the sum that forms it.
 */
import type { Reward } from './boundedReward.ts';
import type { FiniteAtom } from './finitePair.ts';
import type { ShiftClass } from './shiftClasses.ts';

/** The saturation threshold T of a clip or step reward (r(U) = 1 iff U ≥ T, resp. U > T): loc + s, loc; else undefined. */
export const saturationPoint = (r: Reward): number | undefined => (r.squash === 'clip' ? r.loc + r.scale : r.squash === 'step' ? r.loc : undefined);

/** The level below which (or at which) r = −1: loc − s for clip, loc for step; undefined for the others. */
export const floorLevel = (r: Reward): number | undefined => (r.squash === 'clip' ? r.loc - r.scale : r.squash === 'step' ? r.loc : undefined);

/**
 * Where sup U sits against the floor level: 'atFloor' (sup U ≤ level: r = −1 a.s.), 'above' (sup U > level: r
 * rises on a set of positive mass below sup U), 'unknown' (within the rounding of the sum that forms sup U, or
 * sup U not read structurally: a non-affine shift).
 */
export type FloorPosition = 'atFloor' | 'above' | 'unknown';

/** sup U = Σ terms against level, with the rounding of the sum as the margin either way. */
function position(terms: readonly number[], level: number): FloorPosition {
  if (terms.some(Number.isNaN)) return 'unknown';
  const sup = terms.reduce((s, x) => s + x, 0);
  if (sup === Infinity) return 'above';
  if (!Number.isFinite(sup)) return 'unknown';
  const slack = 4 * Number.EPSILON * (terms.reduce((s, x) => s + Math.abs(x), 0) + Math.abs(level));
  return sup + slack <= level ? 'atFloor' : sup - slack > level ? 'above' : 'unknown';
}

/** The largest position over parts: any part above makes r rise somewhere; all at the floor make r ≡ −1. */
const combine = (ps: readonly FloorPosition[]): FloorPosition => (ps.includes('above') ? 'above' : ps.every((p) => p === 'atFloor') ? 'atFloor' : 'unknown');

/** sup U against the floor for a pair with finite V: max over the atoms of g + sup N. */
export function floorPositionAtoms(atoms: readonly FiniteAtom[], r: Reward): FloorPosition | undefined {
  const level = floorLevel(r);
  return level === undefined ? undefined : combine(atoms.map((a) => position([a.g, a.noise.support.upper], level)));
}

/** sup U against the floor for pairs in shift form: per class sup g(V) + sup N (affine g only, else 'unknown'). */
export function floorPositionClasses(classes: readonly ShiftClass[], r: Reward): FloorPosition | undefined {
  const level = floorLevel(r);
  if (level === undefined) return undefined;
  return combine(classes.map((c) => {
    const a = c.shift.affine;
    if (!a) return 'unknown';
    const vEnd = a.slope >= 0 ? c.v.support.upper : c.v.support.lower;
    return position([a.slope === 0 ? 0 : a.slope * vEnd, a.intercept, c.noise.support.upper], level);
  }));
}
