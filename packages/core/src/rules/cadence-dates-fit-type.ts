import { defineRule, type Fix } from '../engine/types.js';
import { writeDateSpan } from '../cadence/iso-date.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-dates-fit-type',
    description: 'The days on site have the shape of the type: one week, two weeks, or two consecutive working days, avoiding bank holidays.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Every short inspection in Ofsted's lists runs Monday to Friday of one week, every standard inspection
Monday of week 1 to Friday of week 2, and focused and monitoring visits take two consecutive working
days (usually Tuesday and Wednesday). No day on site is a weekend or an England and Wales bank holiday
(computed from the rules, including substitute days and the 2020, 2022 and 2023 moved and added days).

When a bank holiday falls on the Monday or Friday, that end moves to the nearest working day: Cumbria's
standard inspection began on Tuesday 20 September 2022, the day after the state funeral. A bank holiday
inside the span makes that week unusable.

The message names the expected shape and the nearest valid dates before and after; each is offered as
a quick fix (not applied by \`--fix\`, since only the author knows which week it was). The Isles of
Scilly's three-day short inspection (11 to 13 July 2023) is a real exception: disable the rule for
that line if a draft needs it.`,
    appliesTo: (document) => document.onSite !== undefined,
  },
  check({ draft, facts, report }) {
    const span = facts.dates;
    const shape = facts.document?.onSite;
    if (!span || !shape) return;
    const check = shape.check(span);
    if (check.valid) return;
    const entry = findEntry(draft.frontMatter, 'dates');
    if (!entry) return;
    const nearest = shape.nearest(span.start);
    const name = facts.document!.name;
    const suggestions: Fix[] = nearest.map((valid) => ({
      description: `Use ${writeDateSpan(valid)}`,
      edits: [{ range: entry.valueRange, newText: writeDateSpan(valid) }],
    }));
    const nearestText = nearest.length ? ` Nearest valid dates: ${nearest.map(writeDateSpan).join(' or ')}.` : '';
    report({
      message: `${name} dates are ${shape.description}, with no weekend or bank holiday on site; ${writeDateSpan(span)} is not: ${check.reasons.join('; ')}.${nearestText}`,
      range: entry.valueRange,
      ...(suggestions.length ? { suggestions } : {}),
      data: { expected: shape.description, nearest },
    });
  },
});
