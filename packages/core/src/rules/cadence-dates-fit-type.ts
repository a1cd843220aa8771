import { defineRule, type Fix } from '../engine/types.js';
import { writeDateSpan } from '../cadence/iso-date.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-dates-fit-type',
    description:
      'The days on site have the shape of the type, and none is a weekend or a bank holiday; a shape real inspections rarely take is a warning.',
    category: 'cadence',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Short inspections run Monday to Friday of one week, standard inspections Monday of week 1 to Friday
of week 2, and focused and monitoring visits usually take two consecutive working days. No day on site
is a weekend or an England and Wales bank holiday (computed from the rules, including substitute days
and the 2020, 2022 and 2023 moved and added days, plus any day a configuration's \`bankHolidays\`
adds). When a bank holiday falls on the Monday or Friday of
an inspection, that end moves to the nearest working day: Cumbria's standard inspection began on
Tuesday 20 September 2022, the day after the state funeral.

Real inspections and visits sometimes take another shape, so the rule tells three cases apart:
- **Impossible** (an error): a weekend or bank holiday on site, the last day before the first, a visit
  of four or more days, a short inspection of more than nine calendar days or a standard one of a week
  or less (each the other's shape: the type or the dates are wrong), or a standard inspection of more
  than three weeks.
- **Unusual but real** (a warning that says what is usual, so the author can tell a rare visit from a
  typo): a single-day or three-day visit (about one focused-visit letter in eight records a single
  day); a short inspection of another length, as the Isles of Scilly's three days (11 to 13 July 2023);
  a standard inspection spread over up to three weeks, as one in 2019. A real document with such dates
  keeps this warning: it is a genuine departure from the usual shape, and the dates are worth checking.
- **Usual**: nothing is reported. The remote visits of autumn 2020 to summer 2021 took one to three
  days, so any of those lengths is usual for a focused visit of that period.

The message names the usual shape and the nearest usual dates before and after; each is offered as a
quick fix (not applied by \`--fix\`, since only the author knows which week it was).`,
    appliesTo: (document) => document.onSite !== undefined,
  },
  check({ draft, facts, domain, report }) {
    const span = facts.dates;
    const shape = facts.document?.onSite;
    if (!span || !shape) return;
    const check = shape.check(span, domain.calendar);
    if (check.fit === 'usual') return;
    const entry = findEntry(draft.frontMatter, 'dates');
    if (!entry) return;
    const nearest = shape.nearest(span.start, domain.calendar);
    const name = facts.document!.name;
    const suggestions: Fix[] = nearest.map((usual) => ({
      description: `Use ${writeDateSpan(usual)}`,
      edits: [{ range: entry.valueRange, newText: writeDateSpan(usual) }],
    }));
    const dates = nearest.map(writeDateSpan).join(' or ');
    const common = {
      range: entry.valueRange,
      ...(suggestions.length ? { suggestions } : {}),
      data: { fit: check.fit, expected: check.usual, nearest },
    };
    if (check.fit === 'unusual') {
      report({
        message: `${name} dates are usually ${check.usual}; ${writeDateSpan(span)} is unusual: ${check.reasons.join('; ')}. ${check.precedent ?? 'Other shapes are rare'}: check the dates.${dates ? ` Usual dates nearby: ${dates}.` : ''}`,
        atMost: 'warning',
        ...common,
      });
      return;
    }
    report({
      message: `${name} dates are ${check.usual}, with no weekend or bank holiday on site; ${writeDateSpan(span)} cannot be: ${check.reasons.join('; ')}.${dates ? ` Nearest valid dates: ${dates}.` : ''}`,
      ...common,
    });
  },
});
