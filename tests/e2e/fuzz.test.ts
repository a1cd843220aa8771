import { describe, expect, it } from 'vitest';
import { lintText } from '@ilacs/core';
// @ts-expect-error: plain ESM module without types
import { loadSeeds, runFuzz } from '../fuzz/fuzz.mjs';
// @ts-expect-error: plain ESM module without types
import { fuzzedShapeNames, hostileDraft, hostileShapes } from '../fuzz/shapes.mjs';

/**
 * The CI slice of the fuzzer: 5,000 cases from a fixed seed, hostile shapes up to 256 KB (each is
 * linted at 1 MB below). `pnpm fuzz` runs 100,000 with any seed and shapes up to 1 MB.
 */
describe('fuzzing slice', () => {
  it('5,000 mutated drafts: no crash, no hang', () => {
    const seeds = loadSeeds(new URL('../..', import.meta.url).pathname);
    expect(seeds.length).toBeGreaterThan(0);
    const result = runFuzz({ cases: 5000, seed: 20261124, seeds, budgetMs: 100, maxShapeKb: 256 });
    expect(result.failures).toEqual([]);
    // The 100 ms budget is enforced by `pnpm fuzz` on a quiet machine; here, with other suites running
    // in parallel, only a hang is an error.
    expect(result.slowest.ms).toBeLessThan(2000);
  }, 300_000);
});

interface HostileShape {
  notice?: string;
}

/**
 * Each shape that once made the lint superlinear, at the fuzzer's largest size: it lints without a
 * failure, and a shape that is cut off says so with its located notice. Their times are budgeted by
 * `pnpm fuzz` and `pnpm bench` (scaling), on a quiet machine, not here.
 */
describe('hostile shapes at 1 MB', () => {
  for (const name of fuzzedShapeNames as string[]) {
    it(name, () => {
      const shape = (hostileShapes as Record<string, HostileShape>)[name]!;
      const text: string = hostileDraft(shape, 1024 * 1024);
      const { draft, diagnostics } = lintText(text);
      expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
      for (const d of diagnostics) expect(d.range.end).toBeLessThanOrEqual(text.length);
      const notices = draft.problems.filter((p) => p.code === shape.notice);
      expect(notices).toHaveLength(shape.notice ? 1 : 0);
      // The notice sits where the limit was passed, inside the text, and says which limit.
      for (const notice of notices) {
        expect(notice.range.start).toBeGreaterThan(0);
        expect(notice.message).toMatch(/more than \d+/);
      }
    }, 60_000);
  }
});
