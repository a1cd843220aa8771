import { defineRule } from '../engine/types.js';
import { addMonths, monthNames } from '../cadence/iso-date.js';
import { areaWords, gradeWordsAt, gradeWordsFor, sentencesOf } from './text/grade-words.js';
import { proseBlocks } from './text/prose.js';

/**
 * Where a sentence names the last graded inspection: "the last inspection", "the previous Ofsted
 * inspection", "were last inspected", "at the ILACS inspection in", "since the inspection in".
 * Focused visits, monitoring visits and joint targeted area inspections are other events.
 */
const previousInspection =
  /\b(?:(?:last|previous|most recent|prior)\s+(?:(?:full|graded|standard|short|ofsted|ilacs|sif|children[’']s services)\s+)*inspection\b|last\s+inspected\b|(?:at|since) the (?:ilacs |sif )?inspection(?= in\b| of\b|,))/gi;

/** "in 2021", "in February 2020", ", in March 2020", "(July 2016)": the first date after the reference. */
const statedDate =
  /\b(?:in|during|of)\s+(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/g;

/** Another event between the reference and a date: the date is that event's. */
const otherEvent = /\b(?:visits?|jtai|joint targeted|monitoring|focused|judged|which|and the|and a)\b/i;

/** "was judged", "were judged as", "being judged", "was found to be": a past grade. */
const pastGradeVerb = /\b(?:was|were|being|had been)\s+(?:judged|found|rated|graded)(?:\s+overall)?\s+/gi;

export default defineRule({
  meta: {
    id: 'previous-inspection-statement',
    description: 'What the prose says about the previous inspection (its date and overall grade) agrees with `previous`.',
    category: 'judgement',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Reports and letters open by recalling the last graded inspection: "Since the last inspection in 2021,
when services were judged to be good, ...". A draft started from an older report keeps the old year
or grade. Reported, against the front matter's \`previous\`:

- **the date**: the year, or month and year, stated for "the last inspection", "the previous
  inspection", "the last Ofsted inspection", "were last inspected (by Ofsted) in", "at the ILACS
  inspection in", when it is not the time of the previous inspection. Real reports name the month of
  the inspection or of its publication ("the last inspection, in March 2020" for one in January 2020),
  so a month from the first day on site to three months after the last is accepted;
- **the grade**: "when services were judged to be good", "when the local authority was judged as
  requiring improvement to be good", "were judged requires improvement to be good", "being judged to
  be good overall at the last inspection", in the same sentence as the reference, when it is not
  \`previous.overall_effectiveness\`.

The fix writes the front matter's month and year or grade, in the sentence's own form ("judged to be
inadequate", "judged as requires improvement to be good").

Left alone: dates of focused visits, monitoring visits and joint targeted area inspections
("the last focused visit in 2019"); grades of one judgement area ("when the experiences and progress
of children in care and care leavers were judged as good", "the service for care leavers was judged
inadequate"); present grades ("services are good"); drafts without \`previous\`.

Measured on the real corpus (16 reports, 30 letters): no finding. 25 of the 37 documents with
\`previous\` state its date or grade in a form the rule reads; with \`previous\` moved three years and
regraded, the rule finds every one of them.`,
  },
  check({ draft, facts, report }) {
    const previous = facts.previous;
    if (!previous?.dates && !previous?.overallEffectiveness) return;
    const accepted = previous.dates ? acceptedMonths(previous.dates.start, previous.dates.end) : undefined;
    for (const { text, offset } of proseBlocks(draft)) {
      if (!text.includes('nspect') || (!/(?:19|20)\d\d/.test(text) && !text.includes('judged'))) continue;
      for (const sentence of sentencesOf(text)) {
        previousInspection.lastIndex = 0;
        const reference = previousInspection.exec(sentence.text);
        if (!reference) continue;
        const base = offset + sentence.start;
        if (accepted && previous.dates) {
          const date = dateAfter(sentence.text, reference.index + reference[0].length);
          if (date) {
            const stated = date.month ? `${date.year}-${String(monthNames.indexOf(date.month) + 1).padStart(2, '0')}` : undefined;
            const fits = stated ? accepted.months.has(stated) : accepted.years.has(date.year);
            if (!fits) {
              const start = previous.dates.start;
              const newText = date.month ? `${monthNames[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}` : start.slice(0, 4);
              const range = { start: base + date.start, end: base + date.end };
              report({
                message: `The previous inspection began on ${start} (front matter \`previous\`): "${sentence.text.slice(date.start, date.end)}" does not fit it.`,
                range,
                data: { expected: newText },
                fix: { description: `Write "${newText}"`, edits: [{ range, newText }] },
              });
            }
          }
        }
        if (previous.overallEffectiveness) {
          const stated = pastGrade(sentence.text, reference.index);
          if (stated && stated.grade.id !== previous.overallEffectiveness.id) {
            const newText = gradeWordsFor(previous.overallEffectiveness, stated.connective);
            const range = { start: base + stated.start, end: base + stated.end };
            report({
              message: `The previous inspection judged overall effectiveness ${previous.overallEffectiveness.heading} (front matter \`previous\`), not ${stated.grade.heading}.`,
              range,
              data: { expected: previous.overallEffectiveness.id },
              fix: { description: `Write "${newText}"`, edits: [{ range, newText }] },
            });
          }
        }
      }
    }
  },
});

/** Months ("YYYY-MM") and years that may name an inspection: from its first day to three months after its last. */
function acceptedMonths(start: string, end: string): { months: Set<string>; years: Set<string> } {
  const months = new Set<string>();
  const last = addMonths(end, 3).slice(0, 7);
  for (let month = start.slice(0, 7); month <= last; month = addMonths(`${month}-01`, 1).slice(0, 7)) months.add(month);
  return { months, years: new Set([start.slice(0, 4), end.slice(0, 4)]) };
}

/** The first date after the reference, unless another event or clause comes first. */
function dateAfter(sentence: string, from: number): { month?: string; year: string; start: number; end: number } | undefined {
  statedDate.lastIndex = from;
  const m = statedDate.exec(sentence);
  if (!m || m.index - from > 140) return undefined;
  if (otherEvent.test(sentence.slice(from, m.index))) return undefined;
  const start = m.index + m[0].length - (m[1] ? m[1].length + 1 + m[2]!.length : m[2]!.length);
  return { ...(m[1] ? { month: m[1] } : {}), year: m[2]!, start, end: m.index + m[0].length };
}

/**
 * The overall grade the sentence gives the previous inspection: after the reference ("since the last
 * inspection in 2021, when services were judged to be good"), or just before it ("judged to be good
 * overall at the last inspection"); not a grade of an earlier inspection in the same sentence.
 */
function pastGrade(sentence: string, reference: number): ReturnType<typeof gradeWordsAt> {
  pastGradeVerb.lastIndex = 0;
  for (let m = pastGradeVerb.exec(sentence); m; m = pastGradeVerb.exec(sentence)) {
    const words = gradeWordsAt(sentence, m.index + m[0].length);
    if (!words) continue;
    if (
      words.start < reference &&
      !/^\s*(?:overall\s+)?(?:(?:at|in|during)\s+the\s+(?:ilacs\s+|sif\s+)?)?$/i.test(sentence.slice(words.end, reference))
    )
      continue;
    // The subject: back to the clause's start ("when", "where", a comma or the sentence start).
    const before = sentence.slice(Math.max(0, m.index - 200), m.index);
    const clause = /(?:^|,|\bwhen\b|\bwhere\b|\bdespite\b|\band\b)([^,]*)$/i.exec(before)?.[1] ?? before;
    if (areaWords.test(clause)) return undefined;
    // "judged good in respect of care leavers", "judged inadequate for ...": one area after all.
    if (
      /^\s*(?:overall\s+)?(?:in respect of|for|in)\s+(?:the\s+)?(?:care|children|help|leaders|services for)/i.test(
        sentence.slice(words.end, words.end + 40),
      )
    )
      return undefined;
    return words;
  }
  return undefined;
}
