import type { Domain } from '../framework/domain.js';
import { matchGrade, type Grade } from '../framework/grades.js';
import { normaliseForComparison, type JudgementArea, type JudgementAreaId, type JudgementAreaMatch } from '../framework/judgement-areas.js';
import { normaliseHeading } from '../framework/sections.js';
import { whatNeedsToImproveHeading } from '../framework/document-types/inspection-report.js';
import type { TextRange } from '../parse/line-index.js';
import type { GradedHeading, ParsedDraft, Section, Table, TableCell, TextBlock } from '../parse/model.js';
import { memoizeByObject, memoizeByPair } from './memo.js';

/**
 * Questions several rules ask of a parsed draft. The parser knows Markdown only; here the draft is
 * read against the domain (which judgement area a heading or table row names). Each answer is
 * derived from the parse, never stored on it, so there is one source of truth; answers are cached
 * per draft (and domain), so each is cheap.
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

export const tableJudgements: (table: Table, domain: Domain) => readonly TableJudgement[] = memoizeByPair(
  (table: Table, domain: Domain) => {
    const rows = table.rows.map((row, rowIndex): TableJudgement => {
      const nameCell = row.cells[0] ?? { text: '', range: { start: row.range.start, end: row.range.start } };
      const gradeCell = row.cells[1];
      const area = domain.matchArea(nameCell.text);
      const grade = gradeCell ? matchGrade(gradeCell.text) : undefined;
      return { rowIndex, nameCell, ...(gradeCell ? { gradeCell } : {}), ...(area ? { area } : {}), ...(grade ? { grade } : {}) };
    });
    if (!rows.some((row) => row.area?.nearMiss)) return rows;
    const exactlyPresent = new Set(rows.filter((r) => r.area && !r.area.nearMiss).map((r) => r.area!.area.id));
    return rows.map((row) => withAreaTheTableLacks(row, exactlyPresent, domain));
  },
);

/**
 * A near-miss label of a row the table already has, worded exactly, is read as the nearest row the
 * table lacks ("children care leavers" beside an exact care leavers row is the children in care row),
 * so that one misworded label is one wording finding, not a duplicate and a missing row.
 */
function withAreaTheTableLacks(row: TableJudgement, exactlyPresent: ReadonlySet<JudgementAreaId>, domain: Domain): TableJudgement {
  if (!row.area?.nearMiss || !exactlyPresent.has(row.area.area.id)) return row;
  const lacking = domain.nearAreas(row.nameCell.text).find((c) => !exactlyPresent.has(c.match.area.id));
  return lacking ? { ...row, area: lacking.match } : row;
}

/** The judgement area a heading names (before its colon), if any. */
export const headingArea: (heading: GradedHeading, domain: Domain) => JudgementAreaMatch | undefined = memoizeByPair(
  (heading: GradedHeading, domain: Domain) => domain.matchArea(heading.name),
);

/** A level-2 section whose heading names a judgement area. */
export interface JudgementSection {
  section: Section;
  index: number;
  area: JudgementAreaMatch;
}

/** Level-2 sections whose heading names a judgement area, in order. */
export const judgementSections: (draft: ParsedDraft, domain: Domain) => readonly JudgementSection[] = memoizeByPair(
  (draft: ParsedDraft, domain: Domain) => {
    const found: JudgementSection[] = [];
    draft.sections.forEach((section, index) => {
      const area = headingArea(section.heading, domain);
      if (area) found.push({ section, index, area });
    });
    return found;
  },
);

export interface JudgementGrade {
  grade: Grade;
  range: TextRange;
  source: 'table' | 'heading';
}

/** Each judgement's grade: from the table where it has one, else from its section heading. */
export const judgementGrades: (draft: ParsedDraft, domain: Domain) => ReadonlyMap<JudgementAreaId, JudgementGrade> =
  memoizeByPair(gradesOf);

function gradesOf(draft: ParsedDraft, domain: Domain): Map<JudgementAreaId, JudgementGrade> {
  const grades = new Map<JudgementAreaId, JudgementGrade>();
  const table = findJudgementTable(draft);
  if (table) {
    for (const row of tableJudgements(table, domain)) {
      if (row.area && row.grade && row.gradeCell && !grades.has(row.area.area.id)) {
        grades.set(row.area.area.id, { grade: row.grade, range: row.gradeCell.range, source: 'table' });
      }
    }
  }
  for (const { section, area } of judgementSections(draft, domain)) {
    const { grade } = section.heading;
    const matched = grade ? matchGrade(grade.text) : undefined;
    if (matched && grade && !grades.has(area.area.id)) {
      grades.set(area.area.id, { grade: matched, range: grade.range, source: 'heading' });
    }
  }
  return grades;
}

const whatNeedsToImprove = normaliseHeading(whatNeedsToImproveHeading);

/** The report's "What needs to improve?" section. */
export function whatNeedsToImproveSection(draft: ParsedDraft): { section: Section; index: number } | undefined {
  const index = draft.sections.findIndex((s) => normaliseHeading(s.heading.text) === whatNeedsToImprove);
  return index === -1 ? undefined : { section: draft.sections[index]!, index };
}

/** Prose blocks inside a section (by index). */
export function blocksInSection(draft: ParsedDraft, sectionIndex: number): TextBlock[] {
  return draft.blocks.filter((b) => b.sectionIndex === sectionIndex);
}

export interface GradedJudgement extends JudgementGrade {
  area: JudgementArea;
}

export interface JudgementsByKind {
  overall?: GradedJudgement;
  leadership?: GradedJudgement;
  experiences: GradedJudgement[];
}

/** The graded judgements grouped by the part they play (the overall one, the leaders one, the rest). */
export const judgementsByKind: (draft: ParsedDraft, domain: Domain) => JudgementsByKind = memoizeByPair(
  (draft: ParsedDraft, domain: Domain) => {
    const byKind: JudgementsByKind = { experiences: [] };
    for (const [id, grade] of judgementGrades(draft, domain)) {
      const area = domain.judgementAreas.find((a) => a.id === id);
      if (!area) continue;
      const judgement = { ...grade, area };
      if (area.kind === 'overall') byKind.overall ??= judgement;
      else if (area.kind === 'leadership') byKind.leadership ??= judgement;
      else byKind.experiences.push(judgement);
    }
    return byKind;
  },
);
