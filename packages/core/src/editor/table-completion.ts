import { isReport } from '../framework/document-types.js';
import { grades } from '../framework/grades.js';
import { judgementAreas, matchJudgementArea, type JudgementAreaId } from '../framework/judgement-areas.js';
import { frameworkVersions, type FrameworkVersion } from '../framework/versions.js';
import { findJudgementTable } from '../engine/queries.js';
import type { DraftFacts } from '../engine/facts.js';
import type { ParsedDraft } from '../parse/model.js';
import { gradeCompletions } from './heading-completion.js';
import type { LineContext } from './line-context.js';
import { choice, escapeSnippet } from './snippets.js';
import type { EditorCompletion } from './types.js';

/** Judgement names and grades in the cells of the judgement table; the whole table on an empty line. */
export function tableCompletions(draft: ParsedDraft, facts: DraftFacts, context: LineContext): EditorCompletion[] {
  if (!isReport(facts.type)) return [];
  const trimmed = context.before.trimStart();
  const firstSection = draft.sections[0]?.range.start ?? draft.text.length;
  const table = findJudgementTable(draft);
  if (!table && context.offset <= firstSection && /^\|?[ \t]*$/.test(trimmed) && context.after.trim() === '') {
    return [judgementTableSnippet(facts, { start: context.lineStart, end: context.lineEnd })];
  }
  if (!trimmed.startsWith('|') || !table) return [];
  const line = context.line;
  const firstLine = draft.lines.lineOf(table.range.start);
  const lastLine = draft.lines.lineOf(table.range.end);
  // Rows two lines below the header onwards (or a new row being typed just after the table).
  if (line < firstLine + 2 || line > lastLine + 1) return [];
  const column = countCellSeparators(trimmed) - 1;
  const cellStart = context.lineStart + context.before.lastIndexOf('|') + 1;
  const nextPipe = context.after.indexOf('|');
  const cellEnd = nextPipe === -1 ? context.lineEnd : context.offset + nextPipe;
  const range = {
    start: Math.min(context.offset, cellStart + countLeadingSpaces(draft.text, cellStart, context.offset)),
    end: Math.max(context.offset, trimRangeEnd(draft.text, context.offset, cellEnd)),
  };
  if (column === 1) return gradeCompletions(range, 'table');
  if (column !== 0) return [];
  const present = new Set(
    table.rows.filter((r) => r.line !== line).map((r) => matchJudgementArea(r.cells[0]?.text ?? '')?.area.id).filter((id) => id !== undefined),
  );
  const order = facts.framework?.tableOrder ?? allTableAreas();
  return order
    .filter((id) => !present.has(id))
    .map((id, index) => ({
      label: judgementAreas[id].title,
      kind: 'table' as const,
      insertText: judgementAreas[id].title,
      snippet: false,
      range,
      documentation: judgementAreas[id].description,
      sortText: String(index),
    }));
}

function allTableAreas(): JudgementAreaId[] {
  return [...new Set(frameworkVersions.flatMap((v) => v.tableOrder as readonly JudgementAreaId[]))];
}

/** Unescaped pipes outside code spans: the number of cell boundaries before the caret. */
function countCellSeparators(text: string): number {
  let count = 0;
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') inCode = !inCode;
    else if (c === '|' && !inCode) count++;
  }
  return count;
}

function countLeadingSpaces(text: string, from: number, limit: number): number {
  let n = 0;
  while (from + n < limit && (text[from + n] === ' ' || text[from + n] === '\t')) n++;
  return n;
}

/** The end of a cell's content: before the spaces that pad it up to the next pipe. */
function trimRangeEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return e;
}

/** The judgement table for the framework in force, with a grade choice in each row. */
export function judgementTableSnippet(facts: DraftFacts, range: { start: number; end: number }): EditorCompletion {
  const framework: FrameworkVersion = facts.framework ?? frameworkVersions[frameworkVersions.length - 1]!;
  const labels = grades.map((g) => g.label);
  const rows = (framework.tableOrder as readonly JudgementAreaId[]).map((id, i) => `| ${escapeSnippet(judgementAreas[id].title)} | ${choice(i + 1, labels)} |`);
  return {
    label: 'Judgement table',
    kind: 'table',
    insertText: ['| Judgement | Grade |', '| --- | --- |', ...rows].join('\n'),
    snippet: true,
    range,
    detail: framework.name,
    documentation: `The judgement rows of ${framework.name}, in table order. ${framework.summary}`,
    filterText: '| Judgement table',
  };
}
