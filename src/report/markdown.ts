/** The report as GitHub-flavoured Markdown: a summary table, the claim graph as mermaid, one section per claim. */
import { canonicalJson } from '../store/codec.ts';
import type { ClaimReport, ReportData } from './collect.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function statusLabel(c: ClaimReport): string {
  if (!c.met) return `NOT MET (${c.status})`;
  if (c.blockedBy.length > 0) return `${c.status}, pending dependencies`;
  return c.status;
}

function mermaid(report: ReportData): string {
  const node = (id: string) => id.replace(/[^a-zA-Z0-9]/g, '_');
  const lines = ['```mermaid', 'graph LR'];
  for (const c of report.claims) {
    lines.push(`  ${node(c.id)}["${c.id}<br/>${c.status}"]`);
    for (const u of c.uses) lines.push(`  ${node(u)} --> ${node(c.id)}`);
    if (c.correctedBy) lines.push(`  ${node(c.id)} -. corrected by .-> ${node(c.correctedBy)}`);
    lines.push(`  class ${node(c.id)} ${c.met ? (c.blockedBy.length ? 'pending' : 'ok') : 'bad'}`);
  }
  lines.push('  classDef ok fill:#d4f7d4;', '  classDef bad fill:#f7d4d4;', '  classDef pending fill:#f7f0d4;', '```');
  return lines.join('\n');
}

function section(c: ClaimReport): string {
  const out = [`## ${c.id}: ${c.title}`, '', `> ${c.quote}`, '', `*${c.source}* — aliases: ${c.aliases.join(', ') || '—'}`, ''];
  out.push(`**Reading checked:** ${c.reading}`, '');
  out.push(`**Expected:** ${c.expect} · **status:** ${statusLabel(c)} · runs ${c.runs.generated}, hypotheses met in ${c.runs.applicable} (skipped ${c.runs.skipped}), inconclusive ${c.runs.inconclusive} · seed ${c.seeds.join(', ')}`, '');
  if (c.blockedBy.length) out.push(`Pending: depends on ${c.blockedBy.map((u) => `\`${u}\``).join(', ')}, not settled.`, '');
  if (c.finding) out.push(`**Finding:** ${c.finding}`, '');
  if (c.corrects) out.push(`Corrects: \`${c.corrects}\``, '');
  if (c.correctedBy) out.push(`Corrected by: \`${c.correctedBy}\``, '');
  if (c.uses.length) out.push(`Uses: ${c.uses.map((u) => `\`${u}\``).join(', ')}`, '');
  if (c.hypotheses.length) {
    out.push('| hypothesis | definition | expected when dropped | observed | cases |', '|---|---|---|---|---|');
    for (const h of c.hypotheses) {
      out.push(`| ${cell(h.name)} | ${cell(h.description)} | ${h.expected} | ${h.observed}${h.met ? '' : ' ✗'} | ${h.exercised}/${h.generated} |`);
    }
    out.push('');
  }
  if (c.mutants.length) out.push(`Mutants refuted: ${c.mutants.map((m) => `${m.name} ${m.refuted ? '✓' : '✗ NOT REFUTED'}`).join('; ')}`, '');
  if (c.counterexample) {
    out.push(`**Counterexample** (seed ${c.counterexample.seed}, path ${c.counterexample.path}, ${c.counterexample.numShrinks} shrinks): ${c.counterexample.summary}`, '');
    out.push('```json', canonicalJson(c.counterexample.value), '```', '');
  }
  if (Object.keys(c.inconclusiveReasons).length) {
    out.push('Inconclusive cases: ' + Object.entries(c.inconclusiveReasons).map(([r, n]) => `${n} × ${r}`).join('; '), '');
  }
  if (c.crash) out.push(`**Crash:** ${c.crash}`, '');
  if (c.stored.entries.length || c.stored.errors.length) {
    out.push('| stored entry | purpose | count | state | replay |', '|---|---|---|---|---|');
    for (const e of c.stored.entries) {
      const state = e.stateBefore === e.state ? e.state : `${e.stateBefore} → ${e.state}`;
      out.push(`| \`${e.hash}\` | ${cell(e.purpose)} | ${e.count} | ${state} | ${e.outcome}${e.blocking ? ' ✗' : ''}: ${cell(e.summary)} |`);
    }
    out.push('', ...c.stored.errors.map((e) => `- ✗ \`${e.file}\`${e.field ? ` (field \`${e.field}\`)` : ''}: ${cell(e.message)}`), '');
  }
  return out.join('\n');
}

export function renderMarkdown(report: ReportData): string {
  const head = [
    '# goodhart-check report',
    '',
    `Seed ${report.seed}, ${report.numRuns} runs per claim${report.shards.count > 1 ? ` (shards ${report.shards.present.join(', ')} of ${report.shards.count})` : ''}, commit \`${report.commit}\`. ${report.summary.met} of ${report.summary.claims} claims met their expectation. The HTML report (index.html) has the plots.`,
    '',
    '| claim | aliases | expected | status | runs | inconclusive |',
    '|---|---|---|---|---|---|',
    ...report.claims.map((c) => `| \`${c.id}\` | ${cell(c.aliases.join(', '))} | ${c.expect} | ${cell(statusLabel(c))} | ${c.runs.generated} | ${c.runs.inconclusive} |`),
    '',
    mermaid(report),
    '',
  ];
  return [...head, ...report.claims.map(section)].join('\n');
}
