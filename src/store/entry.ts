/**
 * One stored counterexample: the file format of `counterexamples/<area>/<slug>/<hash>.json`.
 * Validated with zod on load, so a hand-edited or truncated file is reported with its file and field.
 */
import { z } from 'zod';

export const ENTRY_FORMAT = 1;

export const storeEntrySchema = z.object({
  format: z.literal(ENTRY_FORMAT),
  claimId: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  /** the claim's expectation when the entry was written */
  expect: z.enum(['holds', 'refuted']),
  /** 'main': the claim as stated; 'necessity:<hypothesis>': with that hypothesis dropped; 'mutant:<name>' */
  purpose: z.string().min(1),
  /** 'open': refutes a claim expected to hold; 'expected': evidence for a refuted claim or a load-bearing
   * hypothesis; 'fixed': no longer fails, kept as a regression example */
  state: z.enum(['open', 'expected', 'fixed']),
  /** failure signature: claim, purpose and kind of failure; equal signatures merge into one entry */
  signature: z.string().min(1),
  /** how many times this signature was seen */
  count: z.number().int().min(1),
  /** the shrunk case, lossless-encoded (see codec.ts) */
  value: z.unknown(),
  verdict: z.object({
    status: z.enum(['holds', 'fails', 'inconclusive']),
    summary: z.string(),
    numbers: z.record(z.string(), z.unknown()),
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
});

export type StoreEntry = z.infer<typeof storeEntrySchema>;
