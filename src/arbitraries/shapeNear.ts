/**
 * `shapeNear(c)`: values c ± δ with δ log-uniform in [10^minOffsetLog10, 10^maxOffsetLog10]: the awkward
 * corners of a shape parameter (df near 1, α near 1, k near 1, s near 2 …). `side` says which side of c.
 * The offset shrinks toward 1 (δ = 1), e.g. shapeNear(1, { side: 'above' }) shrinks toward 2.
 */
import fc from 'fast-check';
import { logUniform } from './logUniform.ts';

/** Options of {@link shapeNear}. */
export interface ShapeNearConstraints {
  /** 'above' gives c + δ, 'below' gives c − δ, 'both' either. Default: 'both' */
  readonly side?: 'above' | 'below' | 'both';
  /** decimal log of the smallest offset δ. Default: -8 */
  readonly minOffsetLog10?: number;
  /** decimal log of the largest offset δ. Default: -1 */
  readonly maxOffsetLog10?: number;
}

export function shapeNear(center: number, constraints: ShapeNearConstraints = {}): fc.Arbitrary<number> {
  const side = constraints.side ?? 'both';
  const delta = logUniform(10 ** (constraints.minOffsetLog10 ?? -8), 10 ** (constraints.maxOffsetLog10 ?? -1));
  if (side === 'above') return delta.map((d) => center + d);
  if (side === 'below') return delta.map((d) => center - d);
  return fc.tuple(fc.boolean(), delta).map(([below, d]) => (below ? center - d : center + d));
}
