/** `studentTSpec()`: Student-t specs {df, loc?, scale?}, df over (0, 1e6] with corners near 1 and 2, tiny and huge df. */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { OptionalLocationScaleConstraints } from './familyConstraints.ts';
import { positiveScale } from './positiveScale.ts';
import { positiveShape } from './positiveShape.ts';
import { realLocation } from './realLocation.ts';

export function studentTSpec(constraints: OptionalLocationScaleConstraints = {}): fc.Arbitrary<SpecOf<'studentT'>> {
  const df = positiveShape({ min: constraints.finiteMean ? 1 : 0, max: 1e6, corners: [1, 2], tiny: 0.05 });
  const extra = constraints.withOptionalFields === false
    ? fc.constant(undefined)
    : fc.option(fc.tuple(realLocation(), positiveScale()), { nil: undefined });
  return fc.tuple(df, extra).map(([d, ls]): SpecOf<'studentT'> =>
    ls === undefined ? { family: 'studentT', df: d } : { family: 'studentT', df: d, loc: ls[0], scale: ls[1] });
}
