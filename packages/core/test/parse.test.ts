import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/index.js';
import { findEntry, frontMatterLimits, LineIndex, maxHeadings, maxTableCells } from '../src/tools.js';

const draft = `---
ilacs: short-inspection
local_authority: Harrow
previous:
  type: short-inspection
  dates: 2020-02-10 to 2020-02-14
---

# Inspection of Harrow local authority children's services

| Judgement | Grade |
| --- | --- |
| Overall effectiveness | Good |
| Missing cell |

## What needs to improve?

- First bullet
  - nested bullet

## The experiences and progress of care leavers: requires improvement to be good

12. Twelfth paragraph
    continues here.

13. Thirteenth.
`;

const slice = (text: string, range: { start: number; end: number }) => text.slice(range.start, range.end);

describe('parseDraft', () => {
  const parsed = parseDraft(draft);

  it('recognises a draft by its ilacs key', () => {
    expect(parsed.isDraft).toBe(true);
    expect(parseDraft('# Just Markdown\n').isDraft).toBe(false);
    expect(parseDraft('---\ntitle: Blog post\n---\n# Hi\n').isDraft).toBe(false);
  });

  it('gives every front-matter key and value its source range, nested ones too', () => {
    const authority = findEntry(parsed.frontMatter, 'local_authority')!;
    expect(slice(draft, authority.keyRange)).toBe('local_authority');
    expect(slice(draft, authority.valueRange)).toBe('Harrow');
    const previousDates = findEntry(parsed.frontMatter, 'previous.dates')!;
    expect(slice(draft, previousDates.valueRange)).toBe('2020-02-10 to 2020-02-14');
    expect(parsed.lines.positionAt(previousDates.keyRange.start)).toEqual({ line: 5, column: 2 });
  });

  it('reads the title, graded headings and their grade ranges', () => {
    expect(parsed.title?.text).toBe("Inspection of Harrow local authority children's services");
    const section = parsed.sections[1]!;
    expect(section.heading.name).toBe('The experiences and progress of care leavers');
    expect(slice(draft, section.heading.grade!.range)).toBe('requires improvement to be good');
    expect(slice(draft, section.heading.nameRange)).toBe('The experiences and progress of care leavers');
  });

  it('splits table rows into cells with exact ranges, and keeps short rows short', () => {
    const table = parsed.tables[0]!;
    expect(table.header.cells.map((c) => c.text)).toEqual(['Judgement', 'Grade']);
    expect(slice(draft, table.rows[0]!.cells[1]!.range)).toBe('Good');
    expect(table.rows[1]!.cells.map((c) => c.text)).toEqual(['Missing cell']);
  });

  it('records list items with their numbers, markers and nesting', () => {
    const numbered = parsed.blocks.filter((b) => b.listItem?.ordered);
    expect(numbered.map((b) => b.listItem!.number)).toEqual([12, 13]);
    expect(slice(draft, numbered[0]!.listItem!.markerRange)).toBe('12.');
    expect(numbered[0]!.text).toBe('Twelfth paragraph\n    continues here.');
    const nested = parsed.blocks.find((b) => b.text === 'nested bullet')!;
    expect(nested.listDepth).toBe(2);
  });

  it('keeps CRLF text positions exact', () => {
    const crlf = draft.replace(/\n/g, '\r\n');
    const parsedCrlf = parseDraft(crlf);
    const entry = findEntry(parsedCrlf.frontMatter, 'local_authority')!;
    expect(slice(crlf, entry.valueRange)).toBe('Harrow');
    expect(slice(crlf, parsedCrlf.sections[1]!.heading.grade!.range)).toBe('requires improvement to be good');
    expect(slice(crlf, parsedCrlf.tables[0]!.rows[0]!.cells[1]!.range)).toBe('Good');
  });

  it('handles a byte-order mark before the front matter', () => {
    const withBom = `\uFEFF${draft}`;
    const parsedBom = parseDraft(withBom);
    expect(parsedBom.isDraft).toBe(true);
    expect(slice(withBom, findEntry(parsedBom.frontMatter, 'local_authority')!.valueRange)).toBe('Harrow');
  });
});

describe('parseDraft never throws on broken input', () => {
  it('turns broken YAML into a located problem', () => {
    const text = '---\nilacs: short-inspection\nlocal_authority: [Harrow\n---\n# Title\n';
    const parsed = parseDraft(text);
    expect(parsed.isDraft).toBe(true);
    expect(parsed.problems[0]!.code).toBe('yaml-syntax');
    expect(parsed.lines.positionAt(parsed.problems[0]!.range.start).line).toBeGreaterThanOrEqual(2);
  });

  it('reports an unclosed front matter and still parses the body', () => {
    const text =
      "---\nilacs: short-inspection\n# a YAML comment\nlocal_authority: Harrow\n\n# Inspection of Harrow local authority children's services\n\n## What needs to improve?\n";
    const parsed = parseDraft(text);
    expect(parsed.problems.map((p) => p.code)).toContain('front-matter-unclosed');
    expect(parsed.isDraft).toBe(true);
    expect(parsed.title?.text).toContain('Inspection of Harrow');
    expect(parsed.sections).toHaveLength(1);
  });

  it('caps YAML alias expansion (alias bomb)', () => {
    const bomb = [
      '---',
      'ilacs: short-inspection',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '---',
      '# T',
      '',
    ].join('\n');
    // Its cost is checked by the fuzzer's alias-bomb cases and the bench's scaling shapes, not timed here.
    const parsed = parseDraft(bomb);
    expect(parsed.problems.some((p) => /alias/i.test(p.message))).toBe(true);
  });

  describe('front matter past the limits is not parsed, with one located problem', () => {
    const fm = (yaml: string) =>
      `---\nilacs: short-inspection\nlocal_authority: Harrow\n${yaml}---\n\n# Inspection of Harrow\n\n## Summary\n\nText.\n`;
    const limitProblem = (text: string) => {
      const parsed = parseDraft(text);
      const problems = parsed.problems.filter((p) => p.code === 'front-matter-limit');
      expect(problems).toHaveLength(1);
      const at = parsed.lines.positionAt(problems[0]!.range.start);
      return {
        parsed,
        problem: problems[0]!,
        line: at.line + 1,
        column: at.column + 1,
        found: text.slice(problems[0]!.range.start, problems[0]!.range.end),
      };
    };
    it('many keys: at the first line past the limit', () => {
      const keys = Array.from({ length: frontMatterLimits.entries + 50 }, (_, i) => `key${i}: value\n`).join('');
      const { parsed, problem, line, found } = limitProblem(fm(keys));
      // Two keys, then the fence, precede the generated ones; the limit counts the two.
      expect(line).toBe(frontMatterLimits.entries + 2);
      expect(found).toBe(`key${frontMatterLimits.entries - 2}: value`);
      expect(problem.message).toMatch(/more than 500 lines and comma-separated items/);
      // Still a draft, with its body parsed and checked; the front matter has no data and no entries.
      expect(parsed.isDraft).toBe(true);
      expect(parsed.frontMatter?.data).toBeUndefined();
      expect(parsed.frontMatter?.entries).toEqual([]);
      expect(parsed.sections.map((s) => s.heading.text)).toEqual(['Summary']);
    });
    it('many keys in one flow map: at the comma past the limit', () => {
      const { found, line } = limitProblem(fm(`m: {${Array.from({ length: 2000 }, (_, i) => `k${i}: v`).join(', ')}}\n`));
      expect([found, line]).toEqual([',', 4]);
    });
    it('deep flow nesting: at the bracket past the limit', () => {
      const { found, column } = limitProblem(fm(`d: ${'['.repeat(5000)}${']'.repeat(5000)}\n`));
      expect([found, column]).toEqual(['[', 4 + frontMatterLimits.flowCollections]);
    });
    it('deep block nesting: at the line past the limit', () => {
      const { found } = limitProblem(fm(Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('')));
      // Each deeper key is one level more; the first key is level one.
      expect(found).toBe(`k${frontMatterLimits.nesting / 2}:`);
    });
    it('a chain of anchors and aliases: at the alias past the limit', () => {
      const chain = Array.from({ length: 500 }, (_, i) => (i ? `a${i}: &a${i} [*a${i - 1}]\n` : 'a0: &a0 x\n')).join('');
      const { found } = limitProblem(fm(chain));
      expect(found).toBe(`&a${frontMatterLimits.anchors}`);
      const aliases = `a: &a x\n${Array.from({ length: 300 }, (_, i) => `b${i}: *a\n`).join('')}`;
      expect(limitProblem(fm(aliases)).found).toBe('*a');
    });
    it('an unclosed front matter over a long body: the limit stops the YAML, the body is still read', () => {
      const text = `---\nilacs: short-inspection\n${'Some text <!-- x\n'.repeat(3000)}`;
      const { parsed } = limitProblem(text);
      expect(parsed.problems.map((p) => p.code).sort()).toEqual(['front-matter-limit', 'front-matter-unclosed']);
      expect(parsed.isDraft).toBe(true);
    });
    it('real front matter is far inside every limit', () => {
      expect(parseDraft(draft).problems).toEqual([]);
      const quoted = fm(
        'lead_inspector: "Jane * Smith & [Co"\nnotes: [a, b, c]\n# ilacs-disable-next-line front-matter-unknown-key\nx: *y\n',
      );
      expect(parseDraft(quoted).problems.filter((p) => p.code === 'front-matter-limit')).toEqual([]);
    });
  });

  it('reads at most maxHeadings headings, and says where it stopped', () => {
    const head = '---\nilacs: self-evaluation\n---\n\n# Title\n\n## The experiences and progress of care leavers\n\n';
    const text = `${head}${'### Strengths\n\n- An item.\n\n'.repeat(maxHeadings + 500)}`;
    const parsed = parseDraft(text);
    expect(parsed.headings).toHaveLength(maxHeadings);
    const limits = parsed.problems.filter((p) => p.code === 'markdown-limit');
    expect(limits).toHaveLength(1);
    // The title and the area heading count: the cut is at the sub-heading after the first 998.
    const line = parsed.lines.lineOf(limits[0]!.range.start);
    expect(parsed.lines.lineText(line)).toBe('### Strengths');
    expect(line).toBe(parsed.lines.lineOf(parsed.headings.at(-1)!.range.start) + 4);
    // Blocks stop there too; the text itself is whole, for the checks that read all of it.
    expect(parsed.blocks.every((b) => b.range.start < limits[0]!.range.start)).toBe(true);
    expect(parsed.text).toBe(text);
    // Setext underlines count as headings: they cannot be used to get past the limit.
    const setext = parseDraft(`${head}${'Heading\n---\n\n'.repeat(maxHeadings + 10)}`);
    expect(setext.problems.map((p) => p.code)).toEqual(['markdown-limit']);
    expect(setext.headings.length).toBeLessThanOrEqual(maxHeadings);
    // A draft with fewer is untouched.
    expect(parseDraft(`${head}${'### Strengths\n\n'.repeat(50)}`).problems).toEqual([]);
  });

  it('reads tables up to maxTableCells cells: a header of 1,000 columns over many short lines is cut at that table', () => {
    const head =
      '---\nilacs: short-inspection\n---\n\n# Title\n\n| Judgement | Grade |\n| --- | --- |\n| Overall effectiveness | Good |\n\n';
    const wide = `| ${'c | '.repeat(1000)}\n| ${'--- | '.repeat(1000)}\n${'x\n'.repeat(5000)}`;
    const text = `${head}Before.\n\n${wide}\nAfter.\n`;
    const parsed = parseDraft(text);
    const limits = parsed.problems.filter((p) => p.code === 'markdown-limit');
    expect(limits).toHaveLength(1);
    expect(limits[0]!.message).toMatch(/more than 20000 cells/);
    // Cut at the wide table's header: the judgement table and the paragraph before are read.
    expect(text.slice(limits[0]!.range.start, limits[0]!.range.start + 6)).toBe('| c | ');
    expect(parsed.tables).toHaveLength(1);
    expect(parsed.blocks.map((b) => b.text)).toContain('Before.');
    // A wide table with a few rows is read.
    expect(parseDraft(`${head}| ${'c | '.repeat(1000)}\n| ${'--- | '.repeat(1000)}\n| ${'a | '.repeat(1000)}\n`).tables).toHaveLength(2);
    expect(maxTableCells).toBe(20_000);
  });

  it('refuses to parse text over the size limit, with one problem', () => {
    const big = `---\nilacs: short-inspection\n---\n${'x'.repeat(2000)}`;
    const parsed = parseDraft(big, { maxSize: 1000 });
    expect(parsed.isDraft).toBe(true);
    expect(parsed.problems.map((p) => p.code)).toEqual(['file-too-large']);
    expect(parsed.sections).toEqual([]);
  });

  it('survives odd shapes: empty text, front matter only, a list as front matter', () => {
    for (const text of ['', '---', '---\n---', '---\n- a\n- b\n---\n', '---\nilacs:\n---\n', '\u0000\u0001---']) {
      expect(() => parseDraft(text)).not.toThrow();
    }
    expect(parseDraft('---\n- a\n---\n').problems.map((p) => p.code)).toContain('front-matter-not-a-map');
  });
});

describe('LineIndex', () => {
  it('maps offsets and positions both ways, with CRLF line ends', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    expect(index.positionAt(4)).toEqual({ line: 1, column: 0 });
    expect(index.offsetAt({ line: 2, column: 1 })).toBe(8);
    expect(index.lineText(0)).toBe('ab');
    expect(index.offsetAt({ line: 0, column: 99 })).toBe(2);
    expect(index.positionAt(999)).toEqual({ line: 2, column: 2 });
  });

  it('counts a lone carriage return as a line ending, as CommonMark and markdown-it do', () => {
    const index = new LineIndex('a\rb\r\nc\nd');
    expect(index.lineCount).toBe(4);
    expect([0, 1, 2, 3].map((l) => index.lineText(l))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps numbered-paragraph markers on the right line after a lone carriage return', () => {
    const text = '---\nilacs: short-inspection\n---\n\n## The experiences and progress of care leavers: good\r\r7. Seven.\n\n8. Eight.\n';
    const numbered = parseDraft(text).blocks.filter((b) => b.listItem?.ordered);
    expect(numbered.map((b) => text.slice(b.listItem!.markerRange.start, b.listItem!.markerRange.end))).toEqual(['7.', '8.']);
  });
});
