/**
 * The bounded reward r(U) = m((U − loc)/s) of the post's remedy ("Make reward a bounded function, e.g. always in
 * the interval [−1, 1]"): its squashes m, r(u), and the level point t with r(t) = 1 − e (the inverse the layer
 * cakes of boundedReward.ts integrate over). Split out of boundedReward.ts, which re-exports it.
 */
export type Squash = 'clip' | 'tanh' | 'sigmoid' | 'step' | 'identity';
export interface Reward { readonly squash: Squash; readonly loc: number; readonly scale: number }

export const BOUNDED: readonly Squash[] = ['clip', 'tanh', 'sigmoid', 'step'];
/** strictly increasing on R (so E_N[h(v + N)] is strictly increasing in v for every N) */
export const STRICTLY_INCREASING: readonly Squash[] = ['tanh', 'sigmoid', 'identity'];

/** r(u) */
export function rewardAt(r: Reward, u: number): number {
  const y = (u - r.loc) / r.scale;
  switch (r.squash) {
    case 'clip': return Math.max(-1, Math.min(1, y));
    case 'tanh': return Math.tanh(y);
    case 'sigmoid': return Math.tanh(y / 2);
    case 'step': return y > 0 ? 1 : -1;
    case 'identity': return y;
  }
}

/** The point t with r(t) = 1 − e, e ∈ (0, 2) (bounded continuous squashes). */
export function levelPoint(r: Reward, e: number): number {
  return levelPointLog(r, Math.log(e));
}

/** levelPoint at e = e^{le}: le may lie far below the double range of e (a reward saturated to 1 − e^{−800}). */
export function levelPointLog(r: Reward, le: number): number {
  // e ≥ 2 is the level 1 − e ≤ −1, reached on all of R (the layer cake's end z = 2/β, where log β + log(2/β)
  // may round an ulp above log 2 and 2 − e would be negative)
  if (le >= Math.LN2) return r.squash === 'clip' || r.squash === 'tanh' || r.squash === 'sigmoid' ? -Infinity : NaN;
  const e = Math.exp(le);
  const atanh1m = 0.5 * (Math.log(2 - e) - le); // atanh(1 − e)
  switch (r.squash) {
    case 'clip': return r.loc + r.scale * (1 - e);
    case 'tanh': return r.loc + r.scale * atanh1m;
    case 'sigmoid': return r.loc + 2 * r.scale * atanh1m;
    default: return NaN;
  }
}
