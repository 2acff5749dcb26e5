/**
 * The report as JUnit XML for CI systems: one <testsuite> per claim, with one <testcase> for the claim itself
 * (holds / is refuted), one per hypothesis (its necessity expectation), one per mutant (must be refuted) and
 * one for the replay of the stored counterexamples. A case that did not meet its expectation has a <failure>.
 */
import type { ClaimReport, ReportData } from './collect.ts';
import { xmlText as x } from './escape.ts';
import { statusLabel } from './markdown.ts';

interface Case { name: string; failure?: string; detail?: string }

function cases(c: ClaimReport): Case[] {
  const out: Case[] = [];
  const mainOk = c.status === 'established' || c.status === 'refuted-as-expected';
  const cx = c.counterexample;
  out.push({
    name: `${c.expect === 'holds' ? 'holds' : 'is refuted'} (${c.runs.generated} runs)`,
    failure: mainOk ? undefined : `${c.status}${c.crash ? `: ${c.crash}` : ''}`,
    detail: cx ? `${cx.summary} (seed ${cx.seed}, path ${cx.path})` : undefined,
  });
  for (const h of c.hypotheses) {
    out.push({ name: `necessity of ${h.name}: ${h.expected}`, failure: h.met ? undefined : `observed ${h.observed} (${h.exercised} of ${h.generated} cases exercised)`, detail: h.witness?.summary });
  }
  for (const m of c.mutants) out.push({ name: `mutant is refuted: ${m.name}`, failure: m.refuted ? undefined : 'not refuted', detail: m.summary });
  const blocking = c.stored.entries.filter((e) => e.blocking);
  out.push({
    name: `stored counterexamples replay (${c.stored.entries.length})`,
    failure: blocking.length ? blocking.map((e) => `${e.file}: ${e.outcome} (${e.summary})`).join('; ') : undefined,
    detail: c.stored.errors.map((e) => `${e.file}${e.field ? ` (field '${e.field}')` : ''}: ${e.message}`).join('\n') || undefined,
  });
  return out;
}

export function renderJunit(report: ReportData): string {
  const suites = report.claims.map((c) => {
    const cs = cases(c);
    const failures = cs.filter((k) => k.failure).length;
    const classname = c.id.replace('/', '.');
    const body = cs.map((k) => [
      `    <testcase classname="${x(classname)}" name="${x(k.name)}">`,
      k.failure ? `      <failure message="${x(k.failure)}">${x(`${k.failure}${k.detail ? `\n${k.detail}` : ''}`)}</failure>` : '',
      !k.failure && k.detail ? `      <system-out>${x(k.detail)}</system-out>` : '',
      '    </testcase>',
    ].filter(Boolean).join('\n'));
    return [
      `  <testsuite name="${x(c.id)}" tests="${cs.length}" failures="${failures}" errors="0" skipped="0" time="${(c.elapsedMs / 1000).toFixed(3)}">`,
      `    <properties><property name="status" value="${x(statusLabel(c))}"/><property name="seeds" value="${c.seeds.join(' ')}"/></properties>`,
      ...body, '  </testsuite>',
    ].join('\n');
  });
  const tests = report.claims.reduce((s, c) => s + cases(c).length, 0);
  const failures = report.claims.reduce((s, c) => s + cases(c).filter((k) => k.failure).length, 0);
  const time = report.claims.reduce((s, c) => s + c.elapsedMs, 0) / 1000;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="goodhart-check" tests="${tests}" failures="${failures}" errors="0" time="${time.toFixed(3)}">`,
    ...suites, '</testsuites>', '',
  ].join('\n');
}
