import type { JudgementAreaId } from '../framework/judgement-areas.js';
import { defineRule } from '../engine/types.js';
import { findJudgementTable, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'judgement-table',
    description: 'Reports have a judgement table with exactly the rows of their framework, in order, each with a grade.',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    docs: `An inspection report opens with a \`| Judgement | Grade |\` table whose rows are the framework's judgements
in table order: leaders first, then help and protection, children in care (and care leavers before
2023), care leavers (from 2023), and overall effectiveness (until 26 April 2026).

Reported: a missing table; a row whose judgement is not one of the framework's ("expected one of: ...");
a missing, repeated or misplaced row; a row without a grade cell. Rows for judgements of another
framework version (overall effectiveness from 2026, care leavers before 2023) are left to
\`judgement-framework-version\`, which explains the change. When the rows are right but in the wrong
order, the fix puts them in order.`,
    appliesTo: (document) => document.judgementTable,
  },
  check({ draft, facts, domain, report }) {
    const framework = facts.framework;
    if (!framework) return;
    const table = findJudgementTable(draft);
    const expected: readonly JudgementAreaId[] = framework.table.map((area) => area.id);
    const expectedTitles = framework.table.map((area) => area.title);
    const titleOf = (id: JudgementAreaId) => expectedTitles[expected.indexOf(id)]!;
    if (!table) {
      const at = draft.title ? draft.title.range.end : draft.bodyStart;
      const rows = expectedTitles.map((t) => `| ${t} |  |`).join('\n');
      report({
        message: `Missing judgement table: expected "| Judgement | Grade |" with rows: ${expectedTitles.join('; ')}.`,
        range: draft.title ? draft.title.textRange : { start: at, end: at },
        suggestions: [
          {
            description: 'Insert the judgement table',
            edits: [{ range: { start: at, end: at }, newText: `\n\n| Judgement | Grade |\n| --- | --- |\n${rows}\n` }],
            scope: { start: at, end: at },
          },
        ],
      });
      return;
    }
    const rows = tableJudgements(table, domain);
    const seen = new Map<JudgementAreaId, (typeof rows)[number]>();
    const inFramework: (typeof rows)[number][] = [];
    for (const row of rows) {
      const row0 = table.rows[row.rowIndex]!;
      if (row0.cells.length < 2) {
        report({ message: `Row "${row.nameCell.text}" has no grade: expected two cells, the judgement and its grade.`, range: row0.range });
      }
      if (!row.area) {
        report({
          message: `Unknown judgement "${row.nameCell.text}" in the table: expected one of: ${expectedTitles.join('; ')}.`,
          range: row.nameCell.range,
          data: { expected: expectedTitles },
        });
        continue;
      }
      const id = row.area.area.id;
      if (!expected.includes(id)) continue; // judgement-framework-version explains these
      const earlier = seen.get(id);
      if (earlier) {
        report({
          message: `Judgement "${row.nameCell.text}" appears twice in the table.`,
          range: row.nameCell.range,
          related: [{ message: 'First row', range: earlier.nameCell.range }],
        });
        continue;
      }
      seen.set(id, row);
      inFramework.push(row);
    }
    for (const id of expected) {
      if (!seen.has(id))
        report({ message: `Missing row "${titleOf(id)}" in the judgement table (framework ${framework.id}).`, range: table.header.range });
    }
    const order = inFramework.map((r) => expected.indexOf(r.area!.area.id));
    const misplaced = order.findIndex((value, i) => i > 0 && value < order[i - 1]!);
    if (misplaced !== -1) {
      const row = inFramework[misplaced]!;
      const complete = inFramework.length === expected.length && inFramework.length === rows.length;
      const sorted = [...inFramework].sort((a, b) => expected.indexOf(a.area!.area.id) - expected.indexOf(b.area!.area.id));
      report({
        message: `Row "${row.nameCell.text}" is out of order: the table order is ${expectedTitles.map((title) => `"${title}"`).join(', ')}.`,
        range: row.nameCell.range,
        ...(complete
          ? {
              fix: {
                description: 'Put the judgement rows in framework order',
                // The rows move, so the fix covers every row, not just the one out of place.
                scope: { start: table.rows[0]!.range.start, end: table.rows.at(-1)!.range.end },
                edits: inFramework.map((r, i) => ({
                  range: table.rows[r.rowIndex]!.range,
                  newText: draft.text.slice(table.rows[sorted[i]!.rowIndex]!.range.start, table.rows[sorted[i]!.rowIndex]!.range.end),
                })),
              },
            }
          : {}),
      });
    }
  },
});
