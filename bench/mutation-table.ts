/**
 * `npx tsx bench/mutation-table.ts`: the README's mutation table from bench/mutation-scores.json — per file the
 * Stryker score of its recorded run, the score counting survivors killed by hand since (a test added after the
 * run, the mutant applied by hand and the test seen failing; `scoreByHand`), and the totals over every file.
 */
import { readFileSync } from 'node:fs';

interface Row { mutants: number; killed: number; timeout: number; survived: number; noCoverage: number; score: number; scoreByHand?: number; survivors?: string[] }
const { files } = JSON.parse(readFileSync(new URL('./mutation-scores.json', import.meta.url), 'utf8')) as { files: Record<string, Row> };

const rows = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
let detected = 0, total = 0, detectedByHand = 0;
const lines = ['| file | mutants | Stryker score | with survivors killed by hand since |', '|---|--:|--:|--:|'];
for (const [file, r] of rows) {
  const d = r.killed + r.timeout;
  const n = d + r.survived + r.noCoverage;
  const hand = (r.survivors ?? []).filter((s) => /: (?:\([^)]*\) )?killed\b/.test(s)).length;
  detected += d; total += n; detectedByHand += d + hand;
  const byHand = hand > 0 ? `${((100 * (d + hand)) / n).toFixed(1)}%` : '';
  lines.push(`| ${file.replace(/^src\//, '')} | ${n} | ${r.score.toFixed(1)}% | ${byHand} |`);
}
lines.push(`| **all ${rows.length} files** | ${total} | **${((100 * detected) / total).toFixed(1)}%** | ${((100 * detectedByHand) / total).toFixed(1)}% |`);
console.log(lines.join('\n'));
