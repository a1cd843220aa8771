import { builtinDomain, type Domain, type ParsedDraft, type TextRange } from '@ilacs/core';
import { matchGrade } from '@ilacs/core/framework';
import { findJudgementTable, headingArea, tableJudgements } from '@ilacs/core/tools';

/** The name shown for a heading with no text. */
const untitled = '(untitled)';

export type OutlineKind = 'front-matter' | 'title' | 'table' | 'table-row' | 'section' | 'subsection';

/** A node of the document outline; editors show it as symbols (breadcrumbs, outline view). */
export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: OutlineKind;
  range: TextRange;
  /** The part to highlight and jump to. */
  selectionRange: TextRange;
  children: OutlineSymbol[];
}

/** Front matter, title, judgement table (its rows with grades) and the sections with their grades and sub-headings. */
export function documentOutline(draft: ParsedDraft, domain: Domain = builtinDomain): OutlineSymbol[] {
  if (!draft.isDraft) return [];
  const symbols: OutlineSymbol[] = [];
  const frontMatter = draft.frontMatter;
  if (frontMatter) {
    const type = (frontMatter.data as Record<string, unknown> | undefined)?.ilacs;
    symbols.push({
      name: 'Front matter',
      ...(typeof type === 'string' ? { detail: type } : {}),
      kind: 'front-matter',
      range: frontMatter.range,
      selectionRange: { start: frontMatter.range.start, end: frontMatter.range.start + 3 },
      children: [],
    });
  }
  if (draft.title) {
    symbols.push({
      name: draft.title.text || untitled,
      kind: 'title',
      range: draft.title.range,
      selectionRange: draft.title.textRange,
      children: [],
    });
  }
  const table = findJudgementTable(draft);
  if (table) {
    const rows = tableJudgements(table, domain).map((row) => {
      const rowRange = table.rows[row.rowIndex]!.range;
      return {
        name: row.nameCell.text || '(empty)',
        ...(row.gradeCell?.text ? { detail: row.gradeCell.text } : {}),
        kind: 'table-row' as const,
        range: rowRange,
        selectionRange: row.nameCell.range.end > row.nameCell.range.start ? row.nameCell.range : rowRange,
        children: [],
      };
    });
    symbols.push({ name: 'Judgement table', kind: 'table', range: table.range, selectionRange: table.header.range, children: rows });
  }
  for (const section of draft.sections) {
    const heading = section.heading;
    const grade = heading.grade?.text;
    const children = section.subheadings.map((sub, i) => {
      const next = section.subheadings[i + 1];
      return {
        name: sub.text || untitled,
        kind: 'subsection' as const,
        range: { start: sub.range.start, end: next ? next.range.start : section.range.end },
        selectionRange: sub.textRange,
        children: [],
      };
    });
    symbols.push({
      // Editors refuse a symbol without a name: an empty "## " heading is shown as untitled.
      name: (headingArea(heading, domain) ? heading.name : heading.text) || untitled,
      ...(grade ? { detail: matchGrade(grade)?.heading ?? grade } : {}),
      kind: 'section',
      range: section.range,
      selectionRange: heading.textRange,
      children,
    });
  }
  return symbols;
}
