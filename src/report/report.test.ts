import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { verifyClaim } from '../claims/verify.ts';
import { runVerify } from '../cli/verifyCommand.ts';
import { saveEntry } from '../store/save.ts';
import { toyEntry } from '../store/toyEntry.ts';
import { buildReport, collectReport, makeRunFile } from './collect.ts';
import { renderJunit } from './junit.ts';
import { mergeRuns } from './merge.ts';
import { toyClaim } from './toyClaims.ts';
import { reportJson } from './write.ts';

const dirs: string[] = [];
const fresh = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const quiet = () => new Writable({ write: (_c, _e, cb) => cb() }) as unknown as NodeJS.WriteStream;

const claims = () => [
  toyClaim({ id: 'toy/base', limit: 1.5, series: () => ({ s: [{ t: 1, y: 1e-9 }, { t: 1e6, y: 1 }] }) }),
  toyClaim({ id: 'toy/refuted', limit: 0.5, uses: ['toy/base'] }),
  toyClaim({ id: 'toy/broken', limit: 0.5, expect: 'holds' }),
  toyClaim({ id: 'toy/top', limit: 1.5, uses: ['toy/broken'] }),
  toyClaim({ id: 'toy/above', limit: 1.5, uses: ['toy/top'] }),
];

describe('report.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../reports/report.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true, validateFormats: false }).compile(schema);

  it('validates against the committed JSON Schema, NaN and −0 numbers and stored entries included', async () => {
    const store = fresh('goodhart-schema-store-');
    saveEntry(store, toyEntry({ claimId: 'toy/base', signature: 'toy/base|main|fails', value: { x: 0.25 } }));
    const report = fresh('goodhart-schema-report-');
    await runVerify({ propertiesDir: '', claims: claims(), storeRoot: store, reportDir: report, claimIds: [], numRuns: 30, seed: 3, json: false, quick: false, out: quiet() });
    const json = JSON.parse(readFileSync(join(report, 'report.json'), 'utf8'));
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(json.claims.find((c: { id: string }) => c.id === 'toy/base').stored.entries[0].state, 'stored case marked fixed').toBe('fixed');
    const numbers = json.claims.find((c: { id: string }) => c.id === 'toy/broken').counterexample.numbers;
    expect([numbers.margin, numbers.logMargin], 'x = 0.5: −0 and −Infinity tagged').toEqual([{ $number: '-0' }, { $number: '-Infinity' }]);

    const broken = { ...json, claims: [{ ...json.claims[0], status: 'fine' }] };
    expect(validate(broken), 'a bad status must be rejected').toBe(false);
    const { summary: _dropped, ...noSummary } = json;
    expect(validate(noSummary), 'a missing summary must be rejected').toBe(false);
  });

  it('is the same for the same code, seed and store, apart from timings and dates', async () => {
    const store = fresh('goodhart-det-store-');
    saveEntry(store, toyEntry({ claimId: 'toy/broken', signature: 'toy/broken|main|fails', value: { x: 0.75 } }));
    const texts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const copy = fresh('goodhart-det-copy-');
      cpSync(store, copy, { recursive: true });
      const report = fresh('goodhart-det-report-');
      await runVerify({ propertiesDir: '', claims: claims(), storeRoot: copy, reportDir: report, claimIds: [], numRuns: 40, seed: 11, json: false, quick: false, out: quiet() });
      texts.push(readFileSync(join(report, 'report.json'), 'utf8').replace(/"(elapsedMs|generatedAt)": [^,\n]+/g, '"$1": "—"'));
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[0], 'timings were masked').toContain('"elapsedMs": "—"');
  });
});

describe('statuses through the dependency graph', () => {
  const results = (cs: ReturnType<typeof claims>) => cs.map((c) => verifyClaim(c, { numRuns: 30, seed: 5 }));

  it('a claim whose dependency fails, directly or further down, cannot show as established', () => {
    const cs = claims();
    const report = collectReport(cs, results(cs), { seed: 5, numRuns: 30 });
    const view = Object.fromEntries(report.claims.map((c) => [c.id, [c.status, c.met, c.blockedBy]]));
    expect(view).toEqual({
      'toy/above': ['established', true, ['toy/top']],
      'toy/base': ['established', true, []],
      'toy/broken': ['unexpected-counterexample', false, []],
      'toy/refuted': ['refuted-as-expected', true, []],
      'toy/top': ['established', true, ['toy/broken']],
    });
    expect(report.summary).toEqual({ claims: 5, met: 4, notMet: 1, pending: 2 });
  });

  it('writes JUnit XML with one failing case for the claim that failed', () => {
    const cs = claims();
    const xml = renderJunit(collectReport(cs, results(cs), { seed: 5, numRuns: 30 }));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="goodhart-check" tests="20" failures="1"/);
    expect(xml.match(/<testsuite /g)).toHaveLength(5);
    expect(xml).toMatch(/<testsuite name="toy\/broken" tests="4" failures="1"[^]*<failure message="unexpected-counterexample">/);
  });
});

describe('merging shards', () => {
  it('adds the shards\' counts up and keeps a counterexample any shard found', () => {
    const claim = toyClaim({ id: 'toy/edge', limit: 0.999, expect: 'holds' });
    const runs = [1, 2, 3].map((index) => {
      const shard = { index, count: 3, seed: 100 + index };
      const result = verifyClaim(claim, { numRuns: 10, seed: shard.seed, mainOnly: true });
      return makeRunFile([claim], [result], { seed: 9, numRuns: 10, shard, generatedAt: `2026-01-0${index}T00:00:00.000Z` });
    });
    const single = buildReport([runs[0]]);
    const merged = buildReport(runs);
    expect(merged.numRuns).toBe(30);
    expect(merged.shards).toEqual({ count: 3, present: [1, 2, 3] });
    expect(merged.claims[0].runs.generated, 'generated adds up').toBe(runs.reduce((s, r) => s + r.claims[0].result.stats.generated, 0));
    expect(merged.claims[0].seeds).toHaveLength(3);
    const anyFound = runs.some((r) => r.claims[0].result.counterexample);
    expect(merged.claims[0].status).toBe(anyFound ? 'unexpected-counterexample' : 'established');
    expect(single.claims[0].runs.generated).toBe(runs[0].claims[0].result.stats.generated);
    expect(() => mergeRuns([runs[0], { ...runs[1], seed: 10 }])).toThrow(/results of different runs/);
    expect(() => mergeRuns([runs[0], runs[0]])).toThrow(/shard 1 of 3 appears twice/);
    expect(JSON.parse(reportJson(merged)).generatedAt).toBe('2026-01-03T00:00:00.000Z');
  });
});
