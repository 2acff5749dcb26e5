/**
 * B_V(d), the Donsker–Varadhan bound of V's marginal (dvBound.ts), memoised on a grid of d with 16 points
 * per decade. B_V is non-decreasing in d, so evaluating at the grid point above d gives an upper bound on
 * B_V(d) and the grid point below a lower bound (a point within 1e-12 of the grid moves one step outward);
 * dvBound's own error estimate is added (upper) or subtracted (lower). Where dvBound gives NaN (a log-MGF
 * that is NaN for large λ) the upper bound falls back to the scan of dvBoundFromLogMgf, which skips those λ —
 * still an upper bound, since any λ gives one — and the lower bound stays NaN (no claim passes on it).
 * A degenerate V (variance 0) has B_V ≡ 0 exactly.
 */
import type { Distribution } from '../distributions/types.ts';
import { dvBound } from './dvBound.ts';
import { dvBoundFromLogMgf } from './headlineCertificates.ts';

export interface DvMemo {
  /** ≥ B_V(d) (0 for d ≤ 0) */
  upper(d: number): number;
  /** ≤ B_V(d) (0 for d ≤ 0) */
  lower(d: number): number;
}

const PER_DECADE = 16;

export function memoDv(v: Distribution): DvMemo {
  if (v.variance() === 0) return { upper: (d) => (d >= 0 ? 0 : NaN), lower: (d) => (d >= 0 ? 0 : NaN) };
  const cache = new Map<number, [number, number]>();
  const at = (j: number): [number, number] => {
    let b = cache.get(j);
    if (b === undefined) {
      const d = 10 ** (j / PER_DECADE);
      const r = dvBound(v, d);
      const err = Number.isFinite(r.error) ? r.error : 0;
      b = Number.isNaN(r.bound) ? [dvBoundFromLogMgf((l) => v.logMgf(l), v.mean(), d), NaN] : [r.bound + err, r.bound - err];
      cache.set(j, b);
    }
    return b;
  };
  const index = (d: number) => PER_DECADE * Math.log10(d);
  const side = (d: number, k: 0 | 1, round: (x: number) => number): number => {
    if (Number.isNaN(d)) return NaN;
    if (d <= 0) return 0;
    if (d === Infinity) return v.tailClass === 'heavy' || Number.isFinite(v.support.upper) === false ? Infinity : v.support.upper - v.mean();
    return at(round(index(d)))[k];
  };
  return {
    upper: (d) => side(d, 0, (x) => Math.ceil(x + 1e-12)),
    lower: (d) => side(d, 1, (x) => Math.floor(x - 1e-12)),
  };
}
