import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../src/index.js';

/**
 * A letter laid out here the way Ofsted lays out its letters (letterhead, date, address, salutation,
 * bold title, text running over a page break, a footnote, page numbers, signature), in made-up words:
 * the importer must recognise it by its structure, not by any sample's sentences.
 */
function letter(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 120, left: 72, right: 72 }, bufferPages: true });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.font('Helvetica').fontSize(9).text('Inspection office', 72, 60).text('1 Example Street').text('Sometown');
  doc.fontSize(12).text('3 March 2023', 72, 160);
  doc.text('The Director of Children’s Services', 72, 200).text('County Hall').text('Oakham');
  doc.text('Dear Director', 72, 280);
  doc.font('Helvetica-Bold').text('Monitoring visit to Rutland children’s services', 72, 310);
  doc
    .font('Helvetica')
    .text(
      'This letter summarises the findings of the third monitoring visit to Rutland children’s services on 7 and 8 February 2023, since the local authority was judged inadequate.',
      72,
      340,
      { width: 450 },
    );
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Areas covered by the visit');
  doc.moveDown(0.5);
  doc.font('Helvetica').text('Inspectors reviewed the response to children at risk of harm.', { width: 450 });
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Headline findings');
  doc.moveDown(0.5);
  const sentence = 'Leaders have made steady progress since the last visit and understand what remains to be done. ';
  doc.font('Helvetica').text(sentence.repeat(28).trim(), { width: 450 });
  doc.moveDown();
  doc.font('Helvetica-Bold').text('Findings and progress');
  doc.moveDown(0.5);
  doc.font('Helvetica').text('Managers now check every plan within a week.', { width: 450 });
  doc.moveDown();
  doc.text('Yours sincerely');
  doc.moveDown(2);
  doc.text('Sam Example').text('His Majesty’s Inspector');
  // A footnote at the foot of page 1, and page numbers on every page.
  doc.switchToPage(0);
  doc.fontSize(6.5).text('1', 72, 745, { lineBreak: false });
  doc.fontSize(10).text('A note on the method used.', 78, 748, { lineBreak: false });
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.fontSize(12).text(String(i + 1), 500, 800, { lineBreak: false });
  }
  doc.end();
  return done;
}

describe('a monitoring-visit letter laid out from scratch', () => {
  it('is recognised by its structure: type, authority, days, visit number, signature, date; frame, footnote and page numbers removed', async () => {
    const { text, warnings } = await importPdf(await letter());
    expect(text).toContain(
      'ilacs: monitoring-visit\nlocal_authority: Rutland\ndates: 2023-02-07 to 2023-02-08\nlead_inspector: Sam Example, His Majesty’s Inspector\nvisit_number: 3\n',
    );
    expect(text).toContain('published: 2023-03-03');
    expect(text).toContain("# Monitoring visit to Rutland children's services\n\nThis letter summarises");
    expect(text).toContain('## Areas covered by the visit\n\nInspectors reviewed');
    expect(text).toContain('## Headline findings\n\nLeaders have made steady progress');
    expect(text).toContain('## Findings and progress\n\nManagers now check every plan within a week.\n');
    // The paragraph that runs over the page break is one paragraph, whole.
    const paragraph = text.split('\n').find((l) => l.startsWith('Leaders have made'))!;
    expect(paragraph.split('steady progress').length - 1).toBe(28);
    for (const gone of ['Example Street', 'County Hall', 'Dear Director', 'Yours sincerely', 'A note on the method'])
      expect(text).not.toContain(gone);
    expect(text).not.toMatch(/^\d+$/m);
    expect(warnings.map((w) => w.code)).toContain('removed-footnote');
  });
});

/** A short report laid out from scratch, with the improvement bullets' squares drawn as shapes, not letters. */
function report(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 100, left: 72, right: 72 }, bufferPages: true });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.font('Helvetica').fontSize(26).text('Inspection of Rutland local authority children’s services', 72, 70, { width: 420 });
  doc.moveDown(0.5);
  doc.fontSize(12).font('Helvetica-Bold').text('Inspection dates: ', { continued: true }).font('Helvetica').text('3 to 7 March 2025');
  doc.moveDown(1.5);
  const rows: [string, string][] = [
    ['Judgement', 'Grade'],
    ['The impact of leaders on social work practice with children and families', 'Good'],
    ['The experiences and progress of children who need help and protection', 'Good'],
    ['The experiences and progress of children in care', 'Good'],
    ['The experiences and progress of care leavers', 'Good'],
    ['Overall effectiveness', 'Good'],
  ];
  for (const [index, [label, grade]] of rows.entries()) {
    const top = doc.y;
    doc.font(index === 0 ? 'Helvetica-Bold' : 'Helvetica').text(label, 78, top, { width: 220 });
    const bottom = doc.y;
    doc.text(grade, 320, top, { width: 180 });
    doc.y = Math.max(bottom, doc.y) + 12;
  }
  doc
    .font('Helvetica')
    .text('Services have stayed good. Leaders know their teams well and plan carefully for the future.', 72, doc.y, { width: 450 });
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(14).text('What needs to improve?');
  doc.moveDown(0.5);
  for (const item of ['The timeliness of plans for permanence.', 'The recording of supervision.']) {
    const top = doc.y;
    doc.rect(74, top + 3, 6, 6).fill('#000000');
    doc.fillColor('#000000').font('Helvetica').fontSize(12).text(item, 90, top, { width: 430 });
    doc.moveDown(0.6);
  }
  doc.moveDown();
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text('The experiences and progress of children who need help and protection: good', 72, doc.y, { width: 450 });
  doc.moveDown(0.5);
  for (const [n, text] of [
    [1, 'Families are helped quickly and their plans are clear.'],
    [2, 'Children are seen alone and their views shape what happens next.'],
  ] as const) {
    const top = doc.y;
    doc.font('Helvetica').fontSize(12).text(`${n}.`, 72, top, { lineBreak: false });
    doc.text(text, 100, top, { width: 420 });
    doc.moveDown();
  }
  doc.end();
  return done;
}

describe('a report laid out from scratch', () => {
  it('reads the title block, the table, drawn bullets and numbered paragraphs', async () => {
    const { text } = await importPdf(await report());
    expect(text).toContain('ilacs: short-inspection\nlocal_authority: Rutland\ndates: 2025-03-03 to 2025-03-07\n');
    expect(text).toContain(
      '| The experiences and progress of children in care | Good |\n| The experiences and progress of care leavers | Good |\n| Overall effectiveness | Good |',
    );
    expect(text).toContain('## What needs to improve?\n\n- The timeliness of plans for permanence.\n- The recording of supervision.\n');
    expect(text).toContain('1. Families are helped quickly and their plans are clear.\n\n2. Children are seen alone');
  });
});

/** A letter with no bold font at all and paragraph numbers set in the text with a hanging indent. */
function plainLetter(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 100, left: 72, right: 72 } });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  doc.font('Helvetica').fontSize(12);
  doc.text('Focused visit to Rutland children’s services', 72, 80);
  doc.moveDown();
  doc.text('This letter summarises the findings of the focused visit to Rutland children’s services on 11 and 12 June 2024.', {
    width: 450,
  });
  doc.moveDown();
  doc.text('Inspectors looked at the local authority’s arrangements for children in care.', { width: 450 });
  doc.moveDown();
  doc.text('Main findings');
  doc.moveDown();
  for (const [n, text] of [
    [
      1,
      'Children live in homes that meet their needs, and most have lived with the same carers for a long time, which helps them to feel settled and safe.',
    ],
    [2, 'Social workers visit often and know the children well.'],
  ] as const) {
    doc.text(`${n}. ${text}`, 100, doc.y, { width: 420, indent: -28 });
    doc.moveDown();
  }
  doc.end();
  return done;
}

describe('a letter without a bold font', () => {
  it('finds its sections by their words and its numbered paragraphs by their hanging indent', async () => {
    const { text } = await importPdf(await plainLetter());
    expect(text).toContain('focus: children in care\n');
    expect(text).toContain(
      '## Main findings\n\n1. Children live in homes that meet their needs, and most have lived with the same carers for a long time, which helps them to feel settled and safe.\n\n2. Social workers',
    );
  });
});
