import { gradeById, type Grade } from '../../framework/grades.js';

/**
 * Grades as prose states them ("judged to be good", "judged as requiring improvement to be good",
 * "are inadequate"): one place for the judgement-statement rules to read and rewrite them.
 */

/** A grade in words, with what joins it to its verb: "to be good", "as requires improvement to be good", "to require improvement". */
export const gradePhrase = /(?:(to be|to|as) )?(outstanding|good|inadequate|requir(?:es|ing|e) improvement(?: to be good)?)\b/iy;

export interface GradeWords {
  grade: Grade;
  /** "to be", "to", "as" or "" */
  connective: string;
  start: number;
  end: number;
}

/** The grade phrase that starts exactly at `at`, if any (a sticky match: no scanning). */
export function gradeWordsAt(text: string, at: number): GradeWords | undefined {
  gradePhrase.lastIndex = at;
  const m = gradePhrase.exec(text);
  if (!m) return undefined;
  const connective = (m[1] ?? '').toLowerCase();
  const words = m[2]!.toLowerCase();
  // "to good" is no English: "to" only joins "require improvement".
  if (connective === 'to' && !words.startsWith('requir')) return undefined;
  const grade = words.startsWith('requir') ? gradeById('requires-improvement') : gradeById(words as 'outstanding' | 'good' | 'inadequate');
  return { grade, connective, start: m.index, end: m.index + m[0].length };
}

/** The phrase that states `grade` after the same verb: "to be good" for "to require improvement to be good". */
export function gradeWordsFor(grade: Grade, connective: string): string {
  if (grade.id === 'requires-improvement') {
    if (connective === 'to' || connective === 'to be') return 'to require improvement to be good';
    return connective === 'as' ? 'as requires improvement to be good' : 'requires improvement to be good';
  }
  if (connective === 'to' || connective === 'to be') return `to be ${grade.heading}`;
  return connective === 'as' ? `as ${grade.heading}` : grade.heading;
}

/** Words that make the subject of a graded statement one judgement area, not the services overall. */
export const areaWords =
  /\b(?:care leavers?|in care|leaving care|help and protection|protection|leaders|leadership|adoption|fostering|experiences? and progress|service for|front door|youth|disabled|children in need|areas?\b)/i;

/** Sentences of a block of prose, with their offsets: split after ". ", "? ", "! " before a capital, digit or quote. */
export function sentencesOf(text: string): { start: number; text: string }[] {
  const sentences: { start: number; text: string }[] = [];
  const boundary = /[.!?]["”’)]*\s+(?=[\p{Lu}\p{N}“‘"(])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    sentences.push({ start, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) sentences.push({ start, text: text.slice(start) });
  return sentences;
}
