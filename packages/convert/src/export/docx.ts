import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import { readDraftDocument, type DocBlock, type DraftDocument, type Inline } from '../draft/read-draft.js';
import type { ConvertWarning } from '../errors.js';
import { letterFrame, runningFooter, titleBlock } from './published-layout.js';

/** The name of the custom document property that carries the draft's front matter, for a faithful import. */
export const frontMatterProperty = 'ilacs-front-matter';

export interface ExportResult {
  bytes: Uint8Array;
  warnings: ConvertWarning[];
}

const font = 'Tahoma';
const bulletReference = 'ilacs-bullets';
const bodySize = 24; // half-points: 12 pt, as Ofsted prints
const squareBullet = '\u25AA';

function runs(inlines: readonly Inline[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  return inlines.map((inline) => {
    const run = new TextRun({
      text: inline.text,
      ...(inline.bold || extra.bold ? { bold: true } : {}),
      ...(inline.italic ? { italics: true } : {}),
      ...(inline.code ? { font: 'Courier New' } : {}),
    });
    return inline.link ? new ExternalHyperlink({ link: inline.link, children: [run] }) : run;
  });
}

/**
 * Numbered paragraphs keep the numbers the draft gives them: a run of consecutive numbers is one
 * Word list, and a number that does not follow on starts a new list at that number (so a slip in
 * the draft is exported as written, for the linter to report, not silently renumbered).
 */
class ParagraphNumbering {
  readonly configs: INumberingOptions['config'][number][] = [];
  private current?: { reference: string; next: number };

  referenceFor(number: number): string {
    if (this.current && this.current.next === number) {
      this.current.next++;
      return this.current.reference;
    }
    const reference = `ilacs-paragraphs-${this.configs.length}`;
    this.configs.push({
      reference,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          start: number,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 720 } } },
        },
      ],
    });
    this.current = { reference, next: number + 1 };
    return reference;
  }
}

function tableOf(block: Extract<DocBlock, { kind: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  const cell = (inlines: Inline[], header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: runs(inlines, { bold: header }), spacing: { before: 80, after: 80 } })],
      borders: { top: border, bottom: border, left: border, right: border },
      margins: { left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(block.judgements ? { columnWidths: [5400, 3600] } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: block.header.map((_, i) => cell(row[i] ?? [], false)) })),
    ],
  });
}

function bodyChildren(doc: DraftDocument, numbering: ParagraphNumbering): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(
          new Paragraph({ heading: block.level <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: runs(block.inlines) }),
        );
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: runs(block.inlines), ...(block.depth ? { indent: { left: 720 * block.depth } } : {}) }));
        break;
      case 'item':
        if (block.ordered && block.depth === 0 && block.number !== undefined) {
          children.push(
            new Paragraph({ children: runs(block.inlines), numbering: { reference: numbering.referenceFor(block.number), level: 0 } }),
          );
        } else if (block.ordered) {
          children.push(
            new Paragraph({
              children: [new TextRun(`${block.number ?? 1}. `), ...runs(block.inlines)],
              indent: { left: 720 * (block.depth + 1), hanging: 360 },
            }),
          );
        } else {
          children.push(
            new Paragraph({ children: runs(block.inlines), numbering: { reference: bulletReference, level: Math.min(block.depth, 2) } }),
          );
        }
        break;
      case 'table':
        children.push(tableOf(block), new Paragraph({ children: [] }));
        break;
      case 'code':
        for (const line of block.text.split('\n'))
          children.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New' })] }));
        break;
      case 'rule':
        children.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999' } } }));
        break;
    }
  }
  return children;
}

/** Exports a draft as a Word document in Ofsted's published layout, with real styles, table and numbering. */
export async function exportDocx(text: string): Promise<ExportResult> {
  const doc = readDraftDocument(text);
  const warnings: ConvertWarning[] = [];
  const numbering = new ParagraphNumbering();
  const children: (Paragraph | Table)[] = [];
  if (doc.kind === 'letter') {
    const frame = letterFrame(doc);
    if (frame.date) children.push(new Paragraph({ children: [new TextRun(frame.date)], spacing: { after: 480 } }));
    if (doc.title) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }));
    children.push(...bodyChildren(doc, numbering));
    children.push(new Paragraph({ children: [new TextRun(frame.valediction)], spacing: { before: 240, after: 720 } }));
    for (const line of frame.signature) children.push(new Paragraph({ children: [new TextRun(line)], spacing: { after: 0 } }));
  } else {
    const block = titleBlock(doc);
    if (block.title) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.title)] }));
    for (const line of [block.dates, block.leadInspector]) {
      if (line) children.push(new Paragraph({ children: [new TextRun({ text: `${line.label}: `, bold: true }), new TextRun(line.value)] }));
    }
    children.push(...bodyChildren(doc, numbering));
  }
  if (!doc.title)
    warnings.push({
      code: 'no-title',
      severity: 'warning',
      message: 'The draft has no "# " title: the document starts without one.',
      line: 1,
    });

  const footerLines = doc.kind === 'report' ? runningFooter(doc) : [];
  const document = new Document({
    creator: 'ILACS draft tools',
    title: doc.title ?? '',
    customProperties: [{ name: frontMatterProperty, value: doc.frontMatterText }],
    styles: {
      default: { document: { run: { font, size: bodySize }, paragraph: { spacing: { after: 240, line: 290 } } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font, size: 52 }, paragraph: { spacing: { after: 360 } } },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font, size: 28, bold: true },
          paragraph: { spacing: { before: 360, after: 240 }, keepNext: true },
        },
        {
          id: 'Heading3',
          name: 'Heading 3',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font, size: bodySize, bold: true },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: bulletReference,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 0 ? squareBullet : '\u2212',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
          })),
        },
        ...numbering.configs,
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1418 } } },
        footers: {
          default: new Footer({
            children: [
              ...footerLines.map(
                (line) => new Paragraph({ children: [new TextRun({ text: line, bold: true, size: 16 })], spacing: { after: 0 } }),
              ),
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT], size: 20 })] }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return { bytes: new Uint8Array(await Packer.toArrayBuffer(document)), warnings };
}
