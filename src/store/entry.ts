/**
 * One stored counterexample: the file format of `counterexamples/<area>/<slug>/<hash>.json`.
 * Validated with zod on load, so a hand-edited or truncated file is reported with its file and field.
 * Numbers are stored with the lossless codec (codec.ts): NaN, ±Infinity and −0 as {"$number": "…"}.
 */
import { z } from 'zod';

export const ENTRY_FORMAT = 1;

/** Any IEEE double, NaN and ±Infinity included (zod's z.number() rejects them; the verdict's numbers need them). */
export const anyNumber = z.custom<number>((v) => typeof v === 'number', {
  message: 'expected a number (NaN, ±Infinity and −0 written as {"$number": "NaN" | "Infinity" | "-Infinity" | "-0"})',
});

export const ENTRY_STATES = ['open', 'expected', 'fixed'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export const storeEntrySchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  claimId: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** the claim's expectation when the entry was written (or last replayed) */
  expect: z.enum(['holds', 'refuted']),
  /** 'main': the claim as stated; 'necessity:<hypothesis>': with that hypothesis dropped; 'mutant:<name>' */
  purpose: z.string().min(1),
  /** 'open': refutes a claim expected to hold; 'expected': evidence for a refuted claim or a load-bearing
   * hypothesis; 'fixed': no longer fails, kept as a regression example (replayed first on every run) */
  state: z.enum(ENTRY_STATES),
  /** failure signature: claim, purpose and kind of failure; equal signatures merge into one entry */
  signature: z.string().min(1),
  /** how many searches (distinct seeds) hit this signature; re-running the same seed is a no-op */
  count: z.number().int().min(1),
  /** the shrunk case, lossless-encoded (see codec.ts) */
  value: z.unknown(),
  verdict: z.object({
    status: z.enum(['holds', 'fails', 'inconclusive']),
    summary: z.string(),
    numbers: z.record(z.string(), anyNumber),
    reason: z.string().optional(),
    witness: z.unknown().optional(),
  }),
  message: z.string(),
  seed: z.number().int(),
  path: z.string(),
  numRuns: z.number().int().min(0),
  numShrinks: z.number().int().min(0),
  versions: z.object({ fastCheck: z.string(), generator: z.string() }),
  commit: z.string(),
  date: z.string(),
  /** when the signature was last seen again (merged duplicates) */
  lastSeen: z.string().optional(),
  lastSeed: z.number().int().optional(),
  /** when and at which commit a replay first found the case no longer failing */
  fixedAt: z.string().optional(),
  fixedCommit: z.string().optional(),
});

export type StoreEntry = z.infer<typeof storeEntrySchema>;
/** An entry as written: its `value` is the decoded case. */
export type NewEntry = Omit<StoreEntry, 'value'> & { value: unknown };
