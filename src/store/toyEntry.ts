/** A store entry made up for tests and benchmarks (a case of the toy claim "toy/claim"). */
import type { NewEntry } from './entry.ts';

export function toyEntry(overrides: Partial<NewEntry> = {}): NewEntry {
  return {
    format: 1,
    claimId: 'toy/claim',
    expect: 'holds',
    purpose: 'main',
    state: 'open',
    signature: 'toy/claim|main|fails',
    count: 1,
    value: { x: 1 },
    verdict: { status: 'fails', summary: 'x = 1 is not < 1', numbers: { x: 1, margin: -0, limit: Infinity, err: NaN } },
    message: 'x = 1 is not < 1',
    seed: 42,
    path: '0:1',
    numRuns: 3,
    numShrinks: 1,
    versions: { fastCheck: '4.11.0', generator: '1' },
    commit: 'abc1234',
    date: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}
