/**
 * Runs/s per claim: the main search of every claim in properties/ at a fixed seed, timed in this process,
 * with Math.log calls/s as a same-process baseline (the figures are comparable across machines as ratios).
 * Run: npx tsx bench/claims-table.ts [runs] [id-prefix…] (only the claims whose id starts with one of the prefixes)
 *
 * A refuting case does not stop the timed search (the search would otherwise shrink it, and a refuted claim's
 * figure would time the shrinker over its first few cases): `fails` verdicts are counted in their own column
 * and the search goes on to all `runs` cases, so every claim is timed per generated case.
 * Each claim is first run untimed on min(runs, 200) cases of another seed, so that the figure is the steady
 * state rather than the JIT compiling the claim's constructions (measured: the first 1,000 cases of a claim run
 * 1.5–2× slower per CPU-second than the next 1,000); `GOODHART_BENCH_COLD=1` skips the warm-up.
 */
import { join } from 'node:path';
import { loadClaims } from '../src/cli/loadClaims.ts';
import { searchClaim } from '../src/claims/search.ts';
import { deriveSeed } from '../src/claims/seeds.ts';
import type { Verdict } from '../src/claims/types.ts';

const runs = Number(process.argv[2] ?? 200);
const prefixes = process.argv.slice(3);
const claims = (await loadClaims(join(import.meta.dirname, '..', 'properties'))).filter((c) => prefixes.length === 0 || prefixes.some((p) => c.id.startsWith(p)));

function baselineCallsPerSecond(): number {
  let acc = 0;
  const n = 5_000_000;
  const t0 = performance.now();
  for (let i = 1; i <= n; i++) acc += Math.log(i);
  const s = (performance.now() - t0) / 1000;
  if (acc === 42) console.log('');
  return n / s;
}

const base = baselineCallsPerSecond();
// runs per CPU-second as well: on a shared machine the wall-clock figure drifts with the load
const COUNTED: Verdict = { status: 'holds', summary: 'fails (counted by the bench, search not stopped)', numbers: {} };
console.log(`| claim | runs | runs/s (cases generated) | applicable/s | runs/CPU-s | fails |`);
console.log(`|---|---:|---:|---:|---:|---:|`);
for (const claim of claims) {
  let failures = 0;
  const conclusion = (c: unknown): Verdict => {
    const v = claim.conclusion(c);
    if (v.status !== 'fails') return v;
    failures++;
    return COUNTED;
  };
  if (!process.env.GOODHART_BENCH_COLD) searchClaim(claim, { numRuns: Math.min(runs, 200), seed: deriveSeed(20240717, claim.id, 'bench-warmup'), conclusion });
  failures = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = searchClaim(claim, { numRuns: runs, seed: deriveSeed(20240717, claim.id, 'bench'), conclusion });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`| \`${claim.id}\` | ${r.stats.generated} | ${(r.stats.generated / s).toFixed(0)} | ${(r.stats.selected / s).toFixed(0)} | ${(r.stats.generated / cpuS).toFixed(0)} | ${failures} |`);
}
console.log(`\nbaseline: Math.log at ${(base / 1e6).toFixed(1)}e6 calls/s in the same process`);
