/**
 * `npx tsx bench/mutation-summary.ts [reports/mutation/mutation.json]`: per-file mutation score and the
 * surviving mutants (line, mutator, replacement) from Stryker's JSON report (mutation-testing-report-schema),
 * as Markdown, for the closing note's list of survivors.
 * Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker defines it.
 */
import { readFileSync } from 'node:fs';

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

const path = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

console.log('| file | mutants | killed | timeout | survived | no coverage | score |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
const survivors: string[] = [];
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const count = (s: string): number => mutants.filter((m) => m.status === s).length;
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const score = detected + undetected === 0 ? NaN : (100 * detected) / (detected + undetected);
  console.log(`| ${file} | ${mutants.length} | ${count('Killed')} | ${count('Timeout')} | ${count('Survived')} | ${count('NoCoverage')} | ${score.toFixed(1)}% |`);
  const lines = source.split('\n');
  for (const m of mutants.filter((x) => UNDETECTED.has(x.status))) {
    const line = m.location.start.line;
    const code = (lines[line - 1] ?? '').trim().slice(0, 90);
    survivors.push(`- ${file}:${line}:${m.location.start.column} ${m.mutatorName} → \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}\` (${m.status}${m.static ? ', static' : ''}) in \`${code}\``);
  }
}
console.log('');
for (const s of survivors) console.log(s);
