import { defineRule } from '../engine/types.js';
import { findMeasure } from '../self-evaluation/measures.js';
import { selfEvaluationEntries } from '../self-evaluation/outline.js';

export default defineRule({
  meta: {
    id: 'areas-for-development-measurable',
    description: 'Each area for development says what will change and by when or by how much: a date, a timescale or a figure.',
    category: 'self-evaluation',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Ofsted criticises improvement plans that are not "specific or measurable". Each item under
\`### Areas for development\` (with its nested items and continuation lines) is read word by word, and
is left alone when it holds any of:
- a date: a month name with a year beside it ("March 2026"), with a day before it ("31 March"), or
  just after by, before, until, till, during, in, end or from ("by September"; "May" only with a day
  or a year, since it is also a verb); a year from 2000 to 2099 up to three words after one of those
  words ("by the end of 2025"), written as a full date ("31/03/2026", "2026-03-31") or as a financial
  or academic year ("2025/26"); Q1 to Q4; a season with a year ("summer 2026") or just after by,
  before or until; a year, quarter, term, month or season up to five words after "end" and three
  after "of" ("by the end of the financial year");
- a timescale: a number (in digits or words) before a unit (days, weeks, a fortnight, months, years,
  hours, quarters, terms; optionally "working", "calendar", "school", "clear" or "full" in between),
  up to three words after within, in, over, after, next, following, first or every ("within 20
  working days", "in the next six months", "at least every ten working days"); "within a" before a
  unit ("within a month"; not "in a year", which is usually a rate); or a year, quarter, term, month or
  season up to three words after this, next, coming or current ("this academic year");
- a figure: a percentage ("24%", "24 per cent"); halve, double, treble or triple in any form; any
  other number in digits, except years and numbers that label rather than count (after aged, age,
  section, s, outcome, enabler, principle, year, stage, tier, level and the like; "17-year-olds";
  "under-18s"; the second number of "aged 19 to 21"); a number written as a word (two and up) only
  after to, from, by, below, above, under, over, least, most, than, target, reach or exceed, or before
  more, fewer, additional, extra, new or less.

Anything else is reported, with a rewrite pattern: what will change, from the current figure to the
target, by a date ("Reduce re-referrals within 12 months from 24% to 20% by March 2026"). The test
is about form only: it cannot tell a target from a figure that describes the problem, so "assessments
are not always completed within 45 working days" passes. Empty items are \`draft-incomplete\`'s.

Measured on the project's labelled corpus of realistic areas for development
(\`packages/core/test/corpus/self-evaluation-statements.yaml\`, checked by
\`test/self-evaluation-heuristics.test.ts\`, which fails if they fall): precision 0.94, recall 0.89
over 37 items, 19 that should be flagged. The corpus has 26 items the rule was tuned on (all right),
8 written afterwards and not tuned on (all right), and 3 hard cases it gets wrong (listed there).`,
    appliesTo: (document) => document.form === 'self-evaluation',
  },
  check({ draft, domain, report }) {
    for (const { outline, entry } of selfEvaluationEntries(draft, 'areas-for-development', domain)) {
      if (findMeasure(entry.text)) continue;
      report({
        message: `This area for development under "${outline.section.heading.name}" does not say what will change by when or by how much. Add a date, a timescale or a figure: "<what will change> from <current figure> to <target> by <month year>", as "Reduce re-referrals within 12 months from 24% to 20% by March 2026".`,
        range: entry.range,
      });
    }
  },
});
