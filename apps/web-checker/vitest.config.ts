import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A real browser on a 2-core machine: starting Chromium alone takes a few seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
