import type { Block } from '../blocks.js';
import { ConvertError } from '../errors.js';
import { removeFurniture, type RemovedFurniture } from './furniture.js';
import { bodyMetrics, layoutBlocks } from './layout.js';
import { dominantSize, pageLines } from './lines.js';
import { readPdfText } from './text-items.js';

export interface PdfBlocks {
  blocks: Block[];
  removed: RemovedFurniture[];
  pageCount: number;
  /** The PDF's creation date (YYYY-MM-DD), when its information dictionary gives one. */
  created?: string;
}

/** Reads a PDF into blocks in reading order, with its page furniture taken off. */
export async function readPdfBlocks(bytes: Uint8Array): Promise<PdfBlocks> {
  const text = await readPdfText(bytes);
  const letters = text.pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.replace(/\s/g, '').length, 0), 0);
  if (text.pages.length === 0) throw new ConvertError('pdf-empty', 'The PDF has no pages.');
  if (letters < 20 * text.pages.length) {
    throw new ConvertError(
      'pdf-no-text',
      `The PDF has almost no text (${letters} characters on ${text.pages.length} page${text.pages.length === 1 ? '' : 's'}): it is probably scanned images. Run it through OCR first, or import the Word document it was made from.`,
      { page: 1 },
    );
  }
  const pages = text.pages.map(pageLines);
  const size = dominantSize(text.pages.flatMap((p) => p.runs));
  const { pages: body, removed } = removeFurniture(pages, size);
  const metrics = bodyMetrics(body, size);
  const created = /^D:(\d{4})(\d{2})(\d{2})/.exec(text.created ?? '');
  return {
    blocks: layoutBlocks(body, metrics),
    removed,
    pageCount: text.pages.length,
    ...(created ? { created: `${created[1]}-${created[2]}-${created[3]}` } : {}),
  };
}
