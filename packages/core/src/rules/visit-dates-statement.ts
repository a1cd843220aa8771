import { defineRule } from '../engine/types.js';
import { isValidIsoDate, monthNames, type DateSpan } from '../cadence/iso-date.js';
import { sentencesOf } from './text/grade-words.js';
import { proseBlocks } from './text/prose.js';

const month = `(${monthNames.join('|')})`;
const weekday = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?';

/** A day and a month ("4 December"): a block without one states no days. */
const dayAndMonth = new RegExp(String.raw`\d ${month}`);

/** "this inspection", "the focused visit", "a monitoring visit": the draft's own visit, not a "last" or "previous" one. */
const ownVisit = /\b(?:this|the|a|our) (?:(?:focused|monitoring|short|standard|ilacs|full|graded) )*(?:visit|inspection)\b/gi;
/** Words before "the visit" that make it another one: "since the focused visit", "after the inspection". */
const anotherVisit = /\b(?:since|after|following|before|previous|prior to|until|at) $/i;

/**
 * Days stated for the visit: "on 4 and 5 December 2024", "on 13 October 2020", "on 30 April and 1 May
 * 2019", "between 30 September and 11 October 2024", "from 20 to 24 January", "on 11, 12 and 13 June".
 */
const statedDays = new RegExp(
  String.raw`\b(on|between|from) ${weekday}(\d{1,2})(?: ${month})?((?:, ${weekday}\d{1,2}(?: ${month})?)*)(?:,? (and|to|until|–|-) ${weekday}(\d{1,2}))? ${month}(?: (\d{4}))?\b`,
  'g',
);

interface Stated {
  start: number;
  end: number;
  connective: string;
  joiner: string;
  withYear: boolean;
  days: string[];
}

function iso(year: number, monthName: string, day: string): string {
  return `${year}-${String(monthNames.indexOf(monthName) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The ISO days a match states, in the order written; a year left out is the visit's, a month left out is the next one stated. */
function readDays(m: RegExpExecArray, visit: DateSpan): string[] | undefined {
  const lastMonth = m[8]!;
  const year = m[9] ? Number(m[9]) : Number(visit.end.slice(0, 4));
  const parts: { day: string; month?: string }[] = [{ day: m[2]!, ...(m[3] ? { month: m[3] } : {}) }];
  for (const piece of (m[4] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const [day, name] = piece.replace(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) /, '').split(' ');
    parts.push({ day: day!, ...(name ? { month: name } : {}) });
  }
  if (m[7]) parts.push({ day: m[7] });
  parts[parts.length - 1]!.month ??= lastMonth;
  // A part without its month takes the month stated after it ("11 and 12 June").
  for (let i = parts.length - 2; i >= 0; i--) parts[i]!.month ??= parts[i + 1]!.month;
  const lastIndex = monthNames.indexOf(parts[parts.length - 1]!.month!);
  const days = parts.map((p) => iso(monthNames.indexOf(p.month!) > lastIndex ? year - 1 : year, p.month!, p.day));
  return days.every(isValidIsoDate) ? days : undefined;
}

/** The visit's days in Ofsted's words, after the same connective: "4 and 5 December 2024", "30 September and 11 October 2024". */
function writeDays(visit: DateSpan, stated: Stated): string {
  const [y1, m1, d1] = [
    visit.start.slice(0, 4),
    monthNames[Number(visit.start.slice(5, 7)) - 1]!,
    String(Number(visit.start.slice(8, 10))),
  ];
  const [y2, m2, d2] = [visit.end.slice(0, 4), monthNames[Number(visit.end.slice(5, 7)) - 1]!, String(Number(visit.end.slice(8, 10)))];
  const year = stated.withYear ? ` ${y2}` : '';
  const joiner =
    stated.connective === 'between'
      ? 'and'
      : stated.connective === 'from'
        ? stated.joiner === 'until'
          ? 'until'
          : 'to'
        : stated.joiner || 'and';
  if (visit.start === visit.end) return `${stated.connective} ${d1} ${m1}${year}`;
  if (y1 !== y2) return `${stated.connective} ${d1} ${m1} ${y1} ${joiner} ${d2} ${m2} ${y2}`;
  if (m1 !== m2) return `${stated.connective} ${d1} ${m1} ${joiner} ${d2} ${m2}${year}`;
  return `${stated.connective} ${d1} ${joiner} ${d2} ${m2}${year}`;
}

export default defineRule({
  meta: {
    id: 'visit-dates-statement',
    description: 'The days on site that the prose states ("on 11 and 12 June 2025") are the front matter’s `dates`, in order.',
    category: 'cadence',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Letters open with the days of the visit ("This letter summarises the findings of the focused visit to
X children’s services on 4 and 5 December 2024"), and some reports with the days of the inspection
("Inspectors carried out this inspection between 30 September and 11 October 2024"). A draft copied
from an earlier letter keeps the old days. Reported: days stated for this visit or inspection ("the
focused visit", "this inspection", "a monitoring visit") with "on", "between" or "from", in any of the
shapes Ofsted writes ("on 13 October 2020", "on 30 April and 1 May 2019", "on 23 to 24 July 2025",
"on 11, 12 and 13 June", "between 30 September and 11 October 2024", weekdays allowed), when their
first and last day are not the front matter's \`dates\`, or when they are written out of order ("on 16
and 15 April"). A year left out is the visit's. The fix writes the front matter's days in the same
shape.

Left alone: other visits and inspections ("since the focused visit on 12 March 2022", "the last
inspection", "the joint targeted area inspection"), sentences that name no visit ("inspectors returned
from 13 January until 16 January 2025", which describes a return to gather more evidence), dates
without a day, and drafts without \`dates\`. That publication comes after the last day on site is
\`cadence-publication-after-visit\`'s check; that the front matter's days are in order and fit the
type is \`cadence-dates-fit-type\`'s.

Measured on the real corpus (16 reports, 30 letters, 31 statements of days on site): no finding.`,
    appliesTo: (document) => document.onSite !== undefined,
  },
  check({ draft, facts, report }) {
    const visit = facts.dates;
    if (!visit || visit.end < visit.start) return;
    for (const { text, offset } of proseBlocks(draft)) {
      if ((!text.includes('isit') && !text.includes('nspection')) || !dayAndMonth.test(text)) continue;
      for (const sentence of sentencesOf(text)) {
        const noun = ownVisitIn(sentence.text);
        if (noun === undefined) continue;
        statedDays.lastIndex = noun;
        const m = statedDays.exec(sentence.text);
        if (!m || m.index - noun > 160) continue;
        const days = readDays(m, visit);
        if (!days) continue;
        const stated: Stated = {
          start: m.index,
          end: m.index + m[0].length,
          connective: m[1]!.toLowerCase(),
          joiner: m[6] ?? '',
          withYear: m[9] !== undefined,
          days,
        };
        const first = days[0]!;
        const last = days[days.length - 1]!;
        const inOrder = days.every((d, i) => i === 0 || d > days[i - 1]!);
        if (inOrder && first === visit.start && last === visit.end) continue;
        const range = { start: offset + sentence.start + stated.start, end: offset + sentence.start + stated.end };
        const newText = writeDays(visit, stated);
        report({
          message: inOrder
            ? `The front matter's \`dates\` are ${visit.start} to ${visit.end}: "${m[0]}" states ${first === last ? first : `${first} to ${last}`}.`
            : `"${m[0]}" states the days out of order; the front matter's \`dates\` are ${visit.start} to ${visit.end}.`,
          range,
          data: { expected: newText },
          fix: { description: `Write "${newText}"`, edits: [{ range, newText }] },
        });
      }
    }
  },
});

/** Where the sentence's first mention of the draft's own visit ends, or undefined when it has none. */
function ownVisitIn(sentence: string): number | undefined {
  ownVisit.lastIndex = 0;
  for (let m = ownVisit.exec(sentence); m; m = ownVisit.exec(sentence)) {
    if (anotherVisit.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/\b(?:joint targeted|jtai)\b/i.test(sentence.slice(m.index, m.index + m[0].length + 30))) continue;
    return m.index + m[0].length;
  }
  return undefined;
}
