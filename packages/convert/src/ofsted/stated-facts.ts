import { gradeById, matchGrade, type FocusAreaId, type Grade } from '@ilacs/core/framework';
import { findDateRange, spanDays } from './dates.js';

/**
 * Facts a document states in its prose, read from Ofsted's standard sentences: what a focused visit
 * looked at, which monitoring visit this is, and what the last inspection found.
 */

/** Words naming each focus area, in the phrase after "arrangements for"; the earliest named wins. */
const focusWords: readonly { focus: FocusAreaId; pattern: RegExp }[] = [
  { focus: 'front door', pattern: /front[\s-]*door|contacts and referrals|\bmash\b|multi-agency safeguarding hub/i },
  { focus: 'achieving permanence', pattern: /permanen(ce|cy)/i },
  { focus: 'care leavers', pattern: /care leavers?/i },
  {
    focus: 'vulnerable adolescents',
    pattern: /extra[\s-]*familial|exploitation|vulnerable adolescents|vulnerable (young people|children) (at risk|from)/i,
  },
  {
    focus: 'placement decisions for older children',
    pattern: /placement decisions?|older children|(16|sixteen)[\s-]+(and|or) (17|seventeen)/i,
  },
  {
    focus: 'children in need or subject to a plan',
    pattern: /child(ren)? in need|child protection plan|protection plan|need help and protection/i,
  },
  { focus: 'children in care', pattern: /children in care|come into care|coming into care|looked after/i },
];

/** "Inspectors looked at the local authority's arrangements for X" (or reviewed, evaluated, considered). */
const arrangementsPattern =
  /\b(?:looked at|reviewed|evaluated|considered|focused on)\s+(?:the\s+)?(?:local authority|council|trust)['’]s\s+(?:arrangements|services|practice|work)\s+(?:for|in|to)\s+([^.;]{3,400})/i;

export interface StatedFocus {
  focus: FocusAreaId;
  /** The phrase it was read from. */
  phrase: string;
}

export function statedFocus(paragraphs: readonly string[]): StatedFocus | undefined {
  for (const text of paragraphs) {
    const m = arrangementsPattern.exec(text);
    if (!m) continue;
    const phrase = m[1]!;
    let best: { focus: FocusAreaId; at: number } | undefined;
    for (const { focus, pattern } of focusWords) {
      const found = pattern.exec(phrase);
      if (found && (!best || found.index < best.at)) best = { focus, at: found.index };
    }
    if (best) return { focus: best.focus, phrase: m[0] };
  }
  return undefined;
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const visitNumberPattern = new RegExp(`\\b(${ordinals.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+monitoring visit`, 'i');

/** "This visit was the third monitoring visit since..." */
export function statedVisitNumber(paragraphs: readonly string[]): number | undefined {
  for (const text of paragraphs) {
    const m = visitNumberPattern.exec(text);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    const index = ordinals.indexOf(word);
    return index >= 0 ? index + 1 : Number.parseInt(word, 10);
  }
  return undefined;
}

export interface StatedPrevious {
  /** "February 2020", "2018". */
  when: string;
  year: number;
  grade?: Grade;
  sentence: string;
  /** The days on site, when the sentence prints them: then `previous` can be filled in whole. */
  dates?: { start: string; end: string };
  type?: 'sif-inspection' | 'short-inspection' | 'standard-inspection';
}

const monthNames = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const previousPattern = new RegExp(
  `\\b(?:last|previous|most recent)\\s+(?:full\\s+|standard\\s+|short\\s+|ofsted\\s+|ilacs\\s+|single inspection framework\\s+|sif\\s+|\\(sif\\)\\s+)*inspection\\b[^.]{0,80}?\\b(?:in|of)\\s+((?:${monthNames}\\s+)?(\\d{4}))`,
  'i',
);
const gradePattern =
  /\b(?:judged|found|rated|graded|were|was)\s+(?:to\s+be\s+|as\s+|to\s+)?(outstanding|good|inadequate|requires? improvement(?: to be good)?)/i;

/**
 * "Since the last inspection of Harrow in February 2020, when services for children were judged to be
 * good": when the last inspection was and its judgement. Reports and letters never print its days on
 * site, so this is what the author is told, not a `previous` block.
 */
export function statedPrevious(paragraphs: readonly string[]): StatedPrevious | undefined {
  for (const text of paragraphs) {
    const m = previousPattern.exec(text);
    if (!m) continue;
    const sentenceEnd = text.indexOf('.', m.index + m[0].length);
    const sentence = text.slice(m.index, sentenceEnd < 0 ? undefined : sentenceEnd + 1);
    const g = gradePattern.exec(sentence);
    const grade = !g ? undefined : /^requires?/i.test(g[1]!) ? gradeById('requires-improvement') : matchGrade(g[1]!);
    // Days on site count only right beside the words about the last inspection, with no other visit
    // named in between ("since the last inspection in 2019 and the focused visit on 4 and 5 March").
    const beside = text.slice(m.index, m.index + m[0].length + 40);
    const range = /visit|targeted|jtai/i.test(beside) ? undefined : findDateRange(beside);
    const year = Number(m[2]);
    // The Single Inspection Framework ran to 2017; ILACS inspections are short (one week) or standard (two).
    const type =
      year < 2018
        ? 'sif-inspection'
        : /\bshort inspection\b/i.test(sentence)
          ? 'short-inspection'
          : /\bstandard inspection\b/i.test(sentence)
            ? 'standard-inspection'
            : range
              ? spanDays(range.start, range.end) <= 7
                ? 'short-inspection'
                : 'standard-inspection'
              : undefined;
    return {
      when: m[1]!,
      year,
      ...(grade ? { grade } : {}),
      sentence,
      ...(range ? { dates: { start: range.start, end: range.end } } : {}),
      ...(type ? { type } : {}),
    };
  }
  return undefined;
}
