import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { ConvertError, exportDocx, exportHtml, exportPdf, importDocx, importPdf } from '../src/index.js';

/** A PDF made here with pdfkit: `draw` puts whatever the case needs on one page. */
function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  draw(doc);
  doc.end();
  return done;
}

async function rejection(promise: Promise<unknown>): Promise<ConvertError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConvertError);
  return error as ConvertError;
}

describe('bad input gets a clear error, never a crash', () => {
  it('a file that is not a PDF', async () => {
    const error = await rejection(importPdf(new TextEncoder().encode('Dear colleague, this is a text file.')));
    expect(error.code).toBe('not-pdf');
  });

  it('a PDF that needs a password', async () => {
    const bytes = await pdf((doc) => doc.text('Protected words.'), {
      userPassword: 'secret',
      ownerPassword: 'owner',
    } as PDFKit.PDFDocumentOptions);
    const error = await rejection(importPdf(bytes));
    expect(error.code).toBe('pdf-encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('a scanned (image-only) PDF, located at its first page', async () => {
    const bytes = await pdf((doc) => doc.rect(50, 50, 400, 600).fill('#777777'));
    const error = await rejection(importPdf(bytes));
    expect(error.code).toBe('pdf-no-text');
    expect(error.location.page).toBe(1);
    expect(error.message).toMatch(/OCR/);
  });

  it('a truncated PDF is either read as far as it goes or refused, never thrown past', async () => {
    const whole = await pdf((doc) => doc.text('Some words on a page. '.repeat(80)));
    const half = whole.slice(0, Math.floor(whole.length / 2));
    const outcome = await importPdf(half).then(
      (r) => r.text,
      (e: unknown) => e,
    );
    if (typeof outcome !== 'string') expect(outcome).toBeInstanceOf(ConvertError);
  });

  it('a .docx that is not a zip package, one that is damaged, and a zip without a document', async () => {
    expect((await rejection(importDocx(new TextEncoder().encode('{\\rtf1 not a docx}')))).code).toBe('not-docx');
    const damaged = new Uint8Array(400).fill(7);
    damaged.set([0x50, 0x4b, 0x03, 0x04]);
    expect((await rejection(importDocx(damaged))).code).toBe('docx-corrupt');
    const noDocument = zipSync({ 'notes.txt': strToU8('hello') });
    expect((await rejection(importDocx(noDocument))).code).toBe('docx-corrupt');
  });

  it('a draft that does not parse is located by line and column for every export', async () => {
    const broken = '---\nilacs: short-inspection\ndates: [2025-01-01\n---\n\n# Title\n';
    for (const run of [(): unknown => exportHtml(broken), (): unknown => exportDocx(broken), (): unknown => exportPdf(broken)]) {
      const error = await rejection(Promise.resolve().then(run));
      expect(error.code).toBe('draft-unreadable');
      expect(error.location.line).toBeGreaterThanOrEqual(3);
      expect(error.location.column).toBeGreaterThan(0);
    }
    const plain = await rejection(Promise.resolve().then(() => exportHtml('# Just notes\n')));
    expect(plain.code).toBe('not-a-draft');
    expect(plain.location).toEqual({ line: 1, column: 1 });
  });

  it('characters the PDF fonts cannot print are reported on their line, not dropped silently', async () => {
    const text = readFileSync(new URL('./fixtures/letter.md', import.meta.url), 'utf8').replace(
      'Advisers keep in regular contact',
      'Advisers ✓ keep in regular contact',
    );
    const { warnings } = await exportPdf(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.code).toBe('pdf-unprintable-character');
    expect(text.split('\n')[warnings[0]!.line! - 1]).toContain('✓');
  });
});
