/** The terminal summary of a verify run: one line per claim. */
import type { ReportData } from '../report/collect.ts';
import { statusLabel } from '../report/markdown.ts';

export function formatResultTable(report: ReportData): string {
  const rows = report.claims.map((c) => [c.met ? 'ok' : 'FAIL', c.id, c.expect, statusLabel(c), String(c.runs.applicable), String(c.runs.inconclusive)]);
  const header = ['', 'claim', 'expected', 'status', 'applicable', 'inconclusive'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((s, i) => s.padEnd(widths[i])).join('  ').trimEnd();
  const summary = `${report.summary.met} of ${report.summary.claims} claims met their expectation (seed ${report.seed}, ${report.numRuns} runs each)`;
  return [line(header), ...rows.map(line), '', report.summary.claims === 0 ? 'no claims yet' : summary].join('\n');
}
