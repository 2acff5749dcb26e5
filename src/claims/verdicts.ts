/** Small constructors for verdicts, so that every claim words them the same way. */
import type { Verdict } from './types.ts';

type Numbers = Readonly<Record<string, number>>;

/**
 * A summary line, or a function computing it. The function form is for summaries costly to format (several
 * `fmt` calls): it runs only when `summary` is first read (a refutation, the store, a report), not on every
 * generated case, and its result is kept. Either way the verdict is the same plain-data shape; the lazy one
 * has an enumerable getter, so spreading or JSON-encoding it reads the string.
 */
export type Summary = string | (() => string);

function verdict(status: Verdict['status'], summary: Summary, numbers: Numbers, witness: unknown): Verdict {
  if (typeof summary === 'string') return { status, summary, numbers, witness };
  let text: string | undefined;
  return {
    status,
    get summary(): string {
      return (text ??= summary());
    },
    numbers,
    witness,
  };
}

export const holds = (summary: Summary, numbers: Numbers, witness?: unknown): Verdict => verdict('holds', summary, numbers, witness);
export const fails = (summary: Summary, numbers: Numbers, witness?: unknown): Verdict => verdict('fails', summary, numbers, witness);
export const inconclusive = (reason: string, numbers: Numbers = {}): Verdict => ({ status: 'inconclusive', summary: reason, numbers, reason });

/** A number for a summary line: 4 significant digits. */
export const fmt = (x: number): string => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x));
