/**
 * Vitest config for mutation testing (stryker.config.json): only the unit tests beside the numerics and
 * the distributions, with a fixed fast-check seed so that a mutant is killed or survives reproducibly
 * (override with GOODHART_SEED). MUTATE_TESTS (comma-separated globs) narrows the test files for a run
 * over a few source files, e.g.
 *   MUTATE_TESTS=src/distributions/pareto.test.ts npx stryker run --mutate src/distributions/pareto.ts
 */
import { defineConfig } from 'vitest/config';

process.env.GOODHART_SEED ??= '20250101';

const ALL_UNIT_TESTS = ['src/numerics/**/*.test.ts', 'src/distributions/**/*.test.ts'];
const narrowed = process.env.MUTATE_TESTS?.split(',').map((s) => s.trim()).filter((s) => s !== '');

export default defineConfig({
  test: {
    include: narrowed && narrowed.length > 0 ? narrowed : ALL_UNIT_TESTS,
    testTimeout: 120_000,
    // Reuse the worker's module cache between mutant runs: Stryker switches mutants through a global at
    // run time, so re-importing fast-check and the module graph per mutant (seconds on a loaded machine)
    // buys nothing. Caveat: mutants in module-level code ("static" mutants) are then only exercised by
    // the first import; Stryker marks them static in its report.
    isolate: false,
    setupFiles: ['src/testing/setup.ts'],
    env: { GOODHART_SEED: process.env.GOODHART_SEED },
  },
});
