/**
 * Runs/s per claim: the main search of every claim in properties/ at a fixed seed, timed in this process,
 * with Math.log calls/s as a same-process baseline (the figures are comparable across machines as ratios).
 * Run: npx tsx bench/claims-table.ts [runs] [id-prefix…] (only the claims whose id starts with one of the prefixes)
 */
import { join } from 'node:path';
import { loadClaims } from '../src/cli/loadClaims.ts';
import { searchClaim } from '../src/claims/search.ts';
import { deriveSeed } from '../src/claims/seeds.ts';

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
console.log(`| claim | runs | runs/s (cases generated) | applicable/s | runs/CPU-s |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const claim of claims) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = searchClaim(claim, { numRuns: runs, seed: deriveSeed(20240717, claim.id, 'bench') });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`| \`${claim.id}\` | ${r.stats.generated} | ${(r.stats.generated / s).toFixed(0)} | ${(r.stats.selected / s).toFixed(0)} | ${(r.stats.generated / cpuS).toFixed(0)} |`);
}
console.log(`\nbaseline: Math.log at ${(base / 1e6).toFixed(1)}e6 calls/s in the same process`);
