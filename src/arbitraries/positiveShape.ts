/**
 * `positiveShape()`: a shape parameter in the open interval (min, max) (or (min, max] when max is
 * finite and generated): round values first (1, 2, 3, ½, 5 … inside the range), then the corners — values
 * within 1e-8…1e-1 of each of `corners` and just above `min` — then log-uniform values over the whole range
 * (tiny values when min = 0). Shrinks toward the first round value in range.
 */
import fc from 'fast-check';
import { logUniform } from './logUniform.ts';
import { shapeNear } from './shapeNear.ts';

/** Options of {@link positiveShape}. */
export interface PositiveShapeConstraints {
  /** exclusive lower bound, ≥ 0. Default: 0 */
  readonly min?: number;
  /** inclusive upper bound. Default: 1000 */
  readonly max?: number;
  /** points near which values cluster (the awkward corners), kept only when inside (min, max). Default: [1, 2] */
  readonly corners?: readonly number[];
  /** smallest value generated when min = 0. Default: 1e-3 */
  readonly tiny?: number;
}

const ROUND = [1, 2, 3, 0.5, 5, 10, 1.5, 4];

export function positiveShape(constraints: PositiveShapeConstraints = {}): fc.Arbitrary<number> {
  const min = constraints.min ?? 0;
  const max = constraints.max ?? 1000;
  const tiny = constraints.tiny ?? 1e-3;
  const inside = (x: number): boolean => x > min && x <= max;
  const round = ROUND.filter(inside);
  const arbs: fc.Arbitrary<number>[] = [];
  if (round.length > 0) arbs.push(fc.constantFrom(...round));
  for (const c of constraints.corners ?? [1, 2]) {
    if (c > min && c < max) {
      const room = Math.min(c - min, max - c);
      arbs.push(shapeNear(c, { maxOffsetLog10: Math.min(-1, Math.log10(room / 2)) }));
    }
  }
  if (min > 0) arbs.push(shapeNear(min, { side: 'above', maxOffsetLog10: Math.min(-1, Math.log10((max - min) / 2)) }));
  const lo = min > 0 ? min * (1 + 1e-9) : tiny;
  arbs.push(logUniform(lo, max));
  return fc.oneof({ withCrossShrink: true }, ...arbs);
}
