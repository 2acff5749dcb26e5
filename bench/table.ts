/**
 * `npx tsx bench/table.ts [--scipy] [--json out.json]`: calls/s of logSf(t) and tailMean(t) per family
 * (the cases of families.ts, each call cycling over the family's thresholds t) as a Markdown table.
 *
 * Rates are calls per CPU-second (one core; stable when the machine is shared), and every figure comes
 * with a same-process baseline: Math.log over the same t, timed in rounds interleaved with the family's
 * calls (bench/timing.ts); the "÷ log" columns are the median per-round ratio to that baseline. The scipy
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
import { timeAgainstBaseline } from './timing.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCIPY_JSON = join(HERE, 'scipy-results.json');
const TARGET = 3_000_000;

interface ScipyResults {
  python: string;
  scipy: string;
  date: string;
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
  const head = timeAgainstBaseline(Math.log, { naive: (t: number) => 1 - jstatStudentTCdf(t, 3) }, [2, 1e6, 1e100]);
  for (const c of BENCH_CASES) {
    const d = buildCase(c);
    const m = timeAgainstBaseline(Math.log, { logSf: (t: number) => d.logSf(t), tailMean: (t: number) => d.tailMean(t) }, c.ts);
    const sp = scipy?.families[c.family];
    const vs = sp ? `${ratio(m.logSf.rate / sp.logsf)}×` : 'n/a';
    rows.push(
      `| ${c.family} | ${fmt(m.logSf.rate)} ${mark(m.logSf.rate, c.closedForm !== 'none')} | ${ratio(m.logSf.ratio)} | ` +
        `${fmt(m.tailMean.rate)} ${mark(m.tailMean.rate, c.closedForm === 'both')} | ${ratio(m.tailMean.ratio)} | ` +
        `${fmt(sp?.logsf)} | ${fmt(sp?.tailMean)} | ${vs} |`,
    );
    records.push({ family: c.family, ts: c.ts, closedForm: c.closedForm, baselineMathLog: m.baseline, logSf: m.logSf, tailMean: m.tailMean });
  }
  const env = `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  console.log(`Calls per CPU-second. Baseline (same process): Math.log ${fmt(head.baseline)}/s; naive 1 − jStat.studentt.cdf(t, 3) ${fmt(head.naive.rate)}/s (${ratio(head.naive.ratio)} × Math.log). ${env}.`);
  if (scipy) {
    console.log(`scipy ${scipy.scipy} (Python ${scipy.python}, ${scipy.date}), calls per CPU-second; its own baseline math.log: ${fmt(scipy.baselineMathLog)}/s.`);
  }
  console.log('');
  console.log('| family | logSf calls/s | ÷ log | tailMean calls/s | ÷ log | scipy logsf calls/s | scipy tail mean calls/s | logSf vs scipy |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) console.log(r);
  if (jsonAt >= 0 && args[jsonAt + 1]) {
    writeFileSync(args[jsonAt + 1]!, JSON.stringify({ node: process.version, baselineMathLog: head.baseline, naiveJstat: head.naive, families: records }, null, 2) + '\n');
  }
}

main();
