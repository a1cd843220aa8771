import { defineRule } from '../engine/types.js';
import { judgementGrades } from '../engine/queries.js';
import { judgementAreas, matchJudgementArea, type JudgementAreaId } from '../framework/judgement-areas.js';
import type { Grade } from '../framework/grades.js';
import { gradeWordsAt, gradeWordsFor, type GradeWords } from './text/grade-words.js';
import { proseBlocks } from './text/prose.js';

/**
 * A present grade: "are good", "remain inadequate", "have remained outstanding", "continue to be good",
 * "are now judged to be outstanding"; or "require improvement to be good" as the verb itself.
 */
const presentGrade =
  /\b(?:(are|is|remain|remains|have remained|has remained|continue to be|continues to be|have been judged|has been judged|are judged|is judged)(?:\s+(?:now|still|consistently|overall|judged))*\s+|(?=requires? improvement))/gi;

/** Where the authority or its area is named after "in": a capitalised name or "the local authority". */
const place = String.raw`(?: (?:in|across) (?:the (?:local authority|area|borough|county|city)|[A-Z][\w’'.,-]*(?: (?:[A-Z][\w’'.-]*|and|with|upon|on|of|under))*))?`;

/** Subjects that name the services as a whole (overall effectiveness) or one judgement, ending where the verb starts. */
const subjects: { area: JudgementAreaId; pattern: RegExp }[] = [
  {
    area: 'overallEffectiveness',
    pattern: new RegExp(
      String.raw`(?:(?:the )?overall effectiveness(?: of (?:children[’']s )?services(?: for children(?: and (?:families|young people))?)?)?|(?:children[’']s )?services for (?:vulnerable )?children(?: and (?:families|young people|their families))?${place}|children[’']s services${place}|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*[’']s? children[’']s services)\s*$`,
    ),
  },
  { area: 'helpAndProtection', pattern: new RegExp(String.raw`\bservices for children (?:in need of|who need|who require|requiring|needing) help and protection${place}\s*$`) },
  { area: 'childrenInCareAndCareLeavers', pattern: new RegExp(String.raw`\bservices for children in care and care leavers${place}\s*$`) },
  { area: 'childrenInCare', pattern: new RegExp(String.raw`\bservices for children in care${place}\s*$`) },
  { area: 'careLeavers', pattern: new RegExp(String.raw`\bservices for care leavers${place}\s*$`) },
];

/** "The experiences and progress of care leavers are good": a judgement's own wording as the subject. */
const wordedSubject = /\b(?:the )?((?:experiences? and progress of|impact of leaders on)[^,;.]{3,90}?)\s*$/i;

/** What may stand before the subject in its clause: nothing, or a conjunction ("and services for children are good"). */
const clauseOpening = /(?:^|\b(?:and|that|but|while|whereas|so|because|although|consequently|overall|now|today),?\s+)$/i;

/** The subject of a verb: what stands between the clause's start and `end`. */
function subjectArea(text: string, end: number): JudgementAreaId | undefined {
  // Only the 160 characters before the verb are read: a subject is shorter, and the cost stays linear.
  const window = text.slice(Math.max(0, end - 160), end);
  const clauseStart = Math.max(window.lastIndexOf('. '), window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf('\n'), -1);
  const subject = window.slice(clauseStart + 1).trimStart();
  const lowered = subject.charAt(0).toLowerCase() + subject.slice(1);
  for (const { area, pattern } of subjects) {
    const m = pattern.exec(lowered);
    if (m && clauseOpening.test(lowered.slice(0, m.index))) return area;
  }
  const worded = wordedSubject.exec(subject);
  if (!worded || !clauseOpening.test(subject.slice(0, worded.index))) return undefined;
  const match = matchJudgementArea(`The ${worded[1]}`);
  return match && !match.nearMiss ? match.area.id : undefined;
}

/**
 * The sentence with `grade` in place of the grade it states, from `start`: "are inadequate" for "are
 * good", "require improvement to be good" for "are good", "is good" for "requires improvement to be
 * good". Undefined where no plain rewrite exists ("remain requires improvement to be good" is no English).
 */
function rewriteStatement(text: string, verb: RegExpExecArray, words: GradeWords, grade: Grade): { start: number; newText: string } | undefined {
  const said = (verb[1] ?? '').toLowerCase();
  if (said === '') {
    const plural = /^require\b/i.test(text.slice(words.start));
    return { start: words.start, newText: `${plural ? 'are' : 'is'} ${grade.heading}` };
  }
  if (grade.id !== 'requires-improvement' || /\bjudged\b/i.test(verb[0])) return { start: words.start, newText: gradeWordsFor(grade, words.connective) };
  if (said === 'are' || said === 'is') return { start: verb.index, newText: `${said === 'are' ? 'require' : 'requires'} improvement to be good` };
  if (said.startsWith('continue')) return { start: verb.index, newText: `${said.split(' ')[0]} to require improvement to be good` };
  return undefined;
}

type Graded = ReturnType<ReturnType<typeof judgementGrades>['get']>;

/** The grade of two judgements a sentence names together: undefined when either fits the sentence or one is ungraded. */
function bothOrNeither(first: Graded, second: Graded, stated: string): Graded {
  if (!first || !second || first.grade.id === stated || second.grade.id === stated) return undefined;
  return first.grade.id === second.grade.id ? first : undefined;
}

export default defineRule({
  meta: {
    id: 'judgement-statement',
    description: 'A sentence that states a judgement in words ("services for children in X are good") agrees with the judgement table.',
    category: 'judgement',
    defaultSeverity: 'warning',
    fixable: true,
    docs: `Reports sum their judgements up in words: "Services for children in Barnsley are good", "Children’s
services remain inadequate", "services for children have remained outstanding in their overall
effectiveness". When a draft is regraded, or started from another report, the words and the table
disagree. Reported: a present-tense grade ("are", "is", "remain", "have remained", "continue to be",
"are now judged to be", or "require improvement to be good") whose subject is

- the services as a whole ("services for children", "services for children and families in X",
  "children’s services in X", "X’s children’s services", "the overall effectiveness of services"),
  compared with overall effectiveness;
- one judgement ("services for children in need of help and protection", "services for children in
  care", "services for children in care and care leavers", "services for care leavers", or the
  judgement's own wording, "the experiences and progress of care leavers"), compared with that
  judgement;

when the table (or, without one, the judgement's heading) gives another grade. "Services for children
in care and care leavers" under a framework that grades the two apart is reported only when the
sentence fits neither grade. The fix writes the
table's grade in the sentence's form ("are inadequate", "require improvement to be good").

Left alone: past grades ("were judged good", which \`previous-inspection-statement\` checks), negated
or hedged ones ("are not yet good"), "good" as an ordinary word ("good at", "good practice"), subjects
that are neither ("the quality of plans is good", "services for children in need are good"), and
judgements the draft does not grade.

Measured on the real corpus (16 reports, 30 letters, 9 statements that can be checked): no finding.`,
    appliesTo: ['short-inspection', 'standard-inspection', 'self-evaluation'],
  },
  check({ draft, report }) {
    const grades = judgementGrades(draft);
    if (grades.size === 0) return;
    for (const { text, offset } of proseBlocks(draft)) {
      if (!/\b(?:good|outstanding|inadequate|improvement)\b/i.test(text)) continue;
      presentGrade.lastIndex = 0;
      for (let m = presentGrade.exec(text); m; m = presentGrade.exec(text)) {
        const words = gradeWordsAt(text, m.index + m[0].length);
        if (m[0].length === 0) presentGrade.lastIndex++;
        if (!words) continue;
        const verbless = m[1] === undefined;
        if (verbless && (words.connective !== '' || !/^requires? improvement/i.test(text.slice(words.start)))) continue;
        if (/^\s+(?:at|to|enough|practice|quality|progress|use|examples?|for|in respect|in relation)\b/i.test(text.slice(words.end, words.end + 16))) continue;
        const area = subjectArea(text, m.index);
        if (!area) continue;
        // "children in care and care leavers" under a framework that grades them apart: wrong only if it fits neither.
        const table = grades.get(area) ?? (area === 'childrenInCareAndCareLeavers' ? bothOrNeither(grades.get('childrenInCare'), grades.get('careLeavers'), words.grade.id) : undefined);
        if (!table || table.grade.id === words.grade.id) continue;
        const rewrite = rewriteStatement(text, m, words, table.grade);
        const name =
          area === 'overallEffectiveness'
            ? 'overall effectiveness'
            : grades.has(area)
              ? `"${judgementAreas[area].title}"`
              : `"${judgementAreas.childrenInCare.title}" and "${judgementAreas.careLeavers.title}"`;
        report({
          message: `The ${table.source === 'table' ? 'judgement table' : 'heading'} grades ${name} ${table.grade.heading}: this sentence says ${words.grade.heading}.`,
          range: { start: offset + words.start, end: offset + words.end },
          related: [{ message: `The ${table.source === 'table' ? 'table' : 'heading'}'s grade`, range: table.range }],
          data: { area, expected: table.grade.id },
          ...(rewrite
            ? { fix: { description: `Write "${rewrite.newText}"`, edits: [{ range: { start: offset + rewrite.start, end: offset + words.end }, newText: rewrite.newText }] } }
            : {}),
        });
      }
    }
  },
});
