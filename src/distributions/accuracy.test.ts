/**
 * Pins every distribution family to the committed mpmath reference fixtures (fixtures/*.json, written by
 * `python3 fixtures/generate.py` at 60 digits): per case, logSf and logCdf within 1e-13 and the log of the
 * partial mean within 1e-13 in the metric |Δlog|/max(1, |log|) (numerics.md), with the same sign; tailMean and
 * mean within 1e-12 relative error. Infinity and NaN must match exactly (an expected Infinity is never met by
 * NaN). One test per fixture file; nothing is skipped, so a family whose factory is missing fails here.
 * The largest error per family is printed at the end (`npx tsx fixtures/accuracy-table.ts` prints the same
 * table on its own, for the README).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { build } from './build.ts';
import {
  accuracyTableMarkdown,
  FIXTURE_TOLERANCE,
  loadFixtureFiles,
  measureFixtures,
  type FamilyAccuracy,
} from './fixtures.ts';

const files = loadFixtureFiles();
const measured = new Map<string, FamilyAccuracy>();

describe('accuracy against the mpmath fixtures', () => {
  it('finds the fixture files', () => {
    expect(files.length, 'fixtures/*.json (run python3 fixtures/generate.py)').toBeGreaterThan(20);
    for (const f of files) expect(f.cases.length, `${f.file} has cases`).toBeGreaterThan(0);
  });

  for (const f of files) {
    it(`${f.file} (${f.cases.length} cases): logSf, logCdf, log partial mean ≤ 1e-13; tailMean, mean ≤ 1e-12`, () => {
      const { byFamily, failures } = measureFixtures([f], build);
      for (const [family, acc] of byFamily) merge(family, acc);
      const bad = failures.get(f.file) ?? [];
      const shown = bad.slice(0, 15).map((b) => `  ${b.message}`);
      const more = bad.length > shown.length ? [`  … and ${bad.length - shown.length} more`] : [];
      const message = [
        `${bad.length} of ${f.cases.length} cases of ${f.file} outside tolerance ${JSON.stringify(FIXTURE_TOLERANCE)}:`,
        ...shown,
        ...more,
      ].join('\n');
      expect(bad.length, message).toBe(0);
    });
  }

  afterAll(() => {
    if (measured.size > 0) console.log(`Accuracy against mpmath fixtures (max error per family):\n${accuracyTableMarkdown(measured)}`);
  });
});

/** Fold one file's per-family maxima into the run's table. */
function merge(family: string, acc: FamilyAccuracy): void {
  const prev = measured.get(family);
  if (prev === undefined) {
    measured.set(family, { ...acc, maxError: { ...acc.maxError } });
    return;
  }
  prev.cases += acc.cases;
  prev.failing += acc.failing;
  prev.buildErrors += acc.buildErrors;
  for (const q of Object.keys(acc.maxError) as (keyof FamilyAccuracy['maxError'])[]) {
    prev.maxError[q] = Math.max(prev.maxError[q], acc.maxError[q]);
  }
}
