import type { Line } from './lines.js';

/** What was taken off the pages, for the conversion notes. */
export interface RemovedFurniture {
  kind: 'back-page' | 'running-header' | 'running-footer' | 'page-number' | 'footnote';
  page: number;
  text: string;
}

/** The share of the page height, at the top and at the bottom, where running headers and footers live. */
const marginBand = 0.12;

const pageNumberPattern = /^(page\s+)?\d{1,3}(\s+of\s+\d{1,3})?$/i;

/** Text with its numbers blanked, so that "Page 2" and "Page 3", or each page's footer, compare equal. */
const furnitureKey = (line: Line) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase()}`;

const inBand = (line: Line) => line.y < line.pageHeight * marginBand || line.y > line.pageHeight * (1 - marginBand);

/**
 * Ofsted's back page: the standard closing page of every report ("The Office for Standards in Education,
 * Children's Services and Skills (Ofsted) regulates and inspects...", the Open Government Licence and
 * "© Crown copyright"). Found by that boilerplate, never on the first page.
 */
function isBackPage(lines: readonly Line[]): boolean {
  const text = lines
    .map((l) => l.text)
    .join(' ')
    .toLowerCase()
    .replace(/’/g, "'");
  return (
    text.includes('crown copyright') &&
    (text.includes('open government licence') || text.includes("children's services and skills (ofsted)"))
  );
}

/**
 * Removes page furniture: the back page and anything after it, running headers and footers (lines in
 * the top or bottom margin repeated on two or more pages, numbers aside), page numbers, and footnotes
 * (smaller text at the foot of a page that starts with its number).
 */
export function removeFurniture(pages: Line[][], bodySize: number): { pages: Line[][]; removed: RemovedFurniture[] } {
  const removed: RemovedFurniture[] = [];
  let kept = pages;
  const back = pages.findIndex((lines, index) => index > 0 && isBackPage(lines));
  if (back > 0) {
    for (const lines of pages.slice(back)) {
      if (lines[0])
        removed.push({
          kind: 'back-page',
          page: lines[0].page,
          text: lines
            .map((l) => l.text)
            .join(' ')
            .slice(0, 80),
        });
    }
    kept = pages.slice(0, back);
  }

  const pagesWithKey = new Map<string, Set<number>>();
  for (const lines of kept) {
    for (const line of lines) {
      if (!inBand(line)) continue;
      const key = furnitureKey(line);
      let set = pagesWithKey.get(key);
      if (!set) pagesWithKey.set(key, (set = new Set()));
      set.add(line.page);
    }
  }
  const result = kept.map((lines) => {
    const body = lines.filter((line) => {
      if (!inBand(line)) return true;
      const repeated = (pagesWithKey.get(furnitureKey(line))?.size ?? 0) >= 2;
      const pageNumber = pageNumberPattern.test(line.text);
      if (!repeated && !pageNumber) return true;
      const top = line.y > line.pageHeight / 2;
      removed.push({
        kind: pageNumber && !repeated ? 'page-number' : top ? 'running-header' : 'running-footer',
        page: line.page,
        text: line.text,
      });
      return false;
    });
    return removeFootnotes(body, bodySize, removed);
  });
  return { pages: result, removed };
}

/** Footnotes: the run of smaller lines at the foot of the page, the first of which starts with its number. */
function removeFootnotes(lines: Line[], bodySize: number, removed: RemovedFurniture[]): Line[] {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size <= bodySize * 0.9) start--;
  if (start === lines.length || start === 0) return lines;
  // The zone starts at the first line that carries a note number; smaller lines above it stay (a caption).
  let first = start;
  while (first < lines.length && !startsFootnote(lines[first]!)) first++;
  if (first === lines.length) return lines;
  for (const line of lines.slice(first)) removed.push({ kind: 'footnote', page: line.page, text: line.text });
  return lines.slice(0, first);
}

function startsFootnote(line: Line): boolean {
  // A raised number before the first word is the note's own number.
  if (line.footnoteMarks.some((mark) => mark.x < line.x0)) return true;
  return /^\d{1,2}\s+\S/.test(line.text) || /^[*†‡]\s*\S/.test(line.text);
}
