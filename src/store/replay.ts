/**
 * Replaying the store: every stored case of a claim is evaluated again under the purpose it was found for
 * (the claim as stated, one hypothesis dropped, or a mutant), and the entry's state is brought up to date:
 * a counterexample to a claim expected to hold that no longer fails becomes 'fixed' (kept for ever as a
 * regression example), a fixed one that fails again is reopened, and the stored counterexamples of a claim
 * expected to be refuted must keep refuting — if one does not, the claim does not meet its expectation.
 * Evaluation (replayStore) is pure; writing the new states (applyReplay) is separate, so shards can ship it.
 */
import { join } from 'node:path';
import { guardVerdict, unmetHypotheses } from '../claims/evaluate.ts';
import type { Claim, Verdict } from '../claims/types.ts';
import { loadEntries, storePath, type LoadResult } from './directoryStore.ts';
import type { EntryState } from './entry.ts';
import { currentCommit } from './record.ts';
import { updateEntry } from './save.ts';

/** What the stored case does now: refutes, holds, is inconclusive, no longer meets the hypotheses, throws. */
export type ReplayOutcome = 'fails' | 'holds' | 'inconclusive' | 'not-applicable' | 'crash' | 'unknown-purpose';

export interface ReplayedEntry {
  /** path relative to the store root, e.g. "heavy-tail/high-mean-low-kl/57085006442cc53c.json" */
  readonly file: string;
  readonly hash: string;
  readonly purpose: string;
  readonly count: number;
  readonly stateBefore: EntryState;
  readonly state: EntryState;
  readonly outcome: ReplayOutcome;
  readonly summary: string;
  readonly numbers: Readonly<Record<string, number>>;
  /** this entry makes the claim miss its expectation (a stored refutation that stopped refuting, or a stored
   * failure of a claim expected to hold that still fails) */
  readonly blocking: boolean;
}

export interface StoreReplay {
  readonly entries: readonly ReplayedEntry[];
  /** files that could not be read, each naming the file and the field */
  readonly errors: readonly { readonly file: string; readonly field?: string; readonly message: string }[];
}

/** Evaluate one stored case under its purpose. */
export function evaluateStored<C>(claim: Claim<C>, purpose: string, value: C): { outcome: ReplayOutcome; verdict?: Verdict; message: string } {
  let selects: (c: C) => boolean;
  let conclusion = claim.conclusion;
  if (purpose === 'main') {
    selects = (c) => unmetHypotheses(claim, c).length === 0;
  } else if (purpose.startsWith('necessity:')) {
    const dropped = claim.hypotheses.find((h) => h.name === purpose.slice('necessity:'.length));
    if (!dropped) return { outcome: 'unknown-purpose', message: `the claim has no hypothesis '${purpose.slice(10)}' any more` };
    selects = (c) => !dropped.holds(c) && unmetHypotheses(claim, c, dropped.name).length === 0;
  } else if (purpose.startsWith('mutant:')) {
    const mutant = claim.mutants?.find((m) => m.name === purpose.slice('mutant:'.length));
    if (!mutant) return { outcome: 'unknown-purpose', message: `the claim has no mutant '${purpose.slice(7)}' any more` };
    selects = (c) => unmetHypotheses(claim, c).length === 0;
    conclusion = mutant.conclusion;
  } else {
    return { outcome: 'unknown-purpose', message: `unknown purpose '${purpose}'` };
  }
  try {
    if (!selects(value)) return { outcome: 'not-applicable', message: 'the case no longer meets the hypotheses of its purpose' };
    const verdict = guardVerdict(conclusion(value));
    return { outcome: verdict.status, verdict, message: verdict.summary };
  } catch (err) {
    return { outcome: 'crash', message: `the conclusion threw: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The state an entry should have after a replay with this outcome. */
export function nextState(expect: 'holds' | 'refuted', purpose: string, before: EntryState, outcome: ReplayOutcome): EntryState {
  if (purpose !== 'main' || expect === 'refuted') return 'expected';
  if (outcome === 'fails') return 'open';
  if (outcome === 'holds' || outcome === 'not-applicable') return 'fixed';
  return before === 'expected' ? 'open' : before;
}

/** A stored case that makes its claim miss its expectation: a counterexample to a claim expected to hold that
 * still fails (or throws), or a stored refutation of a claim expected to be refuted that no longer refutes. */
export function isBlocking(expect: 'holds' | 'refuted', purpose: string, outcome: ReplayOutcome): boolean {
  if (purpose !== 'main') return false;
  return expect === 'refuted' ? outcome !== 'fails' : outcome === 'fails' || outcome === 'crash';
}

/** Replay every stored case of a claim (pass `load` when the entries were already read). */
export function replayStore<C>(claim: Claim<C>, root: string, load: LoadResult = loadEntries(root, claim.id)): StoreReplay {
  const entries = load.entries.map((loaded): ReplayedEntry => {
    const { purpose, state: stateBefore, count } = loaded.entry;
    const r = evaluateStored(claim, purpose, loaded.value as C);
    const state = nextState(claim.expect, purpose, stateBefore, r.outcome);
    const blocking = isBlocking(claim.expect, purpose, r.outcome);
    return {
      file: storePath(root, loaded.file), hash: loaded.hash, purpose, count, stateBefore, state, outcome: r.outcome,
      summary: r.message, numbers: r.verdict ? { ...r.verdict.numbers } : {}, blocking,
    };
  });
  const errors = load.errors.map((e) => ({ file: storePath(root, e.file), field: e.field, message: e.message }));
  return { entries, errors };
}

/** Write the states a replay decided (fixed, reopened, expected); returns the files changed. */
export function applyReplay(root: string, claim: Pick<Claim<unknown>, 'expect'>, replay: StoreReplay, date = new Date().toISOString()): string[] {
  const changed: string[] = [];
  for (const e of replay.entries) {
    if (e.state === e.stateBefore) continue;
    const file = join(root, ...e.file.split('/'));
    updateEntry(file, (entry) => {
      const fixed = e.state === 'fixed';
      return {
        ...entry, state: e.state, expect: claim.expect,
        fixedAt: fixed ? date : undefined, fixedCommit: fixed ? currentCommit() : undefined,
      };
    });
    changed.push(e.file);
  }
  return changed;
}
