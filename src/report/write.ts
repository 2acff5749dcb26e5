/**
 * Writes the report files of one run, all rendered from the same ReportData: report.json (with a JSON Schema,
 * report.schema.json, committed beside it), report.md, index.html (self-contained, with plots) and junit.xml.
 * Returns their paths.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../store/codec.ts';
import type { ReportData } from './collect.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';

export const REPORT_FILES = ['report.json', 'report.md', 'index.html', 'junit.xml'] as const;

/** report.json's text: canonical (sorted keys, NaN/±Infinity/−0 tagged), pointing at its schema. */
export function reportJson(report: ReportData): string {
  return `${canonicalJson({ $schema: './report.schema.json', ...report })}\n`;
}

export async function writeReports(dir: string, report: ReportData): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const html = await renderHtml(report);
  const texts: Record<(typeof REPORT_FILES)[number], string> = {
    'report.json': reportJson(report),
    'report.md': renderMarkdown(report),
    'index.html': html,
    'junit.xml': renderJunit(report),
  };
  return REPORT_FILES.map((name) => {
    const file = join(dir, name);
    writeFileSync(file, texts[name]);
    return file;
  });
}
