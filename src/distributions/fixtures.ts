/**
 * The committed mpmath reference fixtures (fixtures/<family>-<regime>.json, written by fixtures/generate.py
 * at 60 digits): a typed loader, and the comparison of one Distribution against one case in the metrics of
 * numerics.md — |Δlog|/max(1, |log|) for logs (`logScaledError`), relative error for means.
 * Infinity and NaN are compared exactly: an expected Infinity is met only by the same Infinity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SignedLog } from '../numerics/logspace.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import type { Distribution, DistributionSpec } from './types.ts';

/** One reference point: the law, the threshold t, and its quantities as doubles (rounded from 20 digits). */
export interface FixtureCase {
  readonly spec: DistributionSpec;
  readonly t: number;
  /** log P(X > t) */
  readonly logSf: number;
  /** log P(X ≤ t) */
  readonly logCdf?: number;
  /** E[X | X > t]: NaN where P(X > t) = 0, Infinity where E[X·1{X>t}] diverges */
  readonly tailMean?: number;
  /** E[X]: Infinity for a one-sided divergence, NaN where undefined */
  readonly mean?: number;
  /** E[X·1{X > t}] as sign·e^log */
  readonly logPartialMean: SignedLog;
}

export interface FixtureFile {
  /** file name, e.g. 'studentT-far-tail.json' */
  readonly file: string;
  readonly family: string;
  readonly regime: string;
  readonly description: string;
  readonly mpmathVersion: string;
  readonly dps: number;
  readonly cases: readonly FixtureCase[];
}

/** The repository's fixtures/ directory. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A fixture number: a decimal string, 'Infinity', '-Infinity' or 'NaN' (never '' or a stray word). */
export function parseFixtureNumber(s: unknown, where: string): number {
  if (typeof s === 'number') return s;
  if (s === 'Infinity' || s === '-Infinity' || s === 'NaN' || (typeof s === 'string' && DECIMAL.test(s))) {
    return Number(s);
  }
  throw new Error(`${where}: not a fixture number: ${JSON.stringify(s)}`);
}

function optional(raw: Record<string, unknown>, key: string, where: string): number | undefined {
  return raw[key] === undefined ? undefined : parseFixtureNumber(raw[key], `${where}.${key}`);
}

function parseCase(raw: Record<string, unknown>, where: string): FixtureCase {
  const pm = raw.logPartialMean as { log: unknown; sign: unknown };
  const sign = pm.sign;
  if (sign !== -1 && sign !== 0 && sign !== 1) throw new Error(`${where}: bad partial-mean sign ${String(sign)}`);
  return {
    spec: raw.spec as DistributionSpec,
    t: parseFixtureNumber(raw.t, `${where}.t`),
    logSf: parseFixtureNumber(raw.logSf, `${where}.logSf`),
    logCdf: optional(raw, 'logCdf', where),
    tailMean: optional(raw, 'tailMean', where),
    mean: optional(raw, 'mean', where),
    logPartialMean: { log: parseFixtureNumber(pm.log, `${where}.logPartialMean.log`), sign },
  };
}

/** Every fixtures/*.json file, sorted by name. */
export function loadFixtureFiles(dir: string = FIXTURE_DIR): FixtureFile[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return names.map((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const cases = (raw.cases as Record<string, unknown>[]).map((c, i) => parseCase(c, `${file} case ${i}`));
    return {
      file,
      family: String(raw.family),
      regime: String(raw.regime),
      description: String(raw.description ?? ''),
      mpmathVersion: String(raw.mpmathVersion),
      dps: Number(raw.dps),
      cases,
    };
  });
}

/** Tolerances of the accuracy test (the README's accuracy claim). */
export const FIXTURE_TOLERANCE = { logSf: 1e-13, logCdf: 1e-13, logPartialMean: 1e-13, tailMean: 1e-12, mean: 1e-12 } as const;

export type Quantity = keyof typeof FIXTURE_TOLERANCE;

/** One compared quantity: the reference, what the code gave, and the error (Infinity on any mismatch of kind). */
export interface Comparison {
  readonly quantity: Quantity;
  readonly expected: number | SignedLog;
  readonly got: number | SignedLog;
  readonly error: number;
}

/** metric(got, want), except that NaN matches only NaN and a NaN anywhere else is an infinite error. */
function exactNonFinite(metric: (a: number, b: number) => number, got: number, want: number): number {
  if (Number.isNaN(want) || Number.isNaN(got)) return Number.isNaN(want) && Number.isNaN(got) ? 0 : Infinity;
  const e = metric(got, want);
  return Number.isNaN(e) ? Infinity : e;
}

function comparePartialMean(got: SignedLog, want: SignedLog): number {
  if (got.sign !== want.sign) return Infinity;
  if (want.sign === 0) return got.log === -Infinity ? 0 : Infinity;
  return exactNonFinite(logScaledError, got.log, want.log);
}

/** Compare d against every quantity the case holds (a method that throws counts as an infinite error). */
export function compareCase(d: Distribution, c: FixtureCase): Comparison[] {
  const out: Comparison[] = [];
  const num = (quantity: Quantity, want: number | undefined, f: () => number, metric: (a: number, b: number) => number) => {
    if (want === undefined) return;
    let got: number;
    try {
      got = f();
    } catch {
      got = NaN;
    }
    out.push({ quantity, expected: want, got, error: exactNonFinite(metric, got, want) });
  };
  num('logSf', c.logSf, () => d.logSf(c.t), logScaledError);
  num('logCdf', c.logCdf, () => d.logCdf(c.t), logScaledError);
  num('tailMean', c.tailMean, () => d.tailMean(c.t), relativeError);
  num('mean', c.mean, () => d.mean(), relativeError);
  let pm: SignedLog;
  try {
    pm = d.logPartialMean(c.t);
  } catch {
    pm = { log: NaN, sign: 0 };
  }
  out.push({ quantity: 'logPartialMean', expected: c.logPartialMean, got: pm, error: comparePartialMean(pm, c.logPartialMean) });
  return out;
}

/** The comparisons of a case that exceed FIXTURE_TOLERANCE. */
export function failuresOf(comparisons: readonly Comparison[]): Comparison[] {
  return comparisons.filter((c) => !(c.error <= FIXTURE_TOLERANCE[c.quantity]));
}

/** Largest error per quantity and failure counts of one family over every fixture file. */
export interface FamilyAccuracy {
  readonly family: string;
  cases: number;
  /** cases with at least one quantity over tolerance (a spec that does not build counts here too) */
  failing: number;
  /** specs that build(spec) rejected or could not build */
  buildErrors: number;
  readonly maxError: Record<Quantity, number>;
}

/** One failing case, ready to print. */
export interface CaseFailure {
  readonly file: string;
  readonly c: FixtureCase;
  readonly message: string;
}

function show(x: number | SignedLog): string {
  return typeof x === 'number' ? String(x) : `{log: ${x.log}, sign: ${x.sign}}`;
}

/** "studentT {df:3} t=1e+200: logSf expected … got … error …; …" */
export function describeFailure(c: FixtureCase, bad: readonly Comparison[]): string {
  const parts = bad.map((b) => `${b.quantity} expected ${show(b.expected)} got ${show(b.got)} error ${b.error.toExponential(2)}`);
  return `${c.spec.family} ${JSON.stringify(c.spec)} t=${c.t}: ${parts.join('; ')}`;
}

/**
 * Run every case of the files against `build` and gather the largest errors per family and the failures.
 * `build` is passed in so that this module does not depend on the factories.
 */
export function measureFixtures(
  files: readonly FixtureFile[],
  build: (spec: DistributionSpec) => Distribution,
): { byFamily: Map<string, FamilyAccuracy>; failures: Map<string, CaseFailure[]> } {
  const byFamily = new Map<string, FamilyAccuracy>();
  const failures = new Map<string, CaseFailure[]>();
  for (const f of files) {
    const list: CaseFailure[] = [];
    failures.set(f.file, list);
    for (const c of f.cases) {
      const fam = c.spec.family;
      let acc = byFamily.get(fam);
      if (acc === undefined) {
        const zero = { logSf: 0, logCdf: 0, logPartialMean: 0, tailMean: 0, mean: 0 };
        acc = { family: fam, cases: 0, failing: 0, buildErrors: 0, maxError: zero };
        byFamily.set(fam, acc);
      }
      acc.cases += 1;
      let d: Distribution;
      try {
        d = build(c.spec);
      } catch (e) {
        acc.buildErrors += 1;
        acc.failing += 1;
        for (const q of Object.keys(acc.maxError) as Quantity[]) acc.maxError[q] = Infinity;
        list.push({ file: f.file, c, message: `${fam} ${JSON.stringify(c.spec)} t=${c.t}: build failed: ${String(e)}` });
        continue;
      }
      const comps = compareCase(d, c);
      for (const cmp of comps) acc.maxError[cmp.quantity] = Math.max(acc.maxError[cmp.quantity], cmp.error);
      const bad = failuresOf(comps);
      if (bad.length > 0) {
        acc.failing += 1;
        list.push({ file: f.file, c, message: describeFailure(c, bad) });
      }
    }
  }
  return { byFamily, failures };
}

function fmtError(e: number): string {
  if (e === 0) return '0';
  return Number.isFinite(e) ? e.toExponential(1) : String(e);
}

/** The README's accuracy table: one row per family, the largest error of each quantity over all its cases. */
export function accuracyTableMarkdown(byFamily: ReadonlyMap<string, FamilyAccuracy>): string {
  const rows = [
    '| family | cases | failing | max logSf err | max logCdf err | max logPartialMean err | max tailMean rel err | max mean rel err |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const a of [...byFamily.values()].sort((x, y) => x.family.localeCompare(y.family))) {
    const m = a.maxError;
    const failing = a.buildErrors > 0 ? `${a.failing} (${a.buildErrors} not built)` : String(a.failing);
    rows.push(
      `| ${a.family} | ${a.cases} | ${failing} | ${fmtError(m.logSf)} | ${fmtError(m.logCdf)} | ${fmtError(m.logPartialMean)} | ${fmtError(m.tailMean)} | ${fmtError(m.mean)} |`,
    );
  }
  return rows.join('\n');
}
