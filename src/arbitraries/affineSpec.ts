/**
 * `affineSpec(base)`: affine maps {base, loc, scale} of the specs `base` generates: X = loc + scale·B.
 * scale < 0 reflects (the right tail of X is then the left tail of B). Shrinks toward loc = 0, scale = 1.
 */
import fc from 'fast-check';
import type { DistributionSpec, SpecOf } from '../distributions/types.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

/** Options of {@link affineSpec}. */
export interface AffineSpecConstraints {
  /** 'never': scale > 0; 'always': scale < 0 (a reflection); 'either'. Default: 'either' */
  readonly reflect?: 'never' | 'always' | 'either';
}

export function affineSpec(
  base: fc.Arbitrary<DistributionSpec>,
  constraints: AffineSpecConstraints = {},
): fc.Arbitrary<SpecOf<'affine'>> {
  const reflect = constraints.reflect ?? 'either';
  const sign = reflect === 'never' ? fc.constant(1) : reflect === 'always' ? fc.constant(-1) : fc.constantFrom(1, -1);
  return fc.tuple(base, realLocation(), sign, positiveScale()).map(([b, loc, s, m]) => ({
    family: 'affine', base: b, loc, scale: s * m,
  }));
}
