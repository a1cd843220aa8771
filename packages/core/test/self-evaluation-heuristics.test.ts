import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRules, lintText, type Rule } from '../src/index.js';
import { findMeasure, readStrength } from '../src/tools.js';

/**
 * Precision and recall of the two self-evaluation heuristics on the labelled corpus, through the
 * real pipeline (a self-evaluation draft, parsed and linted). Each rule's docs state the figures; the
 * test fails when a change makes them worse than documented.
 */

interface Labelled {
  flag: boolean;
  text: string;
}
const corpus = parse(readFileSync(new URL('./corpus/self-evaluation-statements.yaml', import.meta.url), 'utf8')) as {
  strengths: Labelled[];
  areas_for_development: Labelled[];
};

const rule = (id: string): Rule => builtinRules.find((r) => r.meta.id === id)!;

function draftWith(strengths: string[], areas: string[]): { text: string; strengthLines: number[]; areaLines: number[] } {
  const lines = [
    '---',
    'ilacs: self-evaluation',
    'local_authority: Leeds',
    'period: 2024-04-01 to 2025-03-31',
    '---',
    '',
    "# Leeds children's services self-evaluation 2024 to 2025",
    '',
    '## The experiences and progress of children who need help and protection: good',
    '',
    '### What we know about the quality and impact of practice',
    '',
    'Practice is good and improving.',
    '',
    '### How we know it',
    '',
    'Audits, performance data and what children and families tell us.',
    '',
    '### Strengths',
    '',
  ];
  const strengthLines = strengths.map((s) => lines.push(`- ${s}`) - 1);
  lines.push('', '### Areas for development', '');
  const areaLines = areas.map((a) => lines.push(`- ${a}`) - 1);
  lines.push('', '### Our plans', '', 'Our improvement plan sets out each action.', '');
  return { text: lines.join('\n'), strengthLines, areaLines };
}

interface Scores {
  precision: number;
  recall: number;
  items: number;
  positives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

function score(items: Labelled[], flaggedLines: Set<number>, lines: number[]): Scores {
  let truePositives = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  items.forEach((item, i) => {
    const flagged = flaggedLines.has(lines[i]!);
    if (flagged && item.flag) truePositives++;
    if (flagged && !item.flag) falsePositives.push(item.text);
    if (!flagged && item.flag) falseNegatives.push(item.text);
  });
  const positives = items.filter((i) => i.flag).length;
  const flaggedCount = truePositives + falsePositives.length;
  return {
    precision: flaggedCount === 0 ? 0 : truePositives / flaggedCount,
    recall: positives === 0 ? 0 : truePositives / positives,
    items: items.length,
    positives,
    falsePositives,
    falseNegatives,
  };
}

function documented(ruleId: string): { precision: number; recall: number; items: number; positives: number } {
  const docs = rule(ruleId).meta.docs.replace(/\s+/g, ' ');
  const m = /precision (\d\.\d\d), recall (\d\.\d\d) over (\d+) items, (\d+) that should be flagged/.exec(docs);
  expect(m, `${ruleId} docs must state "precision X.XX, recall X.XX over N items, M that should be flagged"`).not.toBeNull();
  return { precision: Number(m![1]), recall: Number(m![2]), items: Number(m![3]), positives: Number(m![4]) };
}

const { text, strengthLines, areaLines } = draftWith(
  corpus.strengths.map((s) => s.text),
  corpus.areas_for_development.map((a) => a.text),
);

function flaggedBy(ruleId: string): Set<number> {
  const { diagnostics } = lintText(text, { rules: [rule(ruleId)] });
  return new Set(diagnostics.map((d) => d.start.line));
}

describe('the labelled corpus', () => {
  it('has at least 20 of each kind, about half to be flagged', () => {
    for (const items of [corpus.strengths, corpus.areas_for_development]) {
      expect(items.length).toBeGreaterThanOrEqual(20);
      const flagged = items.filter((i) => i.flag).length;
      expect(Math.abs(flagged - items.length / 2)).toBeLessThanOrEqual(1);
    }
  });
});

describe.each([
  { ruleId: 'impact-over-process', items: corpus.strengths, lines: strengthLines },
  { ruleId: 'areas-for-development-measurable', items: corpus.areas_for_development, lines: areaLines },
])('$ruleId on the labelled corpus', ({ ruleId, items, lines }) => {
  const measured = score(items, flaggedBy(ruleId), lines);
  const stated = documented(ruleId);

  it('reports the corpus its docs describe', () => {
    expect({ items: measured.items, positives: measured.positives }).toEqual({ items: stated.items, positives: stated.positives });
  });

  it('is at least as precise and complete as its docs say', () => {
    const detail = `false positives:\n  ${measured.falsePositives.join('\n  ')}\nfalse negatives:\n  ${measured.falseNegatives.join('\n  ')}`;
    expect(measured.precision, detail).toBeGreaterThanOrEqual(stated.precision);
    expect(measured.recall, detail).toBeGreaterThanOrEqual(stated.recall);
  });
});

describe('what counts as a measure', () => {
  it.each([
    ['by March 2026', 'date'],
    ['before 31 May', 'date'],
    ['in 2025/26', 'date'],
    ['by the end of the financial year', 'date'],
    ['within 20 working days', 'timescale'],
    ['in the next six months', 'timescale'],
    ['this academic year', 'timescale'],
    ['from 24% to 20%', 'figure'],
    ['recruit twelve more foster carers', 'figure'],
    ['halve the backlog', 'figure'],
  ])('"%s" is a %s', (phrase, kind) => {
    expect(findMeasure(`Improve things ${phrase}.`)?.kind).toBe(kind);
  });

  it.each([
    'Improve practice for children aged 16 and 17.',
    'Strengthen section 47 enquiries.',
    'Support 16- and 17-year-olds who are homeless.',
    'Reduce the number of children with three or more moves.',
    'Children may need more support.',
    'Tag actions to outcome 3 of the national framework.',
  ])('"%s" has none', (sentence) => {
    expect(findMeasure(sentence)).toBeUndefined();
  });
});

describe('reading a strength', () => {
  it('finds the process and no impact in a launch announcement', () => {
    expect(readStrength('A new strategy has been launched.')).toEqual({ process: 'strategy' });
  });

  it('treats an aim as no impact, and a result as impact', () => {
    expect(readStrength('A protocol was agreed so that children will get help sooner.').impact).toBeUndefined();
    expect(readStrength('A protocol was agreed and children now get help sooner.').impact).toBeDefined();
  });
});

describe('the heuristics on a very long item', () => {
  // Their cost from 10 KB to 1 MB is timed by `pnpm bench` (tests/fuzz/shapes.mjs), not here.
  it('find nothing where there is nothing, however long the item', () => {
    // No measure and no impact in it, so every test runs on every word.
    const long = 'aged 3 to 4 and 5-year-olds within the next the children so will the strategy '.repeat(3200);
    expect(findMeasure(long)).toBeUndefined();
    expect(readStrength(long).impact).toBeUndefined();
  });
});
