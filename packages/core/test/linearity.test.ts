import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

/**
 * Every pattern and rule must cost time in proportion to the input. Each shape below is built to
 * trigger super-linear behaviour (backtracking regexes, quadratic scans); linting one 1 MB draft must
 * cost about as much as ten 100 KB drafts. A ratio, not a time budget: it holds on slow and fast machines alike.
 */
const header = `---
ilacs: short-inspection
local_authority: Harrow
dates: 2025-01-20 to 2025-01-24
---

# Inspection of Harrow local authority children's services

## The experiences and progress of children who need help and protection: good

`;

const shapes: Record<string, (size: number) => string> = {
  'a run of digits': (n) => `1. ${'7'.repeat(n)}\n`,
  'a run of spaces': (n) => `1. a${' '.repeat(n)}b\n`,
  'a run of capitals': (n) => `1. ${'ABCDEFGHIJ'.repeat(n / 10)}\n`,
  'a run of "@" and dots': (n) => `1. ${'a@b.'.repeat(n / 4)}\n`,
  'repeated acronyms': (n) => `1. ${'IRO MASH PEP LADO '.repeat(n / 18)}\n`,
  'repeated phone-like digits': (n) => `1. ${'07700 900 '.repeat(n / 10)}\n`,
  'repeated date-like text': (n) => `1. ${'born 12/03/2019 DOB '.repeat(n / 20)}\n`,
  'privacy look-alikes': (n) =>
    `1. ${'Jack (7), Amy, aged 9, is a 7-year-old; jack at gmail dot com \u202Emoc.liamg@kcaj\u202C 0770\u200B0 900 123 '.repeat(n / 100)}\n`,
  'many numbered paragraphs': (n) => Array.from({ length: Math.floor(n / 20) }, (_, i) => `${i + 1}. Paragraph text.\n`).join('\n'),
  'many headings': (n) => `## Heading: good\n\n`.repeat(Math.floor(n / 18)),
  'many sections with a paragraph each': (n) => `## Section\n\nText.\n\n`.repeat(Math.floor(n / 19)),
  'a wide table': (n) => `| ${'c | '.repeat(n / 8)}\n| ${'--- | '.repeat(n / 8)}\n`,
  'many short lines': (n) => 'a\n'.repeat(n / 2),
  'deeply nested lists': (n) => Array.from({ length: Math.floor(n / 60) }, (_, i) => `${' '.repeat((i % 40) * 2)}- item\n`).join(''),
};

/** The fastest of several trials (other work on a busy machine only ever adds time) of `repeat` lints. */
function timeLint(text: string, repeat: number, trials: number): number {
  let fastest = Infinity;
  for (let t = 0; t < trials; t++) {
    const started = performance.now();
    for (let i = 0; i < repeat; i++) lintText(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

describe('linear cost on adversarial input', () => {
  for (const [name, build] of Object.entries(shapes)) {
    it(`${name}: one 1 MB draft costs about as much as ten 100 KB drafts`, () => {
      const small = header + build(100_000);
      const large = header + build(1_000_000);
      lintText(small); // warm up
      const tenSmallMs = timeLint(small, 10, 3);
      const largeMs = timeLint(large, 1, 3);
      // The same amount of text either way: linear cost gives a ratio near 1, quadratic near 10.
      expect(largeMs / tenSmallMs, `10 x 100 KB: ${tenSmallMs.toFixed(1)} ms, 1 MB: ${largeMs.toFixed(1)} ms`).toBeLessThan(4);
      expect(largeMs).toBeLessThan(10_000);
    }, 180_000);
  }
});
