import type { Domain, DraftFacts, ParsedDraft } from '@ilacs/core';
import type { JudgementArea } from '@ilacs/core/framework';
import { findJudgementTable } from '@ilacs/core/tools';
import { gradeCompletions } from './heading-completion.js';
import type { LineContext } from './line-context.js';
import { escapeSnippet } from './snippets.js';
import { domainOf, type EditorCompletion, type EditorOptions } from './types.js';

/** Judgement names and grades in the cells of the judgement table; the whole table on an empty line. */
export function tableCompletions(
  draft: ParsedDraft,
  facts: DraftFacts,
  context: LineContext,
  options: EditorOptions = {},
): EditorCompletion[] {
  if (!facts.document?.judgementTable) return [];
  const domain = domainOf(options);
  const trimmed = context.before.trimStart();
  const firstSection = draft.sections[0]?.range.start ?? draft.text.length;
  const table = findJudgementTable(draft);
  if (!table && context.offset <= firstSection && /^\|?[ \t]*$/.test(trimmed) && context.after.trim() === '') {
    return [judgementTableSnippet(facts, domain, { start: context.lineStart, end: context.lineEnd })];
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
    table.rows
      .filter((r) => r.line !== line)
      .map((r) => domain.matchArea(r.cells[0]?.text ?? '')?.area.id)
      .filter((id) => id !== undefined),
  );
  return tableAreas(facts, domain)
    .filter((area) => !present.has(area.id))
    .map((area, index) => ({
      label: area.title,
      kind: 'table' as const,
      insertText: area.title,
      snippet: false,
      range,
      documentation: area.description,
      sortText: String(index),
    }));
}

/** The rows of the framework in force; every version's when it is not known yet. */
function tableAreas(facts: DraftFacts, domain: Domain): readonly JudgementArea[] {
  if (facts.framework) return facts.framework.table;
  return [...new Map(domain.frameworkVersions.flatMap((v) => v.table).map((a) => [a.id, a])).values()];
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

/**
 * The judgement table for the framework in force, with a tab stop in each grade cell (where grade
 * completion takes over). Empty stops rather than choices: leaving the snippet must not grade anything.
 */
export function judgementTableSnippet(facts: DraftFacts, domain: Domain, range: { start: number; end: number }): EditorCompletion {
  const framework = facts.framework ?? domain.frameworkVersions.at(-1)!;
  const rows = framework.table.map((area, i) => `| ${escapeSnippet(area.title)} | $${i + 1} |`);
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
