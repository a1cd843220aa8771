import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../../src/index.js';

/**
 * Long runs of the characters each pattern looks for. A detector that backtracks or rescans would
 * take minutes on these (quadratic on 100,000 characters is 10^10 steps); linear ones take
 * milliseconds. The bound is loose so that a slow machine does not fail it.
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
    it(`finish quickly on ${name}`, () => {
      const text = `---\nilacs: short-inspection\nlead_inspector: ${body.slice(0, 2000)}\n---\n\n# Title\n\n${body}\n`;
      const started = performance.now();
      const { diagnostics } = lintText(text, { rules });
      const elapsed = performance.now() - started;
      expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
      expect(elapsed).toBeLessThan(3000);
    });
  }
});
