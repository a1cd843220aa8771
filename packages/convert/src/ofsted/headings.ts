import { grades, normaliseForComparison, type Grade, type JudgementArea } from '@ilacs/core/framework';
import { normaliseHeading } from '@ilacs/core/tools';
import { isWhatNeedsToImproveHeading, letterSectionHeadings, matchArea } from './domain.js';

export interface JudgementHeading {
  area: JudgementArea;
  /** The area's words as printed. */
  printedArea: string;
  grade: Grade;
}

/** Grades, longest wording first, so that "requires improvement to be good" is not read as "good". */
const gradesByLength = [...grades].sort((a, b) => b.heading.length - a.heading.length);

/**
 * Reads a judgement heading in any of the forms Ofsted has printed: "...: good", "...: Good", "... is
 * inadequate", "... are good", "... are: inadequate", "... requires improvement to be good",
 * "...: requires improvement to be good.". Undefined when the words before the grade are no judgement area.
 */
export function readJudgementHeading(text: string): JudgementHeading | undefined {
  const printed = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const lower = printed.toLowerCase();
  for (const grade of gradesByLength) {
    for (const wording of [grade.heading, ...(grade.id === 'requires-improvement' ? ['requires improvement'] : [])]) {
      if (!lower.endsWith(wording)) continue;
      const before = printed.slice(0, printed.length - wording.length);
      const area = before.replace(/(?:\s+(?:is|are)\s*:?|\s*:)\s*$/i, '').trim();
      const match = matchArea(area);
      if (match && before.length > area.length) return { area: match.area, printedArea: area, grade };
    }
  }
  return undefined;
}

const improvementInPractice = /^what needs to improve in this area of (social work )?practice/;

/** Whether a heading is one of a letter's sections (as opposed to a sub-heading inside one). */
export function isLetterSectionHeading(text: string): boolean {
  const wanted = normaliseHeading(text.replace(/\.\s*$/, ''));
  return letterSectionHeadings.has(wanted) || improvementInPractice.test(wanted) || isWhatNeedsToImproveHeading(text);
}

/** A letter's improvement heading with its final "?" (printed without it, or with ":", in many letters). */
export function normaliseLetterHeading(text: string): string {
  const printed = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\d+$/, '');
  if (improvementInPractice.test(normaliseForComparison(printed))) return printed.replace(/[?:.]?$/, '?');
  return printed;
}
