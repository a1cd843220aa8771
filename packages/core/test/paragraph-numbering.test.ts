import { describe, expect, it } from 'vitest';
import { builtinRules, fixText, lintText } from '../src/index.js';

/** One numbering slip is one finding, at the slip, whose fix renumbers what follows. */
const rules = builtinRules.filter((r) => r.meta.id === 'paragraph-numbering');

function report(sections: number[][]): string {
  const titles = [
    'The experiences and progress of children who need help and protection: good',
    'The experiences and progress of children in care: good',
    'The experiences and progress of care leavers: good',
    'The impact of leaders on social work practice with children and families: good',
  ];
  const body = sections.map((numbers, i) => `## ${titles[i]}\n\n${numbers.map((n) => `${n}. A paragraph.`).join('\n\n')}\n`).join('\n');
  return `---\nilacs: short-inspection\nlocal_authority: Harrow\ndates: 2025-01-20 to 2025-01-24\n---\n\n# Inspection of Harrow local authority children's services\n\n## What needs to improve?\n\n- Plans.\n\n${body}`;
}

const run = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const numbersIn = (text: string) => [...text.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));

describe('paragraph-numbering: one slip, one finding', () => {
  it('a repeated number early in a long report is one finding whose fix renumbers the 30 after it', () => {
    const text = report([[1, 2, 2, ...run(8, 3)], run(10, 11), run(6, 21), run(6, 27)]);
    const found = lintText(text, { rules }).diagnostics;
    expect(found.map((d) => d.message)).toEqual([
      'Paragraph 2 should be 3: the numbering repeats 2; the fix renumbers it and the 30 misnumbered paragraphs after it.',
    ]);
    expect(found[0]!.fix!.edits).toHaveLength(31);
    expect(numbersIn(fixText(text, { rules }).output)).toEqual(run(33));
  });

  it('a skipped number is one finding', () => {
    const text = report([[1, 2, 4, 5], run(5, 6), run(3, 11), run(3, 14)]);
    expect(lintText(text, { rules }).diagnostics.map((d) => d.message)).toEqual([
      'Paragraph 4 should be 3: the numbering skips from 2 to 4; the fix renumbers it and the 12 misnumbered paragraphs after it.',
    ]);
  });

  it('a single wrong number, with the paragraphs after it in step, changes only that number', () => {
    const text = report([[1, 2, 9, 4], [5, 6], [7], [8]]);
    const [finding, ...rest] = lintText(text, { rules }).diagnostics;
    expect(rest).toEqual([]);
    expect(finding!.message).toBe('Paragraph 9 should be 3: the numbering skips from 2 to 9.');
    expect(finding!.fix!.edits.map((e) => e.newText)).toEqual(['3']);
  });

  it('a second, independent slip later is reported too; --fix settles both', () => {
    const text = report([[1, 2, 4], [5, 6], [3, 4], [5]]);
    const messages = lintText(text, { rules }).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'Paragraph 4 should be 3: the numbering skips from 2 to 4; the fix renumbers it and the 5 misnumbered paragraphs after it.',
      'Paragraph 3 should be 6: the numbering goes back from 6 to 3; the fix renumbers it and the 2 misnumbered paragraphs after it.',
    ]);
    const fixed = fixText(text, { rules });
    expect(numbersIn(fixed.output)).toEqual(run(8));
    expect(fixed.diagnostics).toEqual([]);
  });

  it('numbering each section from 1 is one habit, reported once', () => {
    const text = report([run(3), run(2), run(2), run(3)]);
    expect(lintText(text, { rules }).diagnostics.map((d) => d.message)).toEqual([
      'Paragraph 1 should be 4: the numbering restarts at 1 after 3; the fix renumbers it and the 6 misnumbered paragraphs after it.',
    ]);
  });

  it('a run that does not start at 1 is one finding at its start', () => {
    const text = report([run(3, 4), run(2, 7), [9], [10]]);
    expect(lintText(text, { rules }).diagnostics.map((d) => d.message)).toEqual([
      'Paragraph 4 should be 1: the numbering starts at 4; the fix renumbers it and the 6 misnumbered paragraphs after it.',
    ]);
  });
});
