/**
 * `mixtureSpec(first, rest)`: finite mixtures {components, weights}: one component from `first` (so a
 * mixture can be forced to contain, e.g., a heavy law) and 1…maxOthers more from `rest`; weights are
 * normalised positive integers, so a component's weight can be as small as about 1e-6.
 */
import fc from 'fast-check';
import type { DistributionSpec, SpecOf } from '../distributions/types.ts';
import { normalise } from './probabilityVector.ts';

/** Options of {@link mixtureSpec}. */
export interface MixtureSpecConstraints {
  /** most components besides the first. Default: 2 */
  readonly maxOthers?: number;
}

const integerWeight = fc.oneof(
  { withCrossShrink: true },
  fc.constant(1),
  fc.integer({ min: 1, max: 100 }),
  fc.integer({ min: 1, max: 1_000_000 }),
);

export function mixtureSpec(
  first: fc.Arbitrary<DistributionSpec>,
  rest: fc.Arbitrary<DistributionSpec>,
  constraints: MixtureSpecConstraints = {},
): fc.Arbitrary<SpecOf<'mixture'>> {
  const others = fc.array(fc.tuple(rest, integerWeight), { minLength: 1, maxLength: constraints.maxOthers ?? 2 });
  return fc.tuple(first, integerWeight, others).map(([c0, w0, more]) => ({
    family: 'mixture',
    components: [c0, ...more.map((t) => t[0])],
    weights: normalise([w0, ...more.map((t) => t[1])]),
  }));
}
