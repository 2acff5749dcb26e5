/**
 * The recursive generator behind heavyTailed(), lightTailed() and anyDistribution(): a spec is a family
 * from the catalogue whose right tail passes a filter, an affine map of such a spec, or a mixture whose first
 * component passes the filter and whose other components are no heavier on the right (claims.md §1: the
 * right tail of a mixture is that of its heaviest component; a mixture is bounded above iff every component is).
 * Options are listed simplest first and combined with cross-shrinking, so shrinking moves toward single
 * families (and, through structuralShrink, from a combinator to its parts); depth bounds the nesting.
 */
import fc from 'fast-check';
import type { DistributionSpec, TailClass } from '../distributions/types.ts';
import { affineSpec } from './affineSpec.ts';
import { build } from '../distributions/build.ts';
import { CATALOGUE, type CatalogueEntry } from './specCatalogue.ts';
import { constraintViolations, type DistributionConstraints } from './distributionConstraints.ts';
import { structuralShrink } from './structuralShrink.ts';
import { mixtureSpec } from './mixtureSpec.ts';

/** Which right tails are allowed: the classes, and bounded above (true), unbounded above (false) or either. */
export interface RightFilter {
  readonly tails: readonly TailClass[];
  readonly bounded?: boolean;
}

const ORDER: readonly TailClass[] = ['stronglyLight', 'light', 'heavy'];

/** Classes no heavier than the heaviest allowed one; boundedness kept only when required. */
function relax(f: RightFilter): RightFilter {
  const top = Math.max(...f.tails.map((t) => ORDER.indexOf(t)));
  return { tails: ORDER.slice(0, top + 1), bounded: f.bounded === true ? true : undefined };
}

function unrestricted(f: RightFilter): boolean {
  return f.bounded === undefined && ORDER.every((t) => f.tails.includes(t));
}

export function catalogueEntries(f: RightFilter, c: DistributionConstraints): CatalogueEntry[] {
  return CATALOGUE.filter(
    (e) =>
      f.tails.includes(e.right.tail) &&
      (f.bounded === undefined || e.right.bounded === f.bounded) &&
      !(c.continuous && e.discrete) &&
      !(c.discrete && !e.discrete) &&
      !(c.finiteMean && !e.canHaveFiniteMean),
  );
}

export function specTree(api: string, f: RightFilter, c: DistributionConstraints): fc.Arbitrary<DistributionSpec> {
  const cache = new Map<string, fc.Arbitrary<DistributionSpec>>();
  const gen = (filter: RightFilter, depth: number): fc.Arbitrary<DistributionSpec> => {
    const key = `${filter.tails.join(',')}|${filter.bounded}|${depth}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const entries = catalogueEntries(filter, c);
    if (entries.length === 0) {
      throw new RangeError(`${api}: no family satisfies constraints ${JSON.stringify(c)} with right tail ${key}`);
    }
    const single = fc.oneof({ withCrossShrink: true }, ...entries.map((e) => e.make(c.finiteMean === true)));
    let arb = single;
    if (depth > 0) {
      const same = gen(filter, depth - 1);
      const lighter = gen(relax(filter), depth - 1);
      arb = fc.oneof(
        { withCrossShrink: true },
        { arbitrary: single, weight: 5 },
        { arbitrary: affineSpec(same, { reflect: unrestricted(filter) ? 'either' : 'never' }), weight: 1 },
        { arbitrary: mixtureSpec(same, lighter), weight: 2 },
      );
    }
    cache.set(key, arb);
    return arb;
  };
  return structuralShrink(gen(f, c.maxDepth ?? 2), (spec) => admissible(spec, f, c));
}

/** Whether a spec builds and meets the filter and constraints, read from the built law (for shrink candidates). */
export function admissible(spec: DistributionSpec, f: RightFilter, c: DistributionConstraints): boolean {
  try {
    const d = build(spec);
    if (!f.tails.includes(d.tailClass)) return false;
    if (f.bounded !== undefined && (d.support.upper < Infinity) !== f.bounded) return false;
    return constraintViolations(d, c).length === 0;
  } catch {
    return false;
  }
}
