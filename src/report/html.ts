/**
 * The report as one self-contained HTML page (opens from disk: inline CSS, inline SVG, no script, no network):
 * a summary table, the dependency graph, and per claim its quoted statement, aliases, status, counts, seeds,
 * time, hypotheses with their necessity results, mutants, counterexamples with their numbers, the stored
 * counterexamples replayed, and plots of its series.
 */
import { canonicalJson } from '../store/codec.ts';
import { formatNumber } from '../store/format.ts';
import type { ClaimReport, ReportData } from './collect.ts';
import { escapeXml as esc } from './escape.ts';
import { renderGraphSvg, tone } from './graph.ts';
import { statusLabel } from './markdown.ts';
import { plotsFromSeries, renderSvg, vegaLiteSpec } from './plots.ts';
import { PAGE_CSS } from './pageStyle.ts';

export const anchor = (id: string) => `claim-${id.replace(/[^a-z0-9-]/g, '_')}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

function numbersTable(numbers: Readonly<Record<string, number>> | undefined): string {
  const keys = Object.keys(numbers ?? {}).sort();
  if (keys.length === 0) return '';
  return `<table class="numbers">${keys.map((k) => `<tr><th>${esc(k)}</th><td>${esc(formatNumber(numbers![k]))}</td></tr>`).join('')}</table>`;
}

const pre = (value: unknown) => `<pre class="case">${esc(canonicalJson(value))}</pre>`;

function hypothesesTable(c: ClaimReport): string {
  if (c.hypotheses.length === 0) return '<p>No hypotheses.</p>';
  const rows = c.hypotheses.map((h) => `<tr class="${h.met ? 'met' : 'unmet'}"><td><code>${esc(h.name)}</code></td><td>${esc(h.description)}</td>`
    + `<td>${esc(h.expected)}</td><td>${esc(h.observed)}${h.met ? '' : ' ✗'}</td><td>${h.exercised} / ${h.generated}</td>`
    + `<td>${h.witness ? `${esc(h.witness.summary)}<details><summary>witness (seed ${h.witness.seed}, path ${esc(h.witness.path)})</summary>${numbersTable(h.witness.numbers)}${pre(h.witness.value)}</details>` : '—'}</td></tr>`);
  return `<table class="hypotheses"><thead><tr><th>hypothesis</th><th>definition</th><th>expected when dropped</th><th>observed</th><th>cases exercised / generated</th><th>witness</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function storedTable(c: ClaimReport): string {
  const { entries, errors } = c.stored;
  if (entries.length === 0 && errors.length === 0) return '<p>No stored counterexamples.</p>';
  const rows = entries.map((e) => `<tr class="${e.blocking ? 'unmet' : ''}"><td><code>${esc(e.hash)}</code></td><td>${esc(e.purpose)}</td><td>${e.count}</td>`
    + `<td>${esc(e.stateBefore === e.state ? e.state : `${e.stateBefore} → ${e.state}`)}</td><td>${esc(e.outcome)}${e.blocking ? ' ✗' : ''}</td><td>${esc(e.summary)}${numbersTable(e.numbers)}</td></tr>`);
  const errs = errors.map((e) => `<li class="unmet"><code>${esc(e.file)}</code>${e.field ? ` (field <code>${esc(e.field)}</code>)` : ''}: ${esc(e.message)}</li>`);
  return `<table class="stored"><thead><tr><th>entry</th><th>purpose</th><th>count</th><th>state</th><th>replay</th><th>verdict now</th></tr></thead><tbody>${rows.join('')}</tbody></table>${errs.length ? `<ul>${errs.join('')}</ul>` : ''}`;
}

async function plotsHtml(c: ClaimReport): Promise<string> {
  if (c.seriesError) return `<p class="unmet">series() threw: ${esc(c.seriesError)}</p>`;
  if (!c.series) return '';
  const { plots, notes } = plotsFromSeries(c.series);
  const figures: string[] = [];
  for (const [i, plot] of plots.entries()) {
    const svg = await renderSvg(vegaLiteSpec(plot), `${anchor(c.id)}-plot${i}`);
    const note = plot.dropped > 0 ? `<figcaption>${plot.dropped} non-finite or non-positive point${plot.dropped === 1 ? '' : 's'} left out</figcaption>` : '';
    figures.push(`<figure class="plot" data-plot="${esc(plot.title)}">${svg}${note}</figure>`);
  }
  return `<h3>Plots</h3><div class="plots">${figures.join('')}</div>${notes.map((n) => `<p class="note">${esc(n)}</p>`).join('')}`;
}

async function claimSection(c: ClaimReport): Promise<string> {
  const out = [`<section class="claim tone-${tone(c)}" id="${anchor(c.id)}">`, `<h2><code>${esc(c.id)}</code> — ${esc(c.title)} <span class="badge tone-${tone(c)}">${esc(statusLabel(c))}</span></h2>`];
  out.push(`<blockquote>${esc(c.quote)}</blockquote>`, `<p class="source">${esc(c.source)} · aliases: ${esc(c.aliases.join(', ') || '—')}</p>`);
  out.push(`<p><strong>Reading checked:</strong> ${esc(c.reading)}</p>`);
  if (c.finding) out.push(`<p><strong>Finding:</strong> ${esc(c.finding)}</p>`);
  if (c.corrects) out.push(`<p>Corrects <a href="#${anchor(c.corrects)}"><code>${esc(c.corrects)}</code></a></p>`);
  if (c.correctedBy) out.push(`<p>Corrected by <a href="#${anchor(c.correctedBy)}"><code>${esc(c.correctedBy)}</code></a></p>`);
  if (c.uses.length) out.push(`<p>Uses ${c.uses.map((u) => `<a href="#${anchor(u)}"><code>${esc(u)}</code></a>`).join(', ')}</p>`);
  if (c.blockedBy.length) out.push(`<p class="pending-note">Pending: depends on ${c.blockedBy.map((u) => `<code>${esc(u)}</code>`).join(', ')}, not settled.</p>`);
  out.push('<table class="counts"><tr><th>expected</th><th>runs</th><th>hypotheses met</th><th>skipped</th><th>holds</th><th>inconclusive</th><th>seed (main)</th><th>time</th></tr>'
    + `<tr><td>${c.expect}</td><td>${c.runs.generated}</td><td>${c.runs.applicable}</td><td>${c.runs.skipped}</td><td>${c.runs.holds}</td><td>${c.runs.inconclusive}</td><td>${c.seeds.join(', ')}</td><td>${seconds(c.elapsedMs)}</td></tr></table>`);
  const reasons = Object.entries(c.inconclusiveReasons);
  if (reasons.length) out.push(`<p>Inconclusive cases: ${reasons.map(([r, n]) => `${n} × ${esc(r)}`).join('; ')}</p>`);
  if (c.crash) out.push(`<p class="unmet"><strong>Crash:</strong> ${esc(c.crash)}</p>`);
  out.push('<h3>Hypotheses</h3>', hypothesesTable(c));
  if (c.mutants.length) {
    out.push('<h3>Mutants</h3><ul>', ...c.mutants.map((m) => `<li class="${m.refuted ? 'met' : 'unmet'}">${esc(m.name)}: ${m.refuted ? `refuted — ${esc(m.summary ?? '')}` : 'NOT refuted'}</li>`), '</ul>');
  }
  if (c.counterexample) {
    const x = c.counterexample;
    out.push(`<h3>Counterexample</h3><p>${esc(x.summary)} <span class="note">(seed ${x.seed}, path ${esc(x.path)}, ${x.numShrinks} shrinks)</span></p>`, numbersTable(x.numbers), pre(x.value));
  }
  out.push('<h3>Stored counterexamples (replayed first)</h3>', storedTable(c));
  out.push(await plotsHtml(c), '</section>');
  return out.join('\n');
}

export async function renderHtml(report: ReportData): Promise<string> {
  const rows = report.claims.map((c) => `<tr class="tone-${tone(c)}"><td><a href="#${anchor(c.id)}"><code>${esc(c.id)}</code></a></td><td>${esc(c.aliases.join(', '))}</td>`
    + `<td>${c.expect}</td><td>${esc(statusLabel(c))}</td><td>${c.runs.generated}</td><td>${c.runs.skipped}</td><td>${c.runs.inconclusive}</td><td>${seconds(c.elapsedMs)}</td></tr>`);
  const sections: string[] = [];
  for (const c of report.claims) sections.push(await claimSection(c));
  const shards = report.shards.count > 1 ? `, shards ${report.shards.present.join(', ')} of ${report.shards.count}` : '';
  return [
    '<!doctype html>', '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>goodhart-check report</title>', `<style>${PAGE_CSS}</style></head><body>`,
    '<header><h1>goodhart-check report</h1>',
    `<p>Seed ${report.seed}, ${report.numRuns} runs per claim${shards}; commit <code>${esc(report.commit)}</code>; generated ${esc(report.generatedAt)}.</p>`,
    `<p class="summary">${report.summary.met} of ${report.summary.claims} claims met their expectation${report.summary.pending ? ` (${report.summary.pending} pending dependencies)` : ''}; ${report.summary.notMet} did not.</p></header>`,
    '<table class="overview"><thead><tr><th>claim</th><th>aliases</th><th>expected</th><th>status</th><th>runs</th><th>skipped</th><th>inconclusive</th><th>time</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
    `<section id="graph"><h2>Dependency graph</h2>${report.claims.length ? renderGraphSvg(report) : '<p>No claims.</p>'}`,
    '<p class="note">An arrow goes from a claim to the claims that use it; dashed: "corrected by". Green: met its expectation, every dependency settled; amber: met, but a dependency is not settled (pending); red: did not meet its expectation; grey: not run.</p></section>',
    ...sections, '</body></html>', '',
  ].join('\n');
}
