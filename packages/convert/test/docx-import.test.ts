import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { lintText } from '@ilacs/core';
import { describe, expect, it } from 'vitest';
import { frontMatterProperty, importDocx } from '../src/index.js';

/** A Word document as an author would write one, built here (no corpus prose). */
async function wordDocument(children: (Paragraph | Table)[], carried?: string): Promise<Uint8Array> {
  const doc = new Document({
    ...(carried !== undefined ? { customProperties: [{ name: frontMatterProperty, value: carried }] } : {}),
    numbering: {
      config: [
        { reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const p = (text: string, options: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
  new Paragraph({ children: [new TextRun(text)], ...options });
const row = (label: string, grade: string, bold = false) =>
  new TableRow({
    children: [label, grade].map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })] })),
  });

describe('importing a Word draft', () => {
  it('maps a report written in Word: title block, table, headings, numbering running on, bullets, a bold heading', async () => {
    const bytes = await wordDocument([
      p('Inspection of Rutland local authority children’s services', { heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new TextRun({ text: 'Inspection dates: ', bold: true }), new TextRun('3 to 7 March 2025')] }),
      new Paragraph({
        children: [new TextRun({ text: 'Lead inspector: ', bold: true }), new TextRun('Sam Example, His Majesty’s Inspector')],
      }),
      new Table({
        rows: [
          row('Judgement', 'Grade', true),
          row('The impact of leaders on social work practice with children and families', 'Good'),
          row('The experiences and progress of children who need help and protection', 'Good'),
          row('The experiences and progress of children in care', 'Good'),
          row('The experiences and progress of care leavers', 'Good'),
          row('Overall effectiveness', 'Good'),
        ],
      }),
      p('Services have stayed good since the last inspection in November 2021, when they were judged good.'),
      new Paragraph({ children: [new TextRun({ text: 'What needs to improve?', bold: true })] }),
      p('The recording of supervision.', { numbering: { reference: 'bullets', level: 0 } }),
      p('The experiences and progress of children who need help and protection: good', { heading: HeadingLevel.HEADING_2 }),
      p('Families get help quickly.', { numbering: { reference: 'numbers', level: 0 } }),
      p('Plans are clear.', { numbering: { reference: 'numbers', level: 0 } }),
      p('The experiences and progress of children in care: good', { heading: HeadingLevel.HEADING_2 }),
      p('Children live in stable homes.', { numbering: { reference: 'numbers', level: 0 } }),
    ]);
    const { text, warnings } = await importDocx(bytes);
    expect(text).toContain(
      'ilacs: short-inspection\nlocal_authority: Rutland\ndates: 2025-03-03 to 2025-03-07\nlead_inspector: Sam Example, His Majesty’s Inspector\n',
    );
    expect(text).toContain(
      "# Inspection of Rutland local authority children's services\n\n| Judgement | Grade |\n| --- | --- |\n| The impact of leaders on social work practice with children and families | Good |",
    );
    expect(text).toContain('## What needs to improve?\n\n- The recording of supervision.\n');
    expect(text).toContain(
      '1. Families get help quickly.\n\n2. Plans are clear.\n\n## The experiences and progress of children in care: good\n\n3. Children live in stable homes.\n',
    );
    const previous = warnings.find((w) => w.code === 'previous-missing')!;
    expect(previous.message).toContain('November 2021, judged good');
    expect(text.split('\n')[previous.line! - 1]).toMatch(/^# previous:/);
    expect(lintText(text).diagnostics.filter((d) => d.ruleId === 'paragraph-numbering')).toEqual([]);
  });

  it('keeps an author’s slip for the linter to report instead of correcting it (a typed number out of sequence)', async () => {
    const bytes = await wordDocument([
      p('Inspection of Rutland local authority children’s services', { heading: HeadingLevel.TITLE }),
      p('Inspection dates: 3 to 7 March 2025'),
      p('The experiences and progress of children who need help and protection: Good', { heading: HeadingLevel.HEADING_2 }),
      p('1. Families get help quickly.'),
      p('3. Plans are clear.'),
    ]);
    const { text } = await importDocx(bytes);
    expect(text).toContain('## The experiences and progress of children who need help and protection: Good\n');
    expect(text).toContain('1. Families get help quickly.\n\n3. Plans are clear.\n');
    const rules = lintText(text).diagnostics.map((d) => d.ruleId);
    expect(rules).toContain('paragraph-numbering');
    expect(rules).toContain('grade-case');
  });

  it('takes a letter’s frame off: date, salutation, valediction and signature become front matter', async () => {
    const bytes = await wordDocument([
      p('10 July 2024'),
      p('Dear Director'),
      new Paragraph({ children: [new TextRun({ text: 'Focused visit to Rutland children’s services', bold: true })] }),
      p('This letter summarises the findings of the focused visit to Rutland children’s services on 11 and 12 June 2024.'),
      p('Inspectors looked at the local authority’s arrangements for care leavers.'),
      p('Headline findings', { heading: HeadingLevel.HEADING_2 }),
      p('Advisers know young people well.'),
      p('Yours sincerely'),
      p('Sam Example'),
      p('His Majesty’s Inspector'),
    ]);
    const { text } = await importDocx(bytes);
    expect(text).toContain(
      'ilacs: focused-visit\nlocal_authority: Rutland\ndates: 2024-06-11 to 2024-06-12\nlead_inspector: Sam Example, His Majesty’s Inspector\nfocus: care leavers\n',
    );
    expect(text).toContain('published: 2024-07-10\n');
    expect(text).toContain("# Focused visit to Rutland children's services\n\nThis letter summarises");
    expect(text).not.toMatch(/Dear Director|Yours sincerely/);
    expect(text.trimEnd().endsWith('Advisers know young people well.')).toBe(true);
  });

  it('follows the text where an exported document was edited in Word, keeps the rest of the carried front matter, and says so', async () => {
    const carried =
      '# our draft\nilacs: short-inspection\nlocal_authority: Rutland\ndates: 2025-03-03 to 2025-03-07\nprevious:\n  type: short-inspection\n  dates: 2021-11-15 to 2021-11-19\n  overall_effectiveness: good\n';
    const children = (dates: string) => [
      p('Inspection of Rutland local authority children’s services', { heading: HeadingLevel.TITLE }),
      p(`Inspection dates: ${dates}`),
      p('Services are good.'),
    ];
    const untouched = await importDocx(await wordDocument(children('3 to 7 March 2025'), carried));
    expect(untouched.text).toBe(
      `---\n${carried}---\n\n# Inspection of Rutland local authority children's services\n\nServices are good.\n`,
    );
    expect(untouched.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
    const edited = await importDocx(await wordDocument(children('10 to 14 March 2025'), carried));
    expect(edited.text).toContain(
      '# our draft\nilacs: short-inspection\nlocal_authority: Rutland\ndates: 2025-03-10 to 2025-03-14\nprevious:\n',
    );
    expect(edited.warnings.filter((w) => w.severity === 'warning').map((w) => w.code)).toEqual(['front-matter-from-text']);
    expect(edited.warnings.find((w) => w.code === 'front-matter-from-text')!.message).toContain(
      '"2025-03-10 to 2025-03-14" where the front matter it carries says "2025-03-03 to 2025-03-07"',
    );
  });

  it('fills "previous" in when the document prints the last inspection’s days on site', async () => {
    const bytes = await wordDocument([
      p('Inspection of Rutland local authority children’s services', { heading: HeadingLevel.TITLE }),
      p('Inspection dates: 3 to 7 March 2025'),
      p('At the last inspection in October 2021 (4 to 15 October 2021), services were judged to be good.'),
    ]);
    const { text, warnings } = await importDocx(bytes);
    expect(text).toContain('previous:\n  type: standard-inspection\n  dates: 2021-10-04 to 2021-10-15\n  overall_effectiveness: good\n');
    expect(warnings.map((w) => w.code)).not.toContain('previous-missing');
  });

  it('says what it could not find, on the line to fill in', async () => {
    const bytes = await wordDocument([p('Notes for the team'), p('Nothing here names an authority or a visit.')]);
    const { text, warnings } = await importDocx(bytes);
    const codes = warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['type-unknown', 'authority-unknown', 'dates-missing']));
    for (const w of warnings.filter((w) => w.severity === 'warning')) expect(w.line).toBeGreaterThan(0);
    expect(text).toContain('Nothing here names an authority or a visit.');
  });
});
