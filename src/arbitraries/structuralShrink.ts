/**
 * `structuralShrink(arb, admissible)`: the specs of `arb`, shrinking first as `arb` does (parameters toward
 * round values), then structurally: a mixture toward each of its components, an affine map of an affine map
 * toward their composition (the base itself when they cancel), and an affine map toward its base, recursively — each candidate kept only when `admissible` (so a heavyTailed() counterexample never
 * shrinks to a light component). This is what lets a failing mixture shrink to a single family.
 */
import fc from 'fast-check';
import type { DistributionSpec } from '../distributions/types.ts';

function children(spec: DistributionSpec): DistributionSpec[] {
  if (spec.family === 'mixture') return spec.components;
  if (spec.family === 'affine') {
    const b = spec.base;
    // affine(affine(B, l₁, s₁), l₂, s₂) = affine(B, l₂ + s₂·l₁, s₂·s₁): two reflections cancel.
    const composed: DistributionSpec[] = b.family === 'affine'
      ? [{ family: 'affine', base: b.base, loc: spec.loc + spec.scale * b.loc, scale: spec.scale * b.scale }]
      : [];
    const identity = composed.length === 1 && composed[0].family === 'affine' && composed[0].loc === 0 && composed[0].scale === 1;
    return identity && b.family === 'affine' ? [b.base, ...composed, b] : [...composed, b];
  }
  return [];
}

class StructuralShrink extends fc.Arbitrary<DistributionSpec> {
  constructor(
    private readonly inner: fc.Arbitrary<DistributionSpec>,
    private readonly admissible: (spec: DistributionSpec) => boolean,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<DistributionSpec> {
    return this.inner.generate(mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is DistributionSpec {
    return this.inner.canShrinkWithoutContext(value) || (typeof value === 'object' && value !== null && 'family' in value);
  }

  shrink(value: DistributionSpec, context: unknown): fc.Stream<fc.Value<DistributionSpec>> {
    const own = context !== undefined || this.inner.canShrinkWithoutContext(value) ? this.inner.shrink(value, context) : fc.Stream.nil<fc.Value<DistributionSpec>>();
    const structural = fc.Stream.of(...children(value))
      .filter((child) => this.admissible(child))
      .map((child) => new fc.Value(child, undefined));
    return own.join(structural);
  }
}

export function structuralShrink(
  arb: fc.Arbitrary<DistributionSpec>,
  admissible: (spec: DistributionSpec) => boolean,
): fc.Arbitrary<DistributionSpec> {
  return new StructuralShrink(arb, admissible);
}
