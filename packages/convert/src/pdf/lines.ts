import type { PageText, TextRun } from './text-items.js';

/** A printed line: runs sharing a baseline, left to right. */
export interface Line {
  page: number;
  pageHeight: number;
  /** Baseline, in points from the bottom of the page. */
  y: number;
  x0: number;
  x1: number;
  /** The size most of its letters are set in. */
  size: number;
  /** Every letter is bold. */
  bold: boolean;
  /** The text, runs joined with a space where the printed gap is one. */
  text: string;
  runs: TextRun[];
  /** Text split where the printed gap is wide (table columns, a bullet and its text). */
  cells: { x: number; x1: number; text: string }[];
  /** Small raised digits or marks: footnote references (or a note's own number), removed from `text`. */
  footnoteMarks: { text: string; x: number }[];
}

const isBlank = (text: string) => text.trim().length === 0;

/** Groups a page's runs into lines, top to bottom, with footnote marks and ordinals ("1st") attached. */
export function pageLines(page: PageText): Line[] {
  const runs = page.runs.filter((r) => r.width > 0 || !isBlank(r.text));
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups.find((g) => Math.abs(g[0]!.y - run.y) <= 0.25 * Math.max(g[0]!.size, run.size));
    if (group) group.push(run);
    else groups.push([run]);
  }
  // Small raised runs sit on a baseline of their own: attach each to the line it is raised above.
  const raised = new Set<TextRun[]>();
  for (const group of groups) {
    const text = group
      .map((r) => r.text)
      .join('')
      .trim();
    if (text.length === 0 || text.length > 3) continue;
    const size = Math.max(...group.map((r) => r.size));
    const host = groups.find(
      (g) =>
        g !== group &&
        !raised.has(g) &&
        g[0]!.y < group[0]!.y &&
        group[0]!.y - g[0]!.y <= 0.7 * g[0]!.size &&
        size < 0.8 * Math.max(...g.map((r) => r.size)),
    );
    if (!host) continue;
    for (const run of group) host.push({ ...run, raised: true } as TextRun & { raised: boolean });
    raised.add(group);
  }
  return groups
    .filter((g) => !raised.has(g))
    .map((g) => buildLine(page, g))
    .filter((l): l is Line => l !== undefined)
    .sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function buildLine(page: PageText, group: TextRun[]): Line | undefined {
  group.sort((a, b) => a.x - b.x);
  const main = group.filter((r) => !(r as { raised?: boolean }).raised);
  if (main.every((r) => isBlank(r.text))) return undefined;
  const size = dominantSize(main);
  const footnoteMarks: Line['footnoteMarks'] = [];
  let text = '';
  const cells: Line['cells'] = [];
  let previousEnd: number | undefined;
  for (const run of group) {
    if ((run as { raised?: boolean }).raised) {
      const mark = run.text.trim();
      // Raised letters are an ordinal's suffix ("21st"), part of the word; raised digits and marks are references.
      if (/^[a-z]+$/i.test(mark)) text += mark;
      else if (mark) footnoteMarks.push({ text: mark, x: run.x });
      continue;
    }
    if (isBlank(run.text)) {
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    const gap = previousEnd === undefined ? 0 : run.x - previousEnd;
    if (previousEnd !== undefined && gap > 2.5 * size) {
      cells.push({ x: run.x, x1: run.x + run.width, text: '' });
      if (!text.endsWith(' ')) text += ' ';
    } else if (previousEnd !== undefined && gap > 0.12 * run.size && !text.endsWith(' ') && !run.text.startsWith(' ')) {
      text += ' ';
    }
    if (cells.length === 0) cells.push({ x: run.x, x1: run.x + run.width, text: '' });
    const cell = cells[cells.length - 1]!;
    cell.text = (
      cell.text +
      (cell.text && gap > 0.12 * run.size && !cell.text.endsWith(' ') && !run.text.startsWith(' ') ? ' ' : '') +
      run.text
    ).replace(/\s+/g, ' ');
    cell.x1 = run.x + run.width;
    text += run.text;
    previousEnd = run.x + run.width;
  }
  const visible = main.filter((r) => !isBlank(r.text));
  const letters = visible.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
  const boldLetters = visible.filter((r) => r.bold).reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
  return {
    page: page.number,
    pageHeight: page.height,
    y: main[0]!.y,
    x0: visible[0]!.x,
    x1: Math.max(...visible.map((r) => r.x + r.width)),
    size,
    bold: letters > 0 && boldLetters === letters,
    text: text.replace(/\s+/g, ' ').trim(),
    runs: main,
    cells: cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text),
    footnoteMarks,
  };
}

/** The text of runs on one line, left to right, with a space wherever the printed gap is one. */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = '';
  let previousEnd: number | undefined;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    if (isBlank(run.text)) {
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    if (previousEnd !== undefined && run.x - previousEnd > 0.12 * run.size && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    text += run.text;
    previousEnd = run.x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The size that most letters are set in. */
export function dominantSize(runs: readonly TextRun[]): number {
  const bySize = new Map<number, number>();
  for (const run of runs) {
    const key = Math.round(run.size * 2) / 2;
    bySize.set(key, (bySize.get(key) ?? 0) + run.text.replace(/\s/g, '').length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of bySize) {
    if (count > bestCount) [best, bestCount] = [size, count];
  }
  return best;
}
