/**
 * Toy claims for the store, report and CLI tests: a case {x} in [0, 1], the conclusion "x < limit".
 * With limit > 1 it holds; with limit ≤ 1 the search refutes it (shrinking towards x = limit).
 */
import fc from 'fast-check';
import { defineClaim } from '../claims/defineClaim.ts';
import { fails, fmt, holds } from '../claims/verdicts.ts';
import type { Claim } from '../claims/types.ts';

export interface ToyCase { x: number }

export interface ToyOptions {
  readonly id: string;
  readonly limit: number;
  readonly expect?: 'holds' | 'refuted';
  readonly uses?: readonly string[];
  readonly series?: () => Readonly<Record<string, unknown>>;
}

// margin written −(x − limit) so that x = limit gives −0, and its log −Infinity (NaN past it): the report must keep them
const below = (x: number, limit: number) =>
  x < limit
    ? holds(`x=${fmt(x)} < ${fmt(limit)}`, { x, limit, margin: limit - x })
    : fails(`x=${fmt(x)} ≥ ${fmt(limit)}`, { x, limit, margin: -(x - limit), logMargin: Math.log(limit - x) });

/** Typed as Claim<unknown>, as the CLI holds claims loaded from files. */
export function toyClaim(o: ToyOptions): Claim<unknown> {
  const expect = o.expect ?? (o.limit > 1 ? 'holds' : 'refuted');
  return defineClaim<ToyCase>({
    id: o.id,
    title: `x stays below ${o.limit}`,
    source: 'toy claim for tests',
    quote: `Every x in [0, 1] is below ${o.limit}.`,
    aliases: ['toy'],
    reading: `x < ${o.limit} for x drawn from [0, 1].`,
    hypotheses: [{ name: 'nonNegative(x)', description: 'x ≥ 0', holds: (c) => c.x >= 0 }],
    necessity: { 'nonNegative(x)': 'appears-unnecessary' },
    necessityArbitraries: { 'nonNegative(x)': fc.record({ x: fc.double({ min: -1, max: -1e-3, noNaN: true }) }) },
    conclusion: (c) => below(c.x, o.limit),
    expect,
    finding: expect === 'refuted' ? `x = ${o.limit} is in [0, 1].` : undefined,
    uses: o.uses ?? [],
    arbitrary: fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }) }),
    mutants: [{ name: 'limit halved', conclusion: (c) => below(c.x, o.limit / 2) }],
    series: o.series,
  }) as unknown as Claim<unknown>;
}
