import { judgementAreas, type JudgementAreaId } from '../framework/judgement-areas.js';
import { defineRule } from '../engine/types.js';
import type { TextRange } from '../parse/line-index.js';
import { findJudgementTable, tableJudgements } from '../engine/queries.js';
import type { FrameworkVersion } from '../framework/versions.js';

export default defineRule({
  meta: {
    id: 'judgement-framework-version',
    description: 'Judgements belong to the framework in force: no care leavers judgement before 2023, no overall effectiveness from 27 April 2026.',
    category: 'judgement',
    defaultSeverity: 'error',
    fixable: false,
    docs: `The framework is chosen by the first day on site (or \`framework:\` in the front matter). Reported,
in the table and in headings:
- a separate children in care or care leavers judgement for inspections starting before 1 January 2023,
  when they were judged together;
- the combined "children in care and care leavers" judgement from 1 January 2023;
- overall effectiveness for inspections starting from 27 April 2026, when it was removed.`,
    appliesTo: ['short-inspection', 'standard-inspection', 'self-evaluation'],
  },
  check({ draft, facts, report }) {
    const framework = facts.framework;
    if (!framework) return;
    const inFramework = new Set<string>(framework.tableOrder);
    const flag = (id: JudgementAreaId, range: TextRange) => {
      if (inFramework.has(id)) return;
      report({ message: explain(id, framework), range, data: { area: id, framework: framework.id } });
    };
    const table = findJudgementTable(draft);
    if (table) for (const row of tableJudgements(table)) if (row.area) flag(row.area.area.id, row.nameCell.range);
    for (const section of draft.sections) if (section.heading.area) flag(section.heading.area.area.id, section.heading.nameRange);
  },
});

function explain(id: JudgementAreaId, framework: FrameworkVersion): string {
  const title = judgementAreas[id].title;
  switch (id) {
    case 'overallEffectiveness':
      return `"${title}" is not judged for inspections starting from 27 April 2026 (framework ${framework.id}).`;
    case 'childrenInCare':
    case 'careLeavers':
      return `"${title}" is not a judgement before 2023 (framework ${framework.id}): children in care and care leavers were judged together as "${judgementAreas.childrenInCareAndCareLeavers.title}".`;
    case 'childrenInCareAndCareLeavers':
      return `"${title}" was split in January 2023 (framework ${framework.id}): use "${judgementAreas.childrenInCare.title}" and "${judgementAreas.careLeavers.title}".`;
    default:
      return `"${title}" is not a judgement of framework ${framework.id}.`;
  }
}
