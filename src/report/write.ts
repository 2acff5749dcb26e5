/** Writes the report files of one run into the report folder; returns their paths. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../store/codec.ts';
import type { ReportData } from './collect.ts';
import { renderMarkdown } from './markdown.ts';

export function writeReports(dir: string, report: ReportData): string[] {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'report.json');
  const md = join(dir, 'report.md');
  writeFileSync(json, `${canonicalJson(report)}\n`);
  writeFileSync(md, renderMarkdown(report));
  return [json, md];
}
