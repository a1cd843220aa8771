import { matchGrade, type Grade } from '../framework/grades.js';
import { matchJudgementArea, nearJudgementAreas, normaliseForComparison, type JudgementAreaId, type JudgementAreaMatch } from '../framework/judgement-areas.js';
import { isWhatNeedsToImproveHeading } from '../framework/sections.js';
import type { TextRange } from '../parse/line-index.js';
import type { ParsedDraft, Section, Table, TableCell, TextBlock } from '../parse/model.js';
import { memoizeByObject } from './memo.js';

/**
 * Questions several rules ask of a parsed draft. Each answer is derived from the parse, never
 * stored, so there is one source of truth; the parse is shared, so each answer is cheap.
 */

/** The judgement table: the first table headed "Judgement", else the first table before any section. */
export const findJudgementTable: (draft: ParsedDraft) => Table | undefined = memoizeByObject(
  (draft: ParsedDraft) =>
    draft.tables.find((t) => normaliseForComparison(t.header.cells[0]?.text ?? '').replace(/s$/, '') === 'judgement') ??
    draft.tables.find((t) => t.sectionIndex === -1),
);

export interface TableJudgement {
  rowIndex: number;
  nameCell: TableCell;
  gradeCell?: TableCell;
  area?: JudgementAreaMatch;
  grade?: Grade;
}

export const tableJudgements: (table: Table) => readonly TableJudgement[] = memoizeByObject((table: Table) => {
  const rows = table.rows.map((row, rowIndex): TableJudgement => {
    const nameCell = row.cells[0] ?? { text: '', range: { start: row.range.start, end: row.range.start } };
    const gradeCell = row.cells[1];
    const area = matchJudgementArea(nameCell.text);
    const grade = gradeCell ? matchGrade(gradeCell.text) : undefined;
    return { rowIndex, nameCell, ...(gradeCell ? { gradeCell } : {}), ...(area ? { area } : {}), ...(grade ? { grade } : {}) };
  });
  if (!rows.some((row) => row.area?.nearMiss)) return rows;
  const exactlyPresent = new Set(rows.filter((r) => r.area && !r.area.nearMiss).map((r) => r.area!.area.id));
  return rows.map((row) => withAreaTheTableLacks(row, exactlyPresent));
});

/**
 * A near-miss label of a row the table already has, worded exactly, is read as the nearest row the
 * table lacks ("children care leavers" beside an exact care leavers row is the children in care row),
 * so that one misworded label is one wording finding, not a duplicate and a missing row.
 */
function withAreaTheTableLacks(row: TableJudgement, exactlyPresent: ReadonlySet<JudgementAreaId>): TableJudgement {
  if (!row.area?.nearMiss || !exactlyPresent.has(row.area.area.id)) return row;
  const lacking = nearJudgementAreas(normaliseForComparison(row.nameCell.text)).find((c) => !exactlyPresent.has(c.match.area.id));
  return lacking ? { ...row, area: lacking.match } : row;
}

/** Level-2 sections whose heading names a judgement area. */
export function judgementSections(draft: ParsedDraft): Section[] {
  return draft.sections.filter((s) => s.heading.area !== undefined);
}

export interface JudgementGrade {
  grade: Grade;
  range: TextRange;
  source: 'table' | 'heading';
}

/** Each judgement's grade: from the table where it has one, else from its section heading. */
export const judgementGrades: (draft: ParsedDraft) => ReadonlyMap<JudgementAreaId, JudgementGrade> = memoizeByObject(gradesOf);

function gradesOf(draft: ParsedDraft): Map<JudgementAreaId, JudgementGrade> {
  const grades = new Map<JudgementAreaId, JudgementGrade>();
  const table = findJudgementTable(draft);
  if (table) {
    for (const row of tableJudgements(table)) {
      if (row.area && row.grade && row.gradeCell && !grades.has(row.area.area.id)) {
        grades.set(row.area.area.id, { grade: row.grade, range: row.gradeCell.range, source: 'table' });
      }
    }
  }
  for (const section of judgementSections(draft)) {
    const { area, grade } = section.heading;
    const matched = grade ? matchGrade(grade.text) : undefined;
    if (area && matched && grade && !grades.has(area.area.id)) {
      grades.set(area.area.id, { grade: matched, range: grade.range, source: 'heading' });
    }
  }
  return grades;
}

export function whatNeedsToImproveSection(draft: ParsedDraft): { section: Section; index: number } | undefined {
  const index = draft.sections.findIndex((s) => isWhatNeedsToImproveHeading(s.heading.text));
  return index === -1 ? undefined : { section: draft.sections[index]!, index };
}

/** Prose blocks inside a section (by index). */
export function blocksInSection(draft: ParsedDraft, sectionIndex: number): TextBlock[] {
  return draft.blocks.filter((b) => b.sectionIndex === sectionIndex);
}
