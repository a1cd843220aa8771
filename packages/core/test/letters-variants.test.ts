import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

/**
 * The 30 real focused-visit letters are a sample of 371. Each is rewritten here in the other ways real
 * letters are printed (the spec's list of headings), which must still lint with zero errors, and with
 * realistic mistakes seeded in, which must each give the error that names them.
 */
const folder = new URL('../../../../shared/corpus/letters/drafts/', import.meta.url).pathname;
const letters = existsSync(folder)
  ? readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()
  : [];

const improvementHeading = /^## What needs to improve in this area of social work practice\?$/m;
const findingsHeading = /^## (?:Main findings|Findings)$/m;

const errorsIn = (text: string) =>
  lintText(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.ruleId}: ${d.message}`);
const errorRules = (text: string) => [
  ...new Set(
    lintText(text)
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.ruleId),
  ),
];

describe.skipIf(letters.length === 0)('real letters printed the other ways real letters are', () => {
  const variants: [string, (text: string) => string][] = [
    ['without the "?"', (t) => t.replace(improvementHeading, '## What needs to improve in this area of social work practice')],
    ['with ":"', (t) => t.replace(improvementHeading, '## What needs to improve in this area of social work practice:')],
    ['"...in this area of practice"', (t) => t.replace(improvementHeading, '## What needs to improve in this area of practice?')],
    ['"Areas for improvement"', (t) => t.replace(improvementHeading, '## Areas for improvement')],
    ['"Areas for development"', (t) => t.replace(improvementHeading, '## Areas for development')],
    [
      'with the other era’s headings',
      (t) =>
        t.replace(
          /^## (Overview|Headline findings|Findings|Main findings)$/gm,
          (_, h: string) =>
            `## ${{ Overview: 'Headline findings', 'Headline findings': 'Overview', Findings: 'Main findings', 'Main findings': 'Findings' }[h]}`,
        ),
    ],
    ['with nothing to improve', (t) => t.replace(improvementHeading, '')],
    ['with no opening heading (a warning at most outside spring 2021)', (t) => t.replace(/^## (?:Overview|Headline findings)$/m, '')],
    ['with a sub-heading inside the findings', (t) => t.replace(findingsHeading, (h) => `${h}\n\n### Leadership\n`)],
  ];
  for (const file of letters) {
    const text = readFileSync(join(folder, file), 'utf8');
    it(`${file}: every variant lints with zero errors`, () => {
      for (const [name, change] of variants) expect(errorsIn(change(text)), name).toEqual([]);
    });
  }
});

describe.skipIf(letters.length === 0)('real letters with a realistic mistake seeded in', () => {
  for (const file of letters) {
    const text = readFileSync(join(folder, file), 'utf8');
    it(`${file}: each mistake gives its error`, () => {
      // The findings heading lost (or, in a 2018 letter, the "Areas of strength" that stand for them).
      expect(errorRules(text.replace(/^## (?:Main findings|Findings|Areas of strength)$/m, '')), 'no findings heading').toContain(
        'required-sections',
      );
      // A section pasted twice.
      const firstSection = /^## .*$/m.exec(text)![0];
      expect(errorRules(`${text.trimEnd()}\n\n${firstSection}\n\nPasted again.\n`), 'a section twice').toContain('duplicate-section');
      // A weekend day on site.
      const dates = /^dates: (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/m.exec(text)!;
      const saturday = nextSaturday(dates[1]!);
      expect(errorRules(text.replace(dates[0], `dates: ${saturday} to ${saturday}`)), 'a Saturday on site').toContain(
        'cadence-dates-fit-type',
      );
      // A graded heading in a letter.
      expect(errorRules(text.replace(firstSection, `${firstSection}: good`)), 'a graded heading').toContain('letters-ungraded');
    });
  }
});

function nextSaturday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7 || 7));
  return day.toISOString().slice(0, 10);
}
