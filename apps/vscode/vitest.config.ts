import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.e2e.test.ts'],
    // Each e2e file starts its own code-server and browser; on two cores, one at a time is faster.
    fileParallelism: false,
    testTimeout: 60_000,
    // The first run installs code-server into the cache (about 90 s).
    hookTimeout: 300_000,
  },
});
