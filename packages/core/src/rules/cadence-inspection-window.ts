import * as z from 'zod';
import { defineRule } from '../engine/types.js';
import { daysBetween } from '../cadence/iso-date.js';
import { inspectionWindowAfter } from '../cadence/schedule.js';
import { defaultSuspensions, type Suspension } from '../cadence/suspensions.js';
import { findEntry } from '../parse/front-matter.js';

export default defineRule({
  meta: {
    id: 'cadence-inspection-window',
    description: 'The inspection starts within six months either side of the third anniversary of the previous one.',
    category: 'cadence',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Short and standard inspections normally fall between six months before and six months after the
third anniversary of the previous inspection. The 2020-21 pause in routine inspection (17 March 2020 to
27 June 2021) stopped that clock: a window it overlaps moves later by the days lost. Ofsted deviates
often (after the pause, good authorities waited longer; inadequate ones are re-inspected when ready),
so this is a warning, with the window in the message. Published reports outside their window keep it
(7 of the 16 real reports in the development corpus, most of them after the pause): the timing is a
genuine departure from the usual cadence, worth confirming in a draft, not a mistake in the report.

Option \`suspensions\`: a list of \`{ from, until, reason }\` pauses (ISO dates) to use instead of the
built-in one; \`[]\` for none. Without \`previous.dates\` the rule says nothing.`,
    appliesTo: (document) => document.cadence?.role === 'inspection',
    options: z.strictObject({
      suspensions: z
        .array(
          z
            .strictObject({
              from: z.iso.date().describe('First day of the pause, YYYY-MM-DD.'),
              until: z.iso.date().describe('Last day of the pause, YYYY-MM-DD (not before `from`).'),
              reason: z.string().optional().describe('Why inspection paused, for messages.'),
            })
            .refine((pause) => pause.from <= pause.until, { message: '"until" is before "from"', path: ['until'] }),
        )
        .optional()
        .describe('Pauses in routine inspection to use instead of the built-in COVID-19 pause; [] for none.'),
    }),
  },
  check({ draft, facts, domain, options, report }) {
    const previous = facts.previous?.dates;
    if (!facts.dates || !previous) return;
    const entry = findEntry(draft.frontMatter, 'dates');
    if (!entry) return;
    const window = inspectionWindowAfter(previous.start, readSuspensions(options.suspensions), domain);
    const start = facts.dates.start;
    if (start >= window.opens && start <= window.closes) return;
    const early = start < window.opens;
    const days = early ? daysBetween(start, window.opens) : daysBetween(window.closes, start);
    const moved =
      window.shiftDays.closes > 0
        ? `, moved ${window.shiftDays.closes} days later by the ${window.shiftedBy.map((s) => s.reason).join(' and ')}`
        : '';
    report({
      message: `This inspection starts ${start}, ${days} days ${early ? 'before its window opens' : 'after its window closed'}: ${window.opens} to ${window.closes} (six months either side of the third anniversary of the previous inspection on ${previous.start}${moved}).`,
      range: entry.valueRange,
      data: { window: { opens: window.opens, closes: window.closes, anniversary: window.anniversary } },
    });
  },
});

/** The configured pauses (the options schema has checked their form), or the built-in one. */
function readSuspensions(option: unknown): readonly Suspension[] {
  if (option === undefined) return defaultSuspensions;
  return (option as { from: string; until: string; reason?: string }[]).map(({ from, until, reason }) => ({
    from,
    until,
    reason: reason ?? 'configured pause in inspection',
  }));
}
