/**
 * The fixture comparison is the accuracy test's judge, so it must be seen refusing: each metric against a
 * perturbed law just past its tolerance, every mismatch of kind (NaN, ±∞, a sign, a throw) as an infinite
 * error, and a malformed fixture file named with its case.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from './build.ts';
import {
  compareCase,
  describeFailure,
  failuresOf,
  FIXTURE_TOLERANCE,
  accuracyTableMarkdown,
  loadFixtureFiles,
  measureFixtures,
  parseFixtureNumber,
  type FamilyAccuracy,
  type FixtureCase,
} from './fixtures.ts';
import type { Distribution } from './types.ts';

/** A law that answers from the given overrides and otherwise like `base`. */
function perturbed(base: Distribution, over: Partial<Pick<Distribution, 'logSf' | 'logCdf' | 'tailMean' | 'mean' | 'logPartialMean'>>): Distribution {
  return { ...base, ...over } as Distribution;
}

const files = loadFixtureFiles();
/** A far-tail case with every quantity finite and a non-zero mean, so that each metric is exercised. */
const isFull = (k: FixtureCase) =>
  k.logSf < -10 && k.logCdf !== undefined && Number.isFinite(k.tailMean ?? NaN) && Number.isFinite(k.mean ?? NaN) && k.mean !== 0 && k.logPartialMean.sign === 1;
const normalFile = files.find((f) => f.cases.some(isFull))!;
const c: FixtureCase = normalFile.cases.find(isFull)!;
const law = build(c.spec);

describe('parseFixtureNumber', () => {
  it('reads numbers, decimal strings and the three non-finite words', () => {
    expect(parseFixtureNumber(1.5, 'w')).toBe(1.5);
    expect(parseFixtureNumber('-1.25e-300', 'w')).toBe(-1.25e-300);
    expect(parseFixtureNumber('.5', 'w')).toBe(0.5);
    expect(parseFixtureNumber('7.', 'w')).toBe(7);
    expect(parseFixtureNumber('+3E2', 'w')).toBe(300);
    expect(parseFixtureNumber('Infinity', 'w')).toBe(Infinity);
    expect(parseFixtureNumber('-Infinity', 'w')).toBe(-Infinity);
    expect(parseFixtureNumber('NaN', 'w')).toBeNaN();
  });
  it('refuses anything else, naming where', () => {
    for (const bad of ['', ' 1', '1e', 'e5', 'inf', '0x10', '1,5', null, undefined, true, {}]) {
      expect(() => parseFixtureNumber(bad, 'f.json case 3.t'), JSON.stringify(bad)).toThrow(/f\.json case 3\.t: not a fixture number/);
    }
  });
});

describe('loadFixtureFiles', () => {
  it('loads every committed file, sorted, with its cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.map((f) => f.file)).toEqual([...files.map((f) => f.file)].sort());
    for (const f of files) expect(f.cases.length, f.file).toBeGreaterThan(0);
  });
  it('names the file and case of a malformed entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    const good = { spec: { family: 'normal', mu: 0, sigma: 1 }, t: '1', logSf: '-1.8', logPartialMean: { log: '-1.5', sign: 1 } };
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ family: 'normal', regime: 'r', mpmathVersion: '1', dps: 60, cases: [good, { ...good, logPartialMean: { log: '0', sign: 2 } }] }));
    expect(() => loadFixtureFiles(dir)).toThrow(/a\.json case 1: bad partial-mean sign 2/);
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ family: 'normal', regime: 'r', mpmathVersion: '1', dps: 60, cases: [{ ...good, logSf: 'oops' }] }));
    expect(() => loadFixtureFiles(dir)).toThrow(/a\.json case 0\.logSf: not a fixture number/);
  });
});

describe('compareCase and failuresOf', () => {
  it('the real law passes its case', () => {
    expect(failuresOf(compareCase(law, c)), describeFailure(c, failuresOf(compareCase(law, c)))).toEqual([]);
  });

  it('each quantity fails just past its tolerance and passes just inside it', () => {
    const scale = (x: number) => Math.max(1, Math.abs(x));
    const cases: Array<[keyof typeof FIXTURE_TOLERANCE, (k: number) => Distribution]> = [
      ['logSf', (k) => perturbed(law, { logSf: () => c.logSf + k * FIXTURE_TOLERANCE.logSf * scale(c.logSf) })],
      ['tailMean', (k) => perturbed(law, { tailMean: () => c.tailMean! * (1 + k * FIXTURE_TOLERANCE.tailMean) })],
      ['mean', (k) => perturbed(law, { mean: () => c.mean! * (1 + k * FIXTURE_TOLERANCE.mean) })],
      ['logPartialMean', (k) => perturbed(law, { logPartialMean: () => ({ log: c.logPartialMean.log + k * FIXTURE_TOLERANCE.logPartialMean * scale(c.logPartialMean.log), sign: 1 }) })],
      ['logCdf', (k) => perturbed(law, { logCdf: () => c.logCdf! - k * FIXTURE_TOLERANCE.logCdf * scale(c.logCdf!) })],
    ];
    for (const [q, make] of cases) {
      expect(failuresOf(compareCase(make(1.5), c)).map((b) => b.quantity), `${q} 1.5× tolerance`).toEqual([q]);
      expect(failuresOf(compareCase(make(0.5), c)).map((b) => b.quantity), `${q} 0.5× tolerance`).toEqual([]);
    }
  });

  it('a mismatch of kind is an infinite error: NaN, ±∞, a sign, a throw', () => {
    const errorOf = (d: Distribution, q: string) => compareCase(d, c).find((b) => b.quantity === q)!.error;
    expect(errorOf(perturbed(law, { logSf: () => NaN }), 'logSf')).toBe(Infinity);
    expect(errorOf(perturbed(law, { logSf: () => -Infinity }), 'logSf')).toBe(Infinity);
    expect(errorOf(perturbed(law, { tailMean: () => Infinity }), 'tailMean')).toBe(Infinity);
    expect(errorOf(perturbed(law, { logSf: () => { throw new Error('boom'); } }), 'logSf')).toBe(Infinity);
    expect(errorOf(perturbed(law, { logPartialMean: () => ({ ...c.logPartialMean, sign: -1 }) }), 'logPartialMean')).toBe(Infinity);
    expect(errorOf(perturbed(law, { logPartialMean: () => { throw new Error('boom'); } }), 'logPartialMean')).toBe(Infinity);
    expect(failuresOf([{ quantity: 'logSf', expected: 0, got: 0, error: NaN }]).length, 'a NaN error fails').toBe(1);
  });

  it('NaN matches only NaN; a zero partial mean needs log −∞', () => {
    const nanCase: FixtureCase = { ...c, tailMean: NaN, logPartialMean: { log: -Infinity, sign: 0 } };
    const errs = (d: Distribution) => Object.fromEntries(compareCase(d, nanCase).map((b) => [b.quantity, b.error]));
    const ok = perturbed(law, { tailMean: () => NaN, logPartialMean: () => ({ log: -Infinity, sign: 0 }) });
    expect(errs(ok).tailMean).toBe(0);
    expect(errs(ok).logPartialMean).toBe(0);
    expect(errs(perturbed(ok, { tailMean: () => 1 })).tailMean).toBe(Infinity);
    expect(errs(perturbed(ok, { logPartialMean: () => ({ log: -700, sign: 0 }) })).logPartialMean).toBe(Infinity);
  });
});

describe('measureFixtures', () => {
  it('counts failures and build errors per family and keeps the largest error', () => {
    const unbuildable = { ...c, spec: { family: 'normal', mu: 0, sigma: -1 } as FixtureCase['spec'] };
    const file = { ...normalFile, cases: [c, unbuildable] };
    const wrong = (spec: FixtureCase['spec']) => (spec === c.spec ? perturbed(build(spec), { logSf: () => c.logSf * (1 + 1e-10) }) : build(spec));
    const { byFamily, failures } = measureFixtures([file], wrong);
    const fams = [...byFamily.values()];
    expect(fams.reduce((n, a) => n + a.cases, 0)).toBe(2);
    expect(fams.reduce((n, a) => n + a.failing, 0)).toBe(2);
    expect(byFamily.get('normal')!.buildErrors).toBe(1);
    expect(byFamily.get('normal')!.maxError.logSf).toBe(Infinity);
    if (c.spec.family !== 'normal') {
      const e = byFamily.get(c.spec.family)!.maxError.logSf;
      expect(e).toBeGreaterThan(0.9e-10);
      expect(e).toBeLessThan(1.1e-10);
    }
    const msgs = failures.get(file.file)!.map((f) => f.message);
    expect(msgs[0]).toMatch(/logSf expected .* got .* error 1\.\d+e-10/);
    expect(msgs[1]).toMatch(/build failed/);
  });
});

describe('fixture edge cases: an optional quantity, a missing description, a failure message, the table', () => {
  it('compares only the quantities a case holds, and an error equal to the tolerance passes', () => {
    const partial: FixtureCase = { ...c, logCdf: undefined, mean: undefined };
    expect(compareCase(law, partial).map((b) => b.quantity), 'quantities of a case without logCdf and mean').toEqual(['logSf', 'tailMean', 'logPartialMean']);
    expect(failuresOf([{ quantity: 'logSf', expected: 0, got: 0, error: FIXTURE_TOLERANCE.logSf }]), 'error = tolerance').toEqual([]);
  });

  it('reads ".25", refuses a non-string that prints as a decimal, names the field of a malformed number', () => {
    expect(parseFixtureNumber('.25', 'w')).toBe(0.25);
    expect(() => parseFixtureNumber([1], 'w'), '[1]').toThrow(/w: not a fixture number/);
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    const good = { spec: { family: 'normal', mu: 0, sigma: 1 }, t: '1', logSf: '-1.8', logPartialMean: { log: '-1.5', sign: 1 } };
    const bad: Array<[object, RegExp]> = [
      [{ ...good, t: 'oops' }, /a\.json case 0\.t: not a fixture number/],
      [{ ...good, logCdf: 'oops' }, /a\.json case 0\.logCdf: not a fixture number/],
      [{ ...good, logPartialMean: { log: 'oops', sign: 1 } }, /a\.json case 0\.logPartialMean\.log: not a fixture number/],
    ];
    for (const [entry, message] of bad) {
      writeFileSync(join(dir, 'a.json'), JSON.stringify({ family: 'normal', regime: 'r', mpmathVersion: '1', dps: 60, cases: [entry] }));
      expect(() => loadFixtureFiles(dir), JSON.stringify(entry)).toThrow(message);
    }
  });

  it('a file without a description loads with description ""; real files keep theirs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
    const good = { spec: { family: 'normal', mu: 0, sigma: 1 }, t: '1', logSf: '-1.8', logPartialMean: { log: '-1.5', sign: 1 } };
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ family: 'normal', regime: 'r', mpmathVersion: '1', dps: 60, cases: [good] }));
    expect(loadFixtureFiles(dir)[0]!.description).toBe('');
    expect(files.filter((f) => f.description === '' || f.description === 'undefined').map((f) => f.file), 'files without description').toEqual([]);
  });

  it('a failure message shows each bad quantity, a thrown method as NaN and a signed log as {log, sign}', () => {
    const broken = perturbed(law, {
      logSf: () => { throw new Error('boom'); },
      logPartialMean: () => { throw new Error('boom'); },
    });
    const msg = describeFailure(c, failuresOf(compareCase(broken, c)));
    expect(msg, msg).toContain(`logSf expected ${c.logSf} got NaN error Infinity; `);
    expect(msg, msg).toContain(`logPartialMean expected {log: ${c.logPartialMean.log}, sign: 1} got {log: NaN, sign: 0} error Infinity`);
  });

  it('measureFixtures counts every case of a family', () => {
    const { byFamily } = measureFixtures([{ ...normalFile, cases: [c, c, c] }], build);
    expect(byFamily.get(c.spec.family)!.cases, `cases of ${c.spec.family}`).toBe(3);
  });

  it('the accuracy table: families sorted, build errors shown, 0 / x.xe-n / Infinity', () => {
    const row = (family: string, failing: number, buildErrors: number, logCdf: number): FamilyAccuracy => ({
      family, cases: 3, failing, buildErrors, maxError: { logSf: 0, logCdf, logPartialMean: Infinity, tailMean: 2.5e-15, mean: 0 },
    });
    const table = accuracyTableMarkdown(new Map([['zeta', row('zeta', 2, 1, 1.234e-14)], ['alpha', row('alpha', 0, 0, 0)]]));
    expect(table.split('\n'), table).toEqual([
      '| family | cases | failing | max logSf err | max logCdf err | max logPartialMean err | max tailMean rel err | max mean rel err |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      '| alpha | 3 | 0 | 0 | 0 | Infinity | 2.5e-15 | 0 |',
      '| zeta | 3 | 2 (1 not built) | 0 | 1.2e-14 | Infinity | 2.5e-15 | 0 |',
    ]);
  });
});
