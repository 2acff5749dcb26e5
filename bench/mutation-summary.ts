/**
 * `npx tsx bench/mutation-summary.ts [report.json ...]`: per-file mutation score and the surviving mutants
 * (line, mutator, replacement) from Stryker JSON reports (mutation-testing-report-schema), as Markdown, for
 * the closing note's list of survivors. Several reports (one per file-by-file run) may be given; a file
 * that appears in more than one is taken from the last. Default: reports/mutation/mutation.json.
 * `--record <scores.json>` prints the committed record bench/mutation-scores.json instead of Markdown:
 * its other per-file fields (command, date, survivors with reasons) are kept, the counts recomputed from the reports.
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker defines it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
  static?: boolean;
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}
/** One row of bench/mutation-scores.json. */
export interface FileScore {
  mutants: number;
  killed: number;
  survived: number;
  timeout: number;
  noCoverage: number;
  /** percent, one decimal */
  score: number;
  date?: string;
  command?: string;
  /** `line:col mutator → replacement: why it is equivalent or left` */
  survivors?: string[];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Counts and score of one file's mutants. */
export function scoreOf(mutants: readonly Mutant[]): FileScore {
  const count = (s: string): number => mutants.filter((m) => m.status === s).length;
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const score = detected + undetected === 0 ? NaN : (100 * detected) / (detected + undetected);
  return {
    mutants: mutants.length,
    killed: count('Killed'),
    survived: count('Survived'),
    timeout: count('Timeout'),
    noCoverage: count('NoCoverage'),
    score: Math.round(10 * score) / 10,
  };
}

function main(argv: string[]): void {
  const recordAt = argv.indexOf('--record');
  const recordPath = recordAt >= 0 ? argv[recordAt + 1] : undefined;
  const paths = argv.filter((_, i) => recordAt < 0 || (i !== recordAt && i !== recordAt + 1));
  const reports = (paths.length > 0 ? paths : ['reports/mutation/mutation.json']).map((p) => JSON.parse(readFileSync(p, 'utf8')) as Report);
  const files = new Map<string, { source: string; mutants: Mutant[] }>();
  for (const r of reports) for (const [file, entry] of Object.entries(r.files)) files.set(file, entry);

  if (recordPath !== undefined) {
    const previous = existsSync(recordPath) ? (JSON.parse(readFileSync(recordPath, 'utf8')) as { files?: Record<string, FileScore> }) : {};
    const out: Record<string, FileScore> = {};
    for (const [file, { mutants }] of files) {
      const old = previous.files?.[file];
      out[file] = { ...old, ...scoreOf(mutants) };
    }
    console.log(JSON.stringify({ ...previous, files: { ...previous.files, ...out } }, null, 2));
    return;
  }

  console.log('| file | mutants | killed | timeout | survived | no coverage | score |');
  console.log('|---|--:|--:|--:|--:|--:|--:|');
  const survivors: string[] = [];
  let detectedAll = 0;
  let countedAll = 0;
  for (const [file, { source, mutants }] of files) {
    const s = scoreOf(mutants);
    detectedAll += s.killed + s.timeout;
    countedAll += s.killed + s.timeout + s.survived + s.noCoverage;
    console.log(`| ${file} | ${s.mutants} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.score.toFixed(1)}% |`);
    const lines = source.split('\n');
    for (const m of mutants.filter((x) => UNDETECTED.has(x.status))) {
      const line = m.location.start.line;
      const code = (lines[line - 1] ?? '').trim().slice(0, 90);
      survivors.push(`- ${file}:${line}:${m.location.start.column} ${m.mutatorName} → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}\` (${m.status}${m.static ? ', static' : ''}) in \`${code}\``);
    }
  }
  if (files.size > 1) console.log(`| **total** | | | | | | **${((100 * detectedAll) / countedAll).toFixed(1)}%** |`);
  console.log('');
  for (const s of survivors) console.log(s);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
