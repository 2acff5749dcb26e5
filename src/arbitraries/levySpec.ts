/** `levySpec()`: Lévy specs {mu?, c} (mean +∞). */
import fc from 'fast-check';
import type { SpecOf } from '../distributions/types.ts';
import type { OptionalLocationScaleConstraints } from './familyConstraints.ts';
import { positiveScale } from './positiveScale.ts';
import { realLocation } from './realLocation.ts';

export function levySpec(constraints: Pick<OptionalLocationScaleConstraints, 'withOptionalFields'> = {}): fc.Arbitrary<SpecOf<'levy'>> {
  const mu = constraints.withOptionalFields === false ? fc.constant(undefined) : fc.option(realLocation(), { nil: undefined });
  return fc.tuple(mu, positiveScale()).map(([m, c]): SpecOf<'levy'> =>
    m === undefined ? { family: 'levy', c } : { family: 'levy', mu: m, c });
}
