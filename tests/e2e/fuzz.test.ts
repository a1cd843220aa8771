import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without types
import { loadSeeds, runFuzz } from '../fuzz/fuzz.mjs';

/** The CI slice of the fuzzer: 5,000 cases from a fixed seed. `pnpm fuzz` runs 100,000 with any seed. */
describe('fuzzing slice', () => {
  it('5,000 mutated drafts: no crash, no hang', () => {
    const seeds = loadSeeds(new URL('../..', import.meta.url).pathname);
    expect(seeds.length).toBeGreaterThan(0);
    const result = runFuzz({ cases: 5000, seed: 20261124, seeds, budgetMs: 100 });
    expect(result.failures).toEqual([]);
    // The 100 ms budget is enforced by `pnpm fuzz` on a quiet machine; here, with other suites running
    // in parallel, only a hang is an error.
    expect(result.slowest.ms).toBeLessThan(2000);
  }, 300_000);
});
