import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Database tests each get their own in-memory PGlite (or their own schema on a server), so files may
    // run in parallel; two workers match this 2-core machine.
    maxWorkers: 2,
  },
});
