/**
 * `npx tsx bench/table.ts [--scipy] [--json out.json]`: calls/s of logSf(t) and tailMean(t) per family
 * (the cases of families.ts, each call cycling over the family's thresholds t) as a Markdown table.
 *
 * The machine may be shared, so every figure comes with a same-process baseline: Math.log over the same
 * t, timed right before each family; the "÷ log" columns are calls/s divided by that baseline. The scipy
 * columns come from bench/scipy-results.json (written by bench/scipy_bench.py), or, with --scipy, from
 * running `python3 bench/scipy_bench.py` first in the same command (and the JSON is refreshed).
 * "vs scipy" = our logSf calls/s ÷ scipy's logsf calls/s. ✓/✗ marks the ≥ 3,000,000 calls/s target on
 * closed-form calls; "–" where the call needs a special function (target not applicable).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jstatStudentTCdf } from '../src/numerics/adapters/jstat.ts';
import { BENCH_CASES, buildCase } from './families.ts';
import { callsPerSecond } from './timing.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCIPY_JSON = join(HERE, 'scipy-results.json');
const TARGET = 3_000_000;

interface ScipyResults {
  python: string;
  scipy: string;
  baselineMathLog: number;
  families: Record<string, { logsf: number; tailMean: number; tailMeanMethod: string }>;
}

function scipyResults(live: boolean): ScipyResults | undefined {
  if (live) {
    const out = execFileSync(process.env.PYTHON ?? 'python3', [join(HERE, 'scipy_bench.py')], { encoding: 'utf8' });
    writeFileSync(SCIPY_JSON, out);
  }
  try {
    return JSON.parse(readFileSync(SCIPY_JSON, 'utf8')) as ScipyResults;
  } catch {
    return undefined;
  }
}

/** 1234567 → "1.23 M", 12345 → "12.3 k". */
function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return 'n/a';
  if (x >= 1e6) return `${(x / 1e6).toPrecision(3)} M`;
  if (x >= 1e3) return `${(x / 1e3).toPrecision(3)} k`;
  return x.toPrecision(3);
}
const ratio = (x: number): string => (x >= 10 ? x.toFixed(0) : x.toPrecision(2));
const mark = (rate: number, closed: boolean): string => (!closed ? '–' : rate >= TARGET ? '✓' : '✗');

function main(): void {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const scipy = scipyResults(args.includes('--scipy'));
  const rows: string[] = [];
  const records: unknown[] = [];
  const headBase = callsPerSecond(Math.log, [2, 1e6, 1e100]);
  const naive = callsPerSecond((t) => 1 - jstatStudentTCdf(t, 3), [2, 1e6, 1e100]);
  for (const c of BENCH_CASES) {
    const d = buildCase(c);
    const base = callsPerSecond(Math.log, c.ts);
    const logSf = callsPerSecond((t) => d.logSf(t), c.ts);
    const tailMean = callsPerSecond((t) => d.tailMean(t), c.ts);
    const sp = scipy?.families[c.family];
    const vs = sp ? `${ratio(logSf / sp.logsf)}×` : 'n/a';
    rows.push(
      `| ${c.family} | ${fmt(logSf)} ${mark(logSf, c.closedForm !== 'none')} | ${ratio(logSf / base)} | ` +
        `${fmt(tailMean)} ${mark(tailMean, c.closedForm === 'both')} | ${ratio(tailMean / base)} | ` +
        `${fmt(sp?.logsf)} | ${fmt(sp?.tailMean)} | ${vs} |`,
    );
    records.push({ family: c.family, ts: c.ts, closedForm: c.closedForm, baselineMathLog: base, logSf, tailMean });
  }
  const env = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  console.log(`Baseline (same process): Math.log ${fmt(headBase)} calls/s; naive 1 − jStat.studentt.cdf(t, 3) ${fmt(naive)} calls/s (${ratio(naive / headBase)} × Math.log). ${env}.`);
  if (scipy) {
    console.log(`scipy ${scipy.scipy} (Python ${scipy.python}); its own baseline math.log: ${fmt(scipy.baselineMathLog)} calls/s.`);
  }
  console.log('');
  console.log('| family | logSf calls/s | ÷ log | tailMean calls/s | ÷ log | scipy logsf calls/s | scipy tail mean calls/s | logSf vs scipy |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) console.log(r);
  if (jsonAt >= 0 && args[jsonAt + 1]) {
    writeFileSync(args[jsonAt + 1]!, JSON.stringify({ node: process.version, baselineMathLog: headBase, naiveJstat: naive, families: records }, null, 2) + '\n');
  }
}

main();
