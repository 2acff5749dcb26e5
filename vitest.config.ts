import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'properties/**/*.prop.ts', 'bin/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    testTimeout: 120_000,
    pool: 'threads',
    isolate: false,
    setupFiles: ['src/testing/setup.ts'],
  },
});
