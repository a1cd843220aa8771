import { daysBetween, formatLongDate } from '../cadence/iso-date.js';
import { defineRule } from '../engine/types.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'self-evaluation-period',
    description: 'The period a self-evaluation covers ends after it starts.',
    category: 'self-evaluation',
    defaultSeverity: 'error',
    fixable: false,
    docs: `\`period: <first day> to <last day>\` says which year of practice a self-evaluation covers, and its last
day chooses the framework whose judgement areas the sections must follow (and the years in the title).
A period whose last day is not after its first (dates swapped, or one day) is reported on the value, so
that a typo does not silently change the framework. The form of the dates is \`front-matter-schema\`'s
business; the length of the period is the authority's choice (most cover April to March).`,
    appliesTo: (document) => document.span.key === 'period',
  },
  check({ draft, facts, report }) {
    const period = facts.period;
    if (!period || daysBetween(period.start, period.end) > 0) return;
    const entry = findEntry(draft.frontMatter, 'period');
    if (!entry) return;
    report({
      message: `The period ends on ${formatLongDate(period.end)}, ${period.end === period.start ? 'the day it starts' : `before it starts (${formatLongDate(period.start)})`}: write "<first day> to <last day>", as "2024-04-01 to 2025-03-31".`,
      range: entry.valueRange,
    });
  },
});
