import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Corpus tests read 46 real PDFs; on a busy 2-core machine that takes minutes.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
