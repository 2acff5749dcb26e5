/**
 * Sharding a verify run across machines: `--shard i/n` runs every selected claim with its share of the runs
 * (n shares adding up to --runs) and its own base seed, derived from (base seed, shard), from which every
 * claim's seeds are derived in turn (src/claims/seeds.ts): shards never repeat one another's cases, and
 * `goodhart report --merge` adds their results up. Shard 1/1 keeps the base seed itself.
 */
import { InvalidArgumentError } from 'commander';
import { deriveSeed } from '../claims/seeds.ts';

export interface Shard { readonly index: number; readonly count: number }

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN, count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 1000 || index < 1 || index > count) {
    throw new InvalidArgumentError(`--shard must be i/n with 1 ≤ i ≤ n ≤ 1000; got '${value}'`);
  }
  return { index, count };
}

/** The runs shard i of n does for a claim: the n shares differ by at most one and add up to `total`. */
export function runsForShard(total: number, shard: Shard): number {
  return Math.floor(total / shard.count) + (shard.index <= total % shard.count ? 1 : 0);
}

export function shardSeed(baseSeed: number, shard: Shard): number {
  return shard.count === 1 ? baseSeed : deriveSeed(baseSeed, `shard ${shard.index}/${shard.count}`, 'shard');
}
