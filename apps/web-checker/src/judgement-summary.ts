import { builtinDomain, type LintResult } from '@ilacs/core';
import type { Grade, JudgementAreaId } from '@ilacs/core/framework';
import { formatLongDate } from '@ilacs/core/cadence';
import { judgementGrades } from '@ilacs/core/tools';

export interface JudgementRow {
  area: JudgementAreaId;
  title: string;
  grade?: Grade;
  /** Where the grade was read: the judgement table, else the section heading. */
  source?: 'table' | 'heading';
}

export interface JudgementSummary {
  facts: { label: string; value: string }[];
  /** The judgements the framework in force expects, in table order; empty for letters. */
  rows: JudgementRow[];
  /** Said instead of rows when there are none to show. */
  note?: string;
}

/** What the draft says about itself and its judgements, read tolerantly (blanks are left out). */
export function summariseJudgements(result: LintResult): JudgementSummary | undefined {
  if (!result.draft.isDraft) return undefined;
  const { facts } = result;
  const type = facts.document;
  const rows: JudgementSummary['facts'] = [];
  if (type) rows.push({ label: 'Document', value: type.name });
  if (facts.authorityName) rows.push({ label: 'Local authority', value: facts.authority?.name ?? facts.authorityName });
  const span = type?.span.key === 'period' ? facts.period : facts.dates;
  if (span)
    rows.push({
      label: type?.span.key === 'period' ? 'Period' : 'On site',
      value: `${formatLongDate(span.start)} to ${formatLongDate(span.end)}`,
    });
  if (facts.framework) {
    rows.push({ label: 'Framework', value: `${facts.framework.name}${facts.frameworkOverridden ? ' (set in the front matter)' : ''}` });
  }
  const previous = facts.previous;
  if (previous?.standing || previous?.dates) {
    const when = previous.dates ? `${formatLongDate(previous.dates.start)}` : 'date not given';
    rows.push({ label: 'Previous inspection', value: `${previous.standing?.label ?? 'grade not given'} (${when})` });
  }

  if (type && !type.graded) return { facts: rows, rows: [], note: `${type.name} documents are not graded.` };
  if (!facts.framework) return { facts: rows, rows: [], note: 'Add the dates to see which judgements apply.' };

  const grades = judgementGrades(result.draft, builtinDomain);
  const judgements = facts.framework.table.map((area): JudgementRow => {
    const found = grades.get(area.id);
    return { area: area.id, title: area.title, ...(found ? { grade: found.grade, source: found.source } : {}) };
  });
  return { facts: rows, rows: judgements };
}
