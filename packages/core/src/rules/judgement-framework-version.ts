import type { JudgementAreaId } from '../framework/judgement-areas.js';
import { defineRule } from '../engine/types.js';
import type { TextRange } from '../parse/line-index.js';
import { findJudgementTable, judgementSections, tableJudgements } from '../engine/queries.js';

export default defineRule({
  meta: {
    id: 'judgement-framework-version',
    description:
      'Judgements belong to the framework in force: no care leavers judgement before 2023, no overall effectiveness from 27 April 2026.',
    category: 'judgement',
    defaultSeverity: 'error',
    fixable: false,
    docs: `The framework is chosen by the first day on site (or \`framework:\` in the front matter). Reported,
in the table and in headings:
- a separate children in care or care leavers judgement for inspections starting before 1 January 2023,
  when they were judged together;
- the combined "children in care and care leavers" judgement from 1 January 2023;
- overall effectiveness for inspections starting from 27 April 2026, when it was removed.`,
    appliesTo: (document) => document.graded,
  },
  check({ draft, facts, domain, report }) {
    const framework = facts.framework;
    if (!framework) return;
    const inFramework = new Set<string>(framework.table.map((area) => area.id));
    const flag = (id: JudgementAreaId, range: TextRange) => {
      if (inFramework.has(id)) return;
      report({ message: domain.explainAbsentArea(id, framework), range, data: { area: id, framework: framework.id } });
    };
    const table = findJudgementTable(draft);
    if (table) for (const row of tableJudgements(table, domain)) if (row.area) flag(row.area.area.id, row.nameCell.range);
    for (const { section, area } of judgementSections(draft, domain)) flag(area.area.id, section.heading.nameRange);
  },
});
