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
  backticks: '`a'.repeat(size / 2),
  'quote marks': '‘a '.repeat(size / 3),
  'quotes and contractions': '‘a’ don’t! '.repeat(size / 11),
  'birth words': 'born on '.repeat(size / 8),
  'names and ages': 'Jack, aged '.repeat(size / 11),
  'postcode shapes': 'AB1 '.repeat(size / 4),
  'insurance shapes': 'AB 12 '.repeat(size / 6),
  'long word': 'z'.repeat(size),
  'ize stems': 'organiz'.repeat(size / 7),
  exclamations: '!'.repeat(size),
  apostrophes: "a'".repeat(size / 2),
  'spelled-out email parts': 'jack at gmail dot com dot '.repeat(size / 26),
  'bracketed at and dot': 'j [at] g [dot] c (at) (dot) '.repeat(size / 28),
  'top-level domains': 'a.uk.com.org.net '.repeat(size / 17),
  'right-to-left overrides': '\u202Emoc.liamg@kcaj '.repeat(size / 20),
  'an unclosed override': `\u202E${'a@b.c '.repeat(size / 6)}`,
  'zero-width characters': 'J\u200Back\u200D, \u00ADaged 7 '.repeat(size / 17),
  'every name-and-age shape': 'Jack (7) Amy, 9, Sam is 7 seven-year-old Leo Aged 12, Ella '.repeat(size / 62),
  'age cues without ages': 'aged year-old (seven years) ages '.repeat(size / 33),
  'filler words before an age': `Jack${' who is now'.repeat(size / 11)} 7`,
  'capitalised words and brackets': 'Jack Amy Sam Leo (7) '.repeat(size / 21),
  'birth cues': 'date of birth DOB d.o.b b. born birthday '.repeat(size / 41),
  'birth cues with words between': `date of birth ${'is recorded for '.repeat(size / 16)}12 March 2015`,
  'NHS cues and digit groups': 'NHS number 1 2 3 4 5 6 7 8 9 '.repeat(size / 29),
  'digits with separators': '1-2.3 4-5.6 7-8.9 0 '.repeat(size / 20),
  'postcodes at public buildings': 'Council at LS6 2QT, ls6 2qt. '.repeat(size / 29),
  'insurance numbers of every layout': 'AB 12 34 56 C ab123456c JG-12-34-56 '.repeat(size / 36),
  'phone numbers with extensions': '0113 496 0000 ext. 12 (0113) +44 '.repeat(size / 33),
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
