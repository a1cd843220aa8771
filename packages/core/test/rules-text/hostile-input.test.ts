import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../../src/index.js';

/**
 * Long runs of the characters each pattern looks for: every detector reads them without failing. Their
 * cost is the benchmark's and the fuzzer's to check (tests/fuzz/shapes.mjs, timed from 10 KB to 1 MB by
 * `pnpm bench`), not a timed unit test's.
 */
const size = 100_000;
const hostile: Record<string, string> = {
  'local part with no @': `${'a.'.repeat(size / 2)}`,
  'many @ with no domain': '@a'.repeat(size / 2),
  'digits and spaces': '0 '.repeat(size / 2),
  'digit groups': '012 '.repeat(size / 4),
  'backticks': '`a'.repeat(size / 2),
  'quote marks': '‘a '.repeat(size / 3),
  'quotes and contractions': '‘a’ don’t! '.repeat(size / 11),
  'birth words': 'born on '.repeat(size / 8),
  'names and ages': 'Jack, aged '.repeat(size / 11),
  'postcode shapes': 'AB1 '.repeat(size / 4),
  'insurance shapes': 'AB 12 '.repeat(size / 6),
  'long word': 'z'.repeat(size),
  'ize stems': 'organiz'.repeat(size / 7),
  'exclamations': '!'.repeat(size),
  'apostrophes': "a'".repeat(size / 2),
};
const rules = builtinRules.filter((r) => r.meta.category === 'style' || r.meta.category === 'privacy');

describe('style and privacy rules on hostile input', () => {
  for (const [name, body] of Object.entries(hostile)) {
    it(`read ${name} without failing`, () => {
      const text = `---\nilacs: short-inspection\nlead_inspector: ${body.slice(0, 2000)}\n---\n\n# Title\n\n${body}\n`;
      const { diagnostics } = lintText(text, { rules });
      expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
    });
  }
});
