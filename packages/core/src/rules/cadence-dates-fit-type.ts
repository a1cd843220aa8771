import { defineRule, type Fix } from '../engine/types.js';
import { writeDateSpan } from '../cadence/iso-date.js';
import { checkOnSiteShape, isOnSiteType, nearestValidSpans, onSiteShapes } from '../cadence/visit-shapes.js';
import { documentTypeById } from '../framework/document-types.js';
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
    appliesTo: ['short-inspection', 'standard-inspection', 'focused-visit', 'monitoring-visit'],
  },
  check({ draft, facts, report }) {
    const span = facts.dates;
    if (!span || !isOnSiteType(facts.type)) return;
    const check = checkOnSiteShape(facts.type, span);
    if (check.valid) return;
    const entry = findEntry(draft.frontMatter, 'dates');
    if (!entry) return;
    const nearest = nearestValidSpans(facts.type, span.start);
    const name = documentTypeById(facts.type)!.name;
    const suggestions: Fix[] = nearest.map((valid) => ({
      description: `Use ${writeDateSpan(valid)}`,
      edits: [{ range: entry.valueRange, newText: writeDateSpan(valid) }],
    }));
    const nearestText = nearest.length ? ` Nearest valid dates: ${nearest.map(writeDateSpan).join(' or ')}.` : '';
    report({
      message: `${name} dates are ${onSiteShapes[facts.type].description}, with no weekend or bank holiday on site; ${writeDateSpan(span)} is not: ${check.reasons.join('; ')}.${nearestText}`,
      range: entry.valueRange,
      ...(suggestions.length ? { suggestions } : {}),
      data: { expected: onSiteShapes[facts.type].description, nearest },
    });
  },
});
