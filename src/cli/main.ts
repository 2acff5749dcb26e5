/**
 * `goodhart`: thin command-line front end. Parses arguments (commander), calls the library, sets exit codes:
 * 0 when every claim met its expectation, 1 when one did not, 2 for usage errors (one line on stderr).
 *
 *   goodhart verify [--claim ID…] [--runs N] [--seed S] [--time-limit S] [--shard i/n] [--json] [--quick]
 *   goodhart report [--merge DIR…] [--record]
 *   goodhart replay ID
 *   goodhart store list [--claim ID] [--state S] | show ID | prune [--fixed] [--dry-run]
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, parsePositiveInt, parseSeed } from './options.ts';
import { runVerify } from './verifyCommand.ts';
import { runReport } from './reportCommand.ts';
import { runReplay } from './replayCommand.ts';
import { storeList, storePrune, storeShow } from './storeCommand.ts';
import { parseShard } from './shard.ts';
import { UsageError } from './usageError.ts';

export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const DEFAULT_SEED = 20240717;
const PROPERTIES = join(PACKAGE_ROOT, 'properties');

function parseSeconds(value: string): number {
  const s = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(s > 0)) throw new InvalidArgumentError(`--time-limit must be a positive number of seconds; got '${value}'`);
  return s;
}

function baseSeed(option: number | undefined): number {
  if (option !== undefined) return option;
  const env = process.env.GOODHART_SEED;
  if (env === undefined || env === '') return DEFAULT_SEED;
  try {
    return parseSeed(env);
  } catch {
    throw new UsageError(`GOODHART_SEED must be an integer; got '${env}'`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('goodhart')
    .description('Executable specifications of the Catastrophic Goodhart results (KL penalty, heavy-tailed error)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const storeOption = () => new Option('--store <dir>', 'counterexample store folder').default(join(PACKAGE_ROOT, 'counterexamples'));
  const reportOption = () => new Option('--report <dir>', 'report folder').default(join(PACKAGE_ROOT, 'reports'));

  program
    .command('verify')
    .description('replay the counterexample store, run every claim, write the store, the results and the report')
    .option('--claim <id>', 'run only this claim (repeatable)', collect)
    .option('--runs <n>', 'runs per claim (all shards together)', parsePositiveInt('--runs'), 1000)
    .option('--seed <s>', 'base seed (default: GOODHART_SEED, else 20240717)', parseSeed)
    .option('--time-limit <s>', 'stop each search after this many seconds', parseSeconds)
    .option('--shard <i/n>', 'run shard i of n (its share of the runs, its own seeds)', parseShard)
    .option('--json', 'print the report as JSON instead of a table')
    .option('--quick', 'skip necessity checks and mutants')
    .addOption(storeOption())
    .addOption(reportOption())
    .action(async (opts) => {
      exitCode = await runVerify({
        propertiesDir: PROPERTIES, storeRoot: resolve(opts.store), reportDir: resolve(opts.report),
        claimIds: opts.claim ?? [], numRuns: opts.runs, seed: baseSeed(opts.seed), json: Boolean(opts.json),
        quick: Boolean(opts.quick), shard: opts.shard, timeLimit: opts.timeLimit,
      });
    });

  program
    .command('report')
    .description('rebuild the report from saved results (reports/results/, or the folders of shards given to --merge)')
    .option('--merge <dir...>', 'results folders or files of the shards of one run')
    .option('--record', 'also write the counterexamples found and the replayed states into the store')
    .addOption(storeOption())
    .addOption(reportOption())
    .action(async (opts) => {
      exitCode = await runReport({ reportDir: resolve(opts.report), merge: opts.merge?.map((d: string) => resolve(d)), record: Boolean(opts.record), storeRoot: resolve(opts.store) });
    });

  program
    .command('replay')
    .description('re-run one stored counterexample (ID: file path, hash or hash prefix) and print it')
    .argument('<id>')
    .addOption(storeOption())
    .action(async (id: string, opts) => {
      exitCode = await runReplay(resolve(opts.store), id, { propertiesDir: PROPERTIES });
    });

  const store = program.command('store').description('read and tidy the counterexample store');
  store
    .command('list')
    .description('one line per stored counterexample')
    .option('--claim <id>', 'only this claim')
    .addOption(new Option('--state <state>', 'only entries in this state').choices(['open', 'expected', 'fixed']))
    .addOption(storeOption())
    .action((opts) => {
      exitCode = storeList(resolve(opts.store), { claim: opts.claim, state: opts.state });
    });
  store
    .command('show')
    .description('print one stored counterexample readably')
    .argument('<id>')
    .addOption(storeOption())
    .action((id: string, opts) => {
      exitCode = storeShow(resolve(opts.store), id);
    });
  store
    .command('prune')
    .description('remove temporary files, stale locks and entries of claims that no longer exist')
    .option('--fixed', 'also remove entries marked fixed')
    .option('--dry-run', 'only list what would be removed')
    .addOption(storeOption())
    .action((opts) => {
      exitCode = storePrune(resolve(opts.store), PROPERTIES, { fixed: Boolean(opts.fixed), dryRun: Boolean(opts.dryRun) });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      process.stderr.write(`goodhart: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}
