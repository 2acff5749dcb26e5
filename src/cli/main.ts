/**
 * `goodhart`: thin command-line front end. Parses arguments (commander), calls the library, sets exit codes:
 * 0 when every claim met its expectation, 1 when one did not, 2 for usage errors.
 */
import { Command, CommanderError } from 'commander';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collect, parsePositiveInt, parseSeed } from './options.ts';
import { runVerify } from './verifyCommand.ts';
import { UsageError } from './usageError.ts';

export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const DEFAULT_SEED = 20240717;

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('goodhart')
    .description('Executable specifications of the Catastrophic Goodhart results (KL penalty, heavy-tailed error)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('verify')
    .description('replay the counterexample store, run every claim, write the store and the report')
    .option('--claim <id>', 'run only this claim (repeatable)', collect)
    .option('--runs <n>', 'runs per claim', parsePositiveInt('--runs'), 1000)
    .option('--seed <s>', 'base seed', parseSeed)
    .option('--json', 'print the results as JSON instead of a table')
    .option('--quick', 'skip necessity checks and mutants')
    .option('--store <dir>', 'counterexample store folder', join(PACKAGE_ROOT, 'counterexamples'))
    .option('--report <dir>', 'report folder', join(PACKAGE_ROOT, 'reports'))
    .action(async (opts) => {
      const envSeed = process.env.GOODHART_SEED;
      const seed = opts.seed ?? (envSeed !== undefined && envSeed !== '' ? parseSeed(envSeed) : DEFAULT_SEED);
      exitCode = await runVerify({
        propertiesDir: join(PACKAGE_ROOT, 'properties'),
        storeRoot: resolve(opts.store),
        reportDir: resolve(opts.report),
        claimIds: opts.claim ?? [],
        numRuns: opts.runs,
        seed,
        json: Boolean(opts.json),
        quick: Boolean(opts.quick),
      });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`goodhart: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  return exitCode;
}
