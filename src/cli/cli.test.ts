/**
 * The goodhart CLI as a user runs it: child processes of bin/goodhart.mjs (outside vitest: the claim files
 * register tests only under vitest), with a temporary store and report folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/goodhart.mjs', import.meta.url));
const STORE = fileURLToPath(new URL('../../counterexamples', import.meta.url));
const CLAIM = 'heavy-tail/high-mean-low-kl';
const work = mkdtempSync(join(tmpdir(), 'goodhart-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run { code: number; stdout: string; stderr: string }
function goodhart(...args: string[]): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  delete env.GOODHART_SEED;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const oneLine = (r: Run) => r.stderr.trim().split('\n');

describe('goodhart CLI: usage errors give one line and exit 2', () => {
  it('rejects an unknown claim, a malformed seed or shard, and an unwritable report folder', async () => {
    const notAFolder = join(work, 'plain-file');
    writeFileSync(notAFolder, 'x');
    const [unknown, seed, shard, folder, replay] = await Promise.all([
      goodhart('verify', '--claim', 'no/such-claim', '--store', join(work, 's0'), '--report', join(work, 'r0')),
      goodhart('verify', '--seed', '12x'),
      goodhart('verify', '--shard', '3/2'),
      goodhart('verify', '--report', join(notAFolder, 'reports')),
      goodhart('replay', 'ffffffffffff', '--store', join(work, 'empty-store')),
    ]);
    for (const [name, r, pattern] of [
      ['unknown claim', unknown, /unknown claim 'no\/such-claim'/],
      ['malformed seed', seed, /--seed must be an integer; got '12x'/],
      ['bad shard', shard, /--shard must be i\/n/],
      ['unwritable report folder', folder, /report folder '.*plain-file\/reports' is not writable \(ENOTDIR\)/],
      ['unknown stored case', replay, /no stored counterexample 'ffffffffffff'/],
    ] as const) {
      expect(r.code, `${name}: exit code (stderr: ${r.stderr})`).toBe(2);
      expect(oneLine(r), `${name}: one line`).toHaveLength(1);
      expect(r.stderr, name).toMatch(pattern);
    }
  });
});

describe('goodhart CLI on the T1 claim', () => {
  it('verifies, rebuilds the report from the saved results, lists, shows and replays the store', async () => {
    const store = join(work, 'store');
    const reports = join(work, 'reports');
    cpSync(join(STORE, ...CLAIM.split('/')), join(store, ...CLAIM.split('/')), { recursive: true });
    const verify = await goodhart('verify', '--claim', CLAIM, '--runs', '30', '--quick', '--seed', '5', '--store', store, '--report', reports);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`^ok +${CLAIM} \\(established`, 'm'));
    expect(readdirSync(reports).sort()).toEqual(['index.html', 'junit.xml', 'report.json', 'report.md', 'results']);
    const first = readFileSync(join(reports, 'report.json'), 'utf8');
    const stored = JSON.parse(first).claims[0].stored.entries as { hash: string }[];
    expect(stored.length, 'stored cases replayed').toBeGreaterThan(0);

    const [rebuilt, list, show, replay] = await Promise.all([
      goodhart('report', '--report', reports, '--store', store),
      goodhart('store', 'list', '--store', store),
      goodhart('store', 'show', stored[0].hash.slice(0, 8), '--store', store),
      goodhart('replay', stored[0].hash, '--store', store),
    ]);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(readFileSync(join(reports, 'report.json'), 'utf8'), 'report rebuilt from results = report of the run').toBe(first);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${stored[0].hash} +expected .*${CLAIM}`, 'm'));
    expect(show.stdout).toMatch(/^case$/m);
    expect(replay.code, replay.stdout + replay.stderr).toBe(0);
    expect(replay.stdout).toMatch(/replayed now \(claim expected to hold\):\n {2}outcome {2}fails: /);
  });
});
