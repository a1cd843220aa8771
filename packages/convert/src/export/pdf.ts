import { readDraftDocument, type DocBlock, type DraftDocument, type Inline } from '../draft/read-draft.js';
import type { ConvertWarning } from '../errors.js';
import type { ExportResult } from './docx.js';
import { letterFrame, runningFooter, titleBlock } from './published-layout.js';

type PdfKit = PDFKit.PDFDocument;

/** Characters of the standard PDF fonts' encoding (WinAnsi) beyond Latin-1. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
/** Close equivalents for characters the standard fonts lack, so nothing prints as a blank box. */
const substitutes: Record<string, string> = {
  '−': '-',
  '‐': '-',
  '‑': '-',
  '◼': '•',
  '▪': '•',
  '■': '•',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '≥': '>=',
  '≤': '<=',
  '→': '->',
};

const page = { width: 595.28, height: 841.89 };
const margin = { left: 71, right: 71, top: 72, bottom: 86 };
const contentWidth = page.width - margin.left - margin.right;
const body = 12;
const lineGap = 2.5;

/** Loads pdfkit on first use: its browser build registers the standard fonts from data modules, its Node build from files. */
interface PdfKitModule {
  default: new (options?: PDFKit.PDFDocumentOptions) => PdfKit;
  registerStdFonts?: (...fonts: unknown[]) => void;
}

async function loadPdfKit(): Promise<PdfKitModule> {
  const pdfkit = (await import('pdfkit')) as unknown as PdfKitModule;
  if (typeof pdfkit.registerStdFonts === 'function') {
    const fonts = await Promise.all([
      import('pdfkit/standard-fonts/Helvetica'),
      import('pdfkit/standard-fonts/HelveticaBold'),
      import('pdfkit/standard-fonts/HelveticaOblique'),
      import('pdfkit/standard-fonts/HelveticaBoldOblique'),
    ]);
    pdfkit.registerStdFonts(...fonts.map((f) => (f as { default: unknown }).default));
  }
  return pdfkit;
}

class PdfWriter {
  readonly unprintable = new Map<string, number>();
  private line = 0;

  constructor(readonly doc: PdfKit) {}

  /** Text the standard fonts can print, with the line it came from remembered for a warning. */
  printable(text: string, line: number): string {
    let out = '';
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || winAnsiExtras.has(ch)) out += ch;
      else if (substitutes[ch] !== undefined) out += substitutes[ch];
      else if (ch === '\t' || ch === '\n') out += ' ';
      else {
        out += '?';
        if (!this.unprintable.has(ch)) this.unprintable.set(ch, line);
      }
    }
    return out;
  }

  ensureSpace(height: number): void {
    if (this.doc.y + height > page.height - margin.bottom) this.doc.addPage();
  }

  /** One paragraph of runs, wrapped to the width, starting at x. */
  runs(
    inlines: readonly Inline[],
    line: number,
    options: { x?: number; width?: number; size?: number; bold?: boolean; after?: number } = {},
  ): void {
    this.line = line;
    const doc = this.doc;
    const x = options.x ?? margin.left;
    const width = options.width ?? contentWidth - (x - margin.left);
    const size = options.size ?? body;
    const parts = inlines.length ? inlines : [{ text: '' }];
    doc.fontSize(size);
    parts.forEach((part, index) => {
      const bold = options.bold || part.bold;
      doc.font(bold && part.italic ? 'Helvetica-BoldOblique' : bold ? 'Helvetica-Bold' : part.italic ? 'Helvetica-Oblique' : 'Helvetica');
      const text = this.printable(part.text, this.line);
      const settings = { width, lineGap, continued: index < parts.length - 1, ...(part.link ? { link: part.link, underline: true } : {}) };
      if (index === 0) doc.text(text, x, doc.y, settings);
      else doc.text(text, settings);
    });
    doc.x = margin.left;
    doc.y += options.after ?? size;
  }

  heightOf(inlines: readonly Inline[], width: number, size: number, bold = false): number {
    this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    return this.doc.heightOfString(this.printable(inlines.map((i) => i.text).join(''), this.line) || ' ', { width, lineGap });
  }
}

function drawTable(writer: PdfWriter, block: Extract<DocBlock, { kind: 'table' }>): void {
  const doc = writer.doc;
  const columns = Math.max(block.header.length, 1);
  const widths =
    block.judgements && columns === 2
      ? [contentWidth * 0.58, contentWidth * 0.42]
      : Array.from({ length: columns }, () => contentWidth / columns);
  const pad = 6;
  const rows = [block.header, ...block.rows];
  rows.forEach((row, r) => {
    const bold = r === 0;
    const heights = widths.map((w, c) => writer.heightOf(row[c] ?? [], w - 2 * pad, body, bold));
    const height = Math.max(...heights) + 2 * pad;
    writer.ensureSpace(height);
    const top = doc.y;
    let x = margin.left;
    widths.forEach((w, c) => {
      doc.lineWidth(0.5).strokeColor('#999999').rect(x, top, w, height).stroke();
      doc.y = top + pad;
      writer.runs(row[c] ?? [], block.line, { x: x + pad, width: w - 2 * pad, bold, after: 0 });
      x += w;
    });
    doc.x = margin.left;
    doc.y = top + height;
  });
  doc.y += body;
}

function drawBlocks(writer: PdfWriter, doc: DraftDocument): void {
  const pdf = writer.doc;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading': {
        const size = block.level <= 2 ? 14 : body;
        writer.ensureSpace(writer.heightOf(block.inlines, contentWidth, size, true) + 3 * body * 1.25);
        pdf.y += block.level <= 2 ? 6 : 2;
        writer.runs(block.inlines, block.line, { size, bold: true, after: 8 });
        break;
      }
      case 'paragraph':
        writer.ensureSpace(2 * body * 1.25);
        writer.runs(block.inlines, block.line, { x: margin.left + 28 * block.depth });
        break;
      case 'item': {
        const indent = block.ordered && block.depth === 0 ? 28 : 18 * (block.depth + 1);
        const markX = margin.left + (block.ordered && block.depth === 0 ? 0 : 18 * block.depth);
        writer.ensureSpace(2 * body * 1.25);
        const top = pdf.y;
        pdf.font('Helvetica').fontSize(body);
        if (block.ordered) pdf.text(`${block.number ?? 1}.`, markX, top, { lineBreak: false });
        else pdf.text(block.depth === 0 ? '•' : '-', markX, top, { lineBreak: false });
        pdf.y = top;
        writer.runs(block.inlines, block.line, { x: margin.left + indent, after: block.ordered ? body : body * 0.6 });
        break;
      }
      case 'table':
        drawTable(writer, block);
        break;
      case 'code':
        pdf.font('Courier').fontSize(10).text(writer.printable(block.text, block.line), margin.left, pdf.y, { width: contentWidth });
        pdf.y += body;
        break;
      case 'rule':
        pdf
          .moveTo(margin.left, pdf.y)
          .lineTo(page.width - margin.right, pdf.y)
          .lineWidth(0.5)
          .strokeColor('#999999')
          .stroke();
        pdf.y += body;
        break;
    }
  }
}

/**
 * Exports a draft as a PDF in Ofsted's published layout, without a browser: pdfkit lays the text out
 * with the standard Helvetica fonts (metrics of Arial, close to Ofsted's Tahoma). A report has its
 * title block, judgement table and running footer; a letter its date and signature.
 */
export async function exportPdf(text: string): Promise<ExportResult> {
  const doc = readDraftDocument(text);
  const { default: PDFDocument } = await loadPdfKit();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: doc.title ?? 'ILACS draft', Creator: 'ILACS draft tools' },
    lang: 'en-GB',
    displayTitle: true,
  } as PDFKit.PDFDocumentOptions);
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  const writer = new PdfWriter(pdf);
  const title = [{ text: doc.title ?? '' }];
  if (doc.kind === 'letter') {
    const frame = letterFrame(doc);
    if (frame.date) writer.runs([{ text: frame.date }], 1, { after: 24 });
    if (doc.title) writer.runs(title, 1, { bold: true, after: 14 });
    drawBlocks(writer, doc);
    writer.ensureSpace(6 * body);
    writer.runs([{ text: frame.valediction }], 1, { after: 40 });
    for (const line of frame.signature) writer.runs([{ text: line }], 1, { after: 2 });
  } else {
    const block = titleBlock(doc);
    if (block.title) writer.runs(title, 1, { size: 26, after: 16 });
    for (const line of [block.dates, block.leadInspector]) {
      if (line) writer.runs([{ text: `${line.label}: `, bold: true }, { text: line.value }], 1, { after: 10 });
    }
    pdf.y += 8;
    drawBlocks(writer, doc);
  }

  // Ofsted's running footer (a report's title and days on site) and the page number, on every page.
  const footer = doc.kind === 'report' ? runningFooter(doc) : [];
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    footer.forEach((line, i) => {
      pdf
        .font('Helvetica-Bold')
        .fontSize(8)
        .text(writer.printable(line, 1), margin.left, page.height - 52 + i * 10, { lineBreak: false });
    });
    pdf
      .font('Helvetica')
      .fontSize(14)
      .text(String(index + 1), page.width - margin.right - 40, page.height - 50, { width: 40, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  await finished;

  const warnings: ConvertWarning[] = [...writer.unprintable].map(([ch, line]) => ({
    code: 'pdf-unprintable-character',
    severity: 'warning',
    message: `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) cannot be printed in the PDF's standard fonts: it shows as "?". Export to Word for this document, or write the character another way.`,
    line,
  }));
  const length = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, warnings };
}
