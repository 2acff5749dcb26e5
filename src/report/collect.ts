/**
 * Collects claim definitions and their results into one plain ReportData, from which the JSON, Markdown and
 * HTML reports are all rendered. A claim whose dependency did not meet its expectation cannot show as fully
 * established (Lean blueprint habit: status derived from evidence, through the dependency graph).
 */
import type { Claim } from '../claims/types.ts';
import type { ClaimResult, ClaimStatus } from '../claims/verify.ts';

export interface ClaimReport {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly quote: string;
  readonly aliases: readonly string[];
  readonly reading: string;
  readonly expect: 'holds' | 'refuted';
  readonly uses: readonly string[];
  readonly finding?: string;
  readonly correctedBy?: string;
  readonly corrects?: string;
  readonly status: ClaimStatus;
  readonly met: boolean;
  /** dependencies that did not meet their expectation (or were not run) */
  readonly blockedBy: readonly string[];
  readonly runs: { generated: number; applicable: number; holds: number; inconclusive: number };
  readonly inconclusiveReasons: Readonly<Record<string, number>>;
  readonly counterexample?: {
    value: unknown; summary: string; numbers: Readonly<Record<string, number>>; seed: number; path: string; numShrinks: number;
  };
  readonly crash?: string;
  readonly hypotheses: readonly {
    name: string; description: string; expected: string; observed: string; met: boolean;
    exercised: number; generated: number; witness?: { value: unknown; summary: string };
  }[];
  readonly mutants: readonly { name: string; refuted: boolean; summary?: string }[];
  readonly elapsedMs: number;
  readonly series?: Readonly<Record<string, unknown>>;
}

export interface ReportData {
  readonly tool: 'goodhart-check';
  readonly seed: number;
  readonly numRuns: number;
  readonly generatedAt: string;
  readonly summary: { readonly claims: number; readonly met: number; readonly notMet: number };
  readonly claims: readonly ClaimReport[];
}

export function collectReport(
  claims: readonly Claim<unknown>[],
  results: readonly ClaimResult<unknown>[],
  run: { seed: number; numRuns: number; generatedAt?: string },
): ReportData {
  const byId = new Map(results.map((r) => [r.id, r]));
  const reports: ClaimReport[] = [];
  for (const claim of claims) {
    const r = byId.get(claim.id);
    if (!r) continue;
    const blockedBy = claim.uses.filter((u) => byId.get(u)?.met !== true);
    const cx = r.counterexample;
    reports.push({
      id: claim.id, title: claim.title, source: claim.source, quote: claim.quote, aliases: claim.aliases,
      reading: claim.reading, expect: claim.expect, uses: claim.uses, finding: claim.finding,
      correctedBy: claim.correctedBy, corrects: claim.corrects,
      status: r.status, met: r.met, blockedBy,
      runs: { generated: r.stats.generated, applicable: r.stats.selected, holds: r.stats.holds, inconclusive: r.stats.inconclusive },
      inconclusiveReasons: r.stats.inconclusiveReasons,
      counterexample: cx && {
        value: cx.value, summary: cx.verdict.summary, numbers: cx.verdict.numbers, seed: cx.seed, path: cx.path, numShrinks: cx.numShrinks,
      },
      crash: r.crash,
      hypotheses: claim.hypotheses.map((h) => {
        const n = r.necessity.find((x) => x.hypothesis === h.name);
        return {
          name: h.name, description: h.description, expected: claim.necessity[h.name],
          observed: n?.status ?? 'not run', met: n?.met ?? false,
          exercised: n?.exercised ?? 0, generated: n?.generated ?? 0,
          witness: n?.witness && { value: n.witness.value, summary: n.witness.verdict.summary },
        };
      }),
      mutants: r.mutants.map((m) => ({ name: m.name, refuted: m.refuted, summary: m.counterexample?.verdict.summary })),
      elapsedMs: r.elapsedMs,
      series: claim.series?.(),
    });
  }
  const met = reports.filter((c) => c.met).length;
  return {
    tool: 'goodhart-check', seed: run.seed, numRuns: run.numRuns,
    generatedAt: run.generatedAt ?? new Date().toISOString(),
    summary: { claims: reports.length, met, notMet: reports.length - met },
    claims: reports,
  };
}
