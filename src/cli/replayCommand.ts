/**
 * `goodhart replay ID`: re-runs one stored counterexample (ID: a file path, a content hash or a prefix of one)
 * under the purpose it was stored for, and prints the entry and what the case does now. Read-only: the store
 * is updated by `goodhart verify`. Exit 0 when the case now meets its claim's expectation, 1 when it does not
 * (a counterexample that still fails, or a stored refutation that stopped refuting).
 */
import type { Claim } from '../claims/types.ts';
import { formatNumbers } from '../store/format.ts';
import { entryPage } from '../store/format.ts';
import { evaluateStored, isBlocking, nextState } from '../store/replay.ts';
import { loadClaims } from './loadClaims.ts';
import { resolveEntry } from './storeCommand.ts';
import { UsageError } from './usageError.ts';

export async function runReplay(
  root: string,
  id: string,
  source: { propertiesDir: string; claims?: readonly Claim<unknown>[] },
  out: Pick<NodeJS.WriteStream, 'write'> = process.stdout,
): Promise<number> {
  const loaded = resolveEntry(root, id);
  const { entry } = loaded;
  const claims = source.claims ?? (await loadClaims(source.propertiesDir, [entry.claimId]));
  const claim = claims.find((c) => c.id === entry.claimId);
  if (!claim) throw new UsageError(`claim '${entry.claimId}' of ${loaded.file} no longer exists (goodhart store prune removes its entries)`);
  const r = evaluateStored(claim, entry.purpose, loaded.value);
  const state = nextState(claim.expect, entry.purpose, entry.state, r.outcome);
  const blocking = isBlocking(claim.expect, entry.purpose, r.outcome);
  const lines = [
    ...entryPage(loaded),
    '',
    `replayed now (claim expected to ${claim.expect === 'holds' ? 'hold' : 'be refuted'}):`,
    `  outcome  ${r.outcome}: ${r.message}`,
    ...(r.verdict ? formatNumbers(r.verdict.numbers, '    ') : []),
    `  state    ${entry.state === state ? `${state} (unchanged)` : `${entry.state} → ${state} (goodhart verify writes it)`}`,
    `  ${blocking ? 'FAILS its expectation' : 'meets its expectation'}`,
  ];
  out.write(`${lines.join('\n')}\n`);
  return blocking ? 1 : 0;
}
