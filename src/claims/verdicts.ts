/** Small constructors for verdicts, so that every claim words them the same way. */
import type { Verdict } from './types.ts';

type Numbers = Readonly<Record<string, number>>;

export const holds = (summary: string, numbers: Numbers, witness?: unknown): Verdict => ({ status: 'holds', summary, numbers, witness });
export const fails = (summary: string, numbers: Numbers, witness?: unknown): Verdict => ({ status: 'fails', summary, numbers, witness });
export const inconclusive = (reason: string, numbers: Numbers = {}): Verdict => ({ status: 'inconclusive', summary: reason, numbers, reason });

/** A number for a summary line: 4 significant digits. */
export const fmt = (x: number): string => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x));
