/** `frechetSpec()`: Fréchet specs {alpha, s?, m?}, α over (0, 100] with corners near 1 and 2. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { OptionalLocationScaleConstraints } from './familyConstraints.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';
import { realLocation } from './realLocation.ts';

export function frechetSpec(constraints: OptionalLocationScaleConstraints = {}): fc.Arbitrary<SpecOf<'frechet'>> {
  const alpha = positiveShape({ min: constraints.finiteMean ? 1 : 0, max: 100, corners: [1, 2], tiny: 0.05 });
  const extra = constraints.withOptionalFields === false
    ? fc.constant(undefined)
    : fc.option(fc.tuple(positiveScale(), realLocation()), { nil: undefined });
  return fc.tuple(alpha, extra).map(([a, sm]): SpecOf<'frechet'> =>
    sm === undefined ? { family: 'frechet', alpha: a } : { family: 'frechet', alpha: a, s: sm[0], m: sm[1] });
}
