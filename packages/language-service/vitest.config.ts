import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property, fuzz-like and linearity tests do real work; on a busy 2-core machine 5 s is too tight.
    testTimeout: 60_000,
  },
});
