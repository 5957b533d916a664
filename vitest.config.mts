import { defineConfig } from 'vitest/config';

// Tests run under plain Node: nothing here may reach require('electron').
// e2e and shell tests use the built bundles in out/ (npm test builds first).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // one temporary directory per run, removed at its end (test/support/tmpRoot.ts)
    globalSetup: ['test/support/tmpRoot.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
