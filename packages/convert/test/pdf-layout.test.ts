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
  doc.font('Helvetica').text('This letter summarises the findings of the third monitoring visit to Rutland children’s services on 7 and 8 February 2023, since the local authority was judged inadequate.', 72, 340, { width: 450 });
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
    expect(text).toContain('ilacs: monitoring-visit\nlocal_authority: Rutland\ndates: 2023-02-07 to 2023-02-08\nlead_inspector: Sam Example, His Majesty’s Inspector\nvisit_number: 3\n');
    expect(text).toContain('published: 2023-03-03');
    expect(text).toContain("# Monitoring visit to Rutland children's services\n\nThis letter summarises");
    expect(text).toContain('## Areas covered by the visit\n\nInspectors reviewed');
    expect(text).toContain('## Headline findings\n\nLeaders have made steady progress');
    expect(text).toContain('## Findings and progress\n\nManagers now check every plan within a week.\n');
    // The paragraph that runs over the page break is one paragraph, whole.
    const paragraph = text.split('\n').find((l) => l.startsWith('Leaders have made'))!;
    expect(paragraph.split('steady progress').length - 1).toBe(28);
    for (const gone of ['Example Street', 'County Hall', 'Dear Director', 'Yours sincerely', 'A note on the method']) expect(text).not.toContain(gone);
    expect(text).not.toMatch(/^\d+$/m);
    expect(warnings.map((w) => w.code)).toContain('removed-footnote');
  });
});
