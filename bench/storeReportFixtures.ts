/**
 * Fixtures of the store and report benchmarks: a claim with T1's own construction and generators, a store of
 * 20 of its cases, and a 50-claim report (toy claims, every 7th failing its expectation, a third with the T1
 * witness series (3 plots), a third with a 50-point generic series (1 plot), chained by `uses`).
 */
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heavyTailed } from '../src/arbitraries/heavyTailed.ts';
import { logUniform } from '../src/arbitraries/logUniform.ts';
import { buildCached } from '../src/claims/buildCached.ts';
import { defineClaim } from '../src/claims/defineClaim.ts';
import type { Claim } from '../src/claims/types.ts';
import { highMeanLowKlVerdict } from '../src/constructions/highMeanVerdict.ts';
import type { DistributionSpec } from '../src/distributions/types.ts';
import { saveEntry } from '../src/store/save.ts';
import { toyEntry } from '../src/store/toyEntry.ts';
import { verifyClaim } from '../src/claims/verify.ts';
import { t1FigureSeries } from '../src/constructions/t1Figure.ts';
import { makeRunFile } from '../src/report/collect.ts';
import type { RunFile } from '../src/report/results.ts';
import { toyClaim } from '../src/report/toyClaims.ts';

interface Case { q: DistributionSpec; M: number; eps: number }
export const t1Like = defineClaim<Case>({
  id: 'bench/t1-like', title: 'T1 as a benchmark', source: 'bench', quote: 'T1', aliases: [], reading: 'T1', uses: [],
  hypotheses: [{ name: 'heavyTailed(Q)', description: 'λ₊ = 0', holds: (c) => buildCached(c.q).tailClass === 'heavy' }],
  necessity: { 'heavyTailed(Q)': 'load-bearing' },
  conclusion: (c) => highMeanLowKlVerdict(buildCached(c.q), c.M, c.eps),
  expect: 'holds',
  arbitrary: fc.record({ q: heavyTailed({ finiteMean: true }), M: logUniform(1e-6, 1e8), eps: logUniform(1e-10, 10) }),
}) as unknown as Claim<unknown>;

/** A store folder with 20 stored cases of t1Like; returns the folder and the cases. */
export function seedT1Store(): { root: string; cases: unknown[] } {
  const root = mkdtempSync(join(tmpdir(), 'goodhart-bench-store-'));
  const cases = fc.sample(t1Like.arbitrary, { numRuns: 20, seed: 1 });
  cases.forEach((value, i) => saveEntry(root, toyEntry({ claimId: t1Like.id, value, signature: `bench/t1-like|main|k${i}`, seed: i })));
  return { root, cases };
}

export function run50(): RunFile {
  const series = t1FigureSeries();
  const id = (i: number) => `bench/claim-${String(i).padStart(2, '0')}`;
  const claims = Array.from({ length: 50 }, (_, i) =>
    toyClaim({
      id: id(i), limit: i % 7 === 6 ? 0.5 : 1.5, expect: 'holds', uses: i > 0 && i % 5 !== 0 ? [id(i - 1)] : [],
      series: i % 3 === 0 ? () => series : i % 3 === 1 ? () => ({ curve: Array.from({ length: 50 }, (_, k) => ({ beta: k / 10, ev: Math.sin(k / 5) })) }) : undefined,
    }));
  const results = claims.map((c) => verifyClaim(c, { numRuns: 30, seed: 1 }));
  return makeRunFile(claims, results, { seed: 1, numRuns: 30 });
}
