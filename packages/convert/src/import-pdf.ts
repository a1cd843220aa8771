import type { ConvertWarning } from './errors.js';
import { writeDraft } from './draft/write-draft.js';
import { recogniseDraft } from './ofsted/recognise.js';
import { readPdfBlocks } from './pdf/read-blocks.js';

export interface ImportResult {
  /** The draft: YAML front matter and Markdown. */
  text: string;
  /** What the author should check, each with its line in `text` and where it came from in the input. */
  warnings: ConvertWarning[];
}

/**
 * Imports one of Ofsted's published ILACS PDFs (an inspection report or a focused-visit or
 * monitoring-visit letter) as a draft. Throws a {@link ConvertError} for input that is not a readable
 * PDF with text.
 */
export async function importPdf(bytes: Uint8Array): Promise<ImportResult> {
  const pdf = await readPdfBlocks(bytes);
  const recognised = recogniseDraft(pdf.blocks, { origin: 'published' });
  const written = writeDraft(recognised);
  const removed = new Map<string, number[]>();
  for (const item of pdf.removed) {
    const pages = removed.get(item.kind) ?? [];
    if (!pages.includes(item.page)) pages.push(item.page);
    removed.set(item.kind, pages);
  }
  const notes: ConvertWarning[] = [...removed].map(([kind, pages]) => ({
    code: `removed-${kind}`,
    severity: 'info',
    message: `Removed ${kind.replace('-', ' ')}${pages.length > 1 ? 's' : ''} on page${pages.length > 1 ? 's' : ''} ${pages.join(', ')}.`,
    source: { page: pages[0]! },
  }));
  return { text: written.text, warnings: [...written.warnings, ...notes] };
}
