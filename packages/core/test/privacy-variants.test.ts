import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules, lintText } from '../src/index.js';

/**
 * Recall and false positives of the privacy rules on the labelled set in
 * `corpus/privacy-variants.yaml`, through the real pipeline: each item is put into a draft where an
 * author would write it (a paragraph unless it says otherwise), linted with the privacy rules, and
 * scored. A positive counts as found when its rule reports on the item's line; a negative is a false
 * positive when any privacy rule reports anything. The README states the figures and these limits.
 */
const limits = {
  /** Found / all positives, every rule together. */
  overallRecall: 0.97,
  /** The weakest rule's recall. */
  ruleRecall: 0.93,
  /** Negatives with any privacy finding / all negatives. */
  falsePositiveRate: 0.01,
};

type Placement = 'paragraph' | 'heading' | 'list' | 'table' | 'quote' | 'comment' | 'front-matter';
type Item = string | { text: string; in?: Placement };
const corpus = parse(readFileSync(new URL('./corpus/privacy-variants.yaml', import.meta.url), 'utf8')) as {
  positives: Record<string, Item[]>;
  negatives: Item[];
};
const privacyRules = builtinRules.filter((r) => r.meta.category === 'privacy');

/** A draft with the item in its place, and the 0-based line it is on. */
function draftWith(item: Item): { text: string; line: number } {
  const { text, in: where = 'paragraph' } = typeof item === 'string' ? { text: item } : item;
  const lead = where === 'front-matter' ? text : 'Rebekah Tucker, His Majesty’s Inspector';
  const lines = [
    '---',
    'ilacs: standard-inspection',
    'local_authority: Leeds',
    'dates: 2025-03-03 to 2025-03-14',
    `lead_inspector: ${JSON.stringify(lead)}`,
    '---',
    '',
    '# Leeds children’s services inspection',
    '',
  ];
  if (where === 'front-matter') return { text: [...lines, 'Practice is good.', ''].join('\n'), line: 4 };
  lines.push('## The experiences and progress of children in care: good', '');
  const placed: Record<Exclude<Placement, 'front-matter'>, string[]> = {
    paragraph: [text],
    heading: [`### ${text}`],
    list: [`- ${text}`],
    table: ['| Area | Notes |', '| --- | --- |', `| ${text} |`],
    quote: [`> ${text}`],
    comment: [`<!-- ${text} -->`],
  };
  const block = placed[where];
  const line = lines.length + block.length - 1;
  lines.push(...block, '', 'Children are seen regularly.', '');
  return { text: lines.join('\n'), line };
}

const itemText = (item: Item) => (typeof item === 'string' ? item : item.text);

interface RuleScore {
  ruleId: string;
  positives: number;
  found: number;
  misses: string[];
  /** Negatives this rule reported. */
  falsePositives: string[];
}

function score(): { rules: RuleScore[]; negatives: number; flaggedNegatives: string[] } {
  const rules = new Map<string, RuleScore>(
    privacyRules.map((r) => [r.meta.id, { ruleId: r.meta.id, positives: 0, found: 0, misses: [], falsePositives: [] }]),
  );
  for (const [ruleId, items] of Object.entries(corpus.positives)) {
    const entry = rules.get(ruleId);
    if (!entry) throw new Error(`privacy-variants.yaml names an unknown rule: ${ruleId}`);
    for (const item of items) {
      const { text, line } = draftWith(item);
      const { diagnostics } = lintText(text, { rules: privacyRules });
      entry.positives++;
      if (diagnostics.some((d) => d.ruleId === ruleId && d.start.line <= line && d.end.line >= line)) entry.found++;
      else entry.misses.push(itemText(item));
    }
  }
  const flaggedNegatives: string[] = [];
  for (const item of corpus.negatives) {
    const { diagnostics } = lintText(draftWith(item).text, { rules: privacyRules });
    if (diagnostics.length > 0) flaggedNegatives.push(itemText(item));
    for (const id of new Set(diagnostics.map((d) => d.ruleId))) rules.get(id)!.falsePositives.push(itemText(item));
  }
  return { rules: [...rules.values()], negatives: corpus.negatives.length, flaggedNegatives };
}

describe('privacy rules on the labelled variants', () => {
  const result = score();
  const positives = result.rules.reduce((n, r) => n + r.positives, 0);
  const found = result.rules.reduce((n, r) => n + r.found, 0);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  // Printed so that the figures in the README can be read off a run of this file.
  console.log(
    [
      '| rule | positives | recall | false positives |',
      '| --- | ---: | ---: | ---: |',
      ...result.rules.map(
        (r) =>
          `| ${r.ruleId} | ${r.positives} | ${pct(r.found / r.positives)} | ${r.falsePositives.length} of ${result.negatives} (${pct(r.falsePositives.length / result.negatives)}) |`,
      ),
      `| all | ${positives} | ${pct(found / positives)} | ${result.flaggedNegatives.length} of ${result.negatives} (${pct(result.flaggedNegatives.length / result.negatives)}) |`,
      ...result.rules.flatMap((r) => r.misses.map((m) => `missed by ${r.ruleId}: ${m}`)),
      ...result.rules.flatMap((r) => r.falsePositives.map((m) => `false positive of ${r.ruleId}: ${m}`)),
    ].join('\n'),
  );

  it('has enough items to measure', () => {
    expect(positives).toBeGreaterThanOrEqual(250);
    expect(result.negatives).toBeGreaterThanOrEqual(250);
    for (const r of result.rules) expect(r.positives, r.ruleId).toBeGreaterThanOrEqual(15);
  });

  it(`finds at least ${pct(limits.overallRecall)} of the positives`, () => {
    expect(found / positives).toBeGreaterThanOrEqual(limits.overallRecall);
  });

  for (const r of result.rules) {
    it(`${r.ruleId} finds at least ${pct(limits.ruleRecall)} of its positives`, () => {
      expect(r.found / r.positives, `missed:\n${r.misses.join('\n')}`).toBeGreaterThanOrEqual(limits.ruleRecall);
    });
  }

  it(`reports at most ${pct(limits.falsePositiveRate)} of the negatives`, () => {
    expect(result.flaggedNegatives.length / result.negatives, `flagged:\n${result.flaggedNegatives.join('\n')}`).toBeLessThanOrEqual(
      limits.falsePositiveRate,
    );
  });
});
