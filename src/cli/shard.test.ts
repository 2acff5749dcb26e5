import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseShard, runsForShard, shardSeed } from './shard.ts';

describe('shards', () => {
  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 64 })])('the shards\' runs add up to the total and differ by at most one', (total, count) => {
    const runs = Array.from({ length: count }, (_, i) => runsForShard(total, { index: i + 1, count }));
    expect(runs.reduce((a, b) => a + b, 0), `total ${total} in ${count} shards: ${runs}`).toBe(total);
    expect(Math.max(...runs) - Math.min(...runs), `${runs}`).toBeLessThanOrEqual(1);
  });

  it('derives a distinct seed per shard, and keeps the base seed for a single shard', () => {
    const seeds = Array.from({ length: 16 }, (_, i) => shardSeed(7, { index: i + 1, count: 16 }));
    expect(new Set(seeds).size).toBe(16);
    expect(shardSeed(7, { index: 1, count: 1 })).toBe(7);
  });

  it('parses i/n and rejects anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/--shard must be i\/n/);
  });
});
