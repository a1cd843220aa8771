import { defineRule } from '../engine/types.js';
import { judgementGrades } from '../engine/queries.js';
import type { Domain } from '../framework/domain.js';
import { judgementAreas, type JudgementAreaId } from '../framework/judgement-areas.js';
import type { Grade } from '../framework/grades.js';
import { gradeWordsAt, gradeWordsFor, type GradeWords } from './text/grade-words.js';
import { proseBlocks } from './text/prose.js';

/** Grade words: where a statement can be. Found first, as they are rarer than the verbs before them. */
const gradeWord = /\b(?:[Gg]ood|[Oo]utstanding|[Ii]nadequate|[Rr]equires? improvement)\b/g;

/** Words every subject this rule reads contains: "services", "effectiveness", "experiences and progress", "impact of leaders". */
const subjectWords = ['ervices', 'ffectiveness', 'xperience', 'mpact of leaders'];
/** A subject, its verb and its grade fit in this many characters after the subject's key word. */
const statementLength = 200;

/**
 * Grade words that follow a subject's key word closely: only those can end a statement this rule
 * reads, so only the text after a key word is searched (plain searches find the key words).
 */
function gradeWordsAfterSubjects(text: string): { index: number; word: string }[] {
  const windows: { start: number; end: number }[] = [];
  for (const word of subjectWords) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length))
      windows.push({ start: at, end: at + statementLength });
  }
  if (windows.length === 0) return [];
  windows.sort((a, b) => a.start - b.start);
  const found: { index: number; word: string }[] = [];
  let searchedTo = 0;
  for (const window of windows) {
    const from = Math.max(window.start, searchedTo);
    const to = Math.min(text.length, window.end);
    if (from >= to) continue;
    // Each stretch of text is searched once, and never past its window: linear however many key words.
    const stretch = text.slice(from, to);
    gradeWord.lastIndex = 0;
    for (let g = gradeWord.exec(stretch); g; g = gradeWord.exec(stretch)) found.push({ index: from + g.index, word: g[0] });
    searchedTo = to;
  }
  return found;
}

/**
 * The verb before a grade, read back from it: "are", "remain", "have remained", "continue to be",
 * "are now judged to be"; the connective ("to be", "to", "as") is the grade phrase's.
 */
const verbBefore =
  /\b(are|is|remain|remains|have remained|has remained|continue to be|continues to be|have been judged|has been judged|are judged|is judged)((?:\s+(?:now|still|consistently|overall|judged))*\s+)((?:to be|to|as)\s+)?$/i;

interface Verb {
  /** The verb as written, lower case ("are", "have been judged"); empty for "require improvement" itself. */
  said: string;
  /** Verb and adverbs ("are now judged "). */
  text: string;
  index: number;
}

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
  {
    area: 'helpAndProtection',
    pattern: new RegExp(
      String.raw`\bservices for children (?:in need of|who need|who require|requiring|needing) help and protection${place}\s*$`,
    ),
  },
  { area: 'childrenInCareAndCareLeavers', pattern: new RegExp(String.raw`\bservices for children in care and care leavers${place}\s*$`) },
  { area: 'childrenInCare', pattern: new RegExp(String.raw`\bservices for children in care${place}\s*$`) },
  { area: 'careLeavers', pattern: new RegExp(String.raw`\bservices for care leavers${place}\s*$`) },
];

/** "The experiences and progress of care leavers are good": a judgement's own wording as the subject. */
const wordedSubject = /\b(?:the )?((?:experiences? and progress of|impact of leaders on)[^,;.]{3,90}?)\s*$/i;

/** What may stand before the subject in its clause: nothing, or a conjunction ("and services for children are good"). */
const clauseOpening = /(?:^|\b(?:and|that|but|while|whereas|so|because|although|consequently|overall|now|today),?\s+)$/i;

/** The subject of a verb: what stands between the clause's start and `end`. */
function subjectArea(text: string, end: number, domain: Domain): JudgementAreaId | undefined {
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
  const match = domain.matchArea(`The ${worded[1]}`);
  return match && !match.nearMiss ? match.area.id : undefined;
}

/**
 * The sentence with `grade` in place of the grade it states, from `start`: "are inadequate" for "are
 * good", "require improvement to be good" for "are good", "is good" for "requires improvement to be
 * good". Undefined where no plain rewrite exists ("remain requires improvement to be good" is no English).
 */
function rewriteStatement(text: string, verb: Verb, words: GradeWords, grade: Grade): { start: number; newText: string } | undefined {
  const said = verb.said;
  if (said === '') {
    const plural = /^require\b/i.test(text.slice(words.start));
    return { start: words.start, newText: `${plural ? 'are' : 'is'} ${grade.heading}` };
  }
  if (grade.id !== 'requires-improvement' || /\bjudged\b/i.test(verb.text))
    return { start: words.start, newText: gradeWordsFor(grade, words.connective) };
  if (said === 'are' || said === 'is')
    return { start: verb.index, newText: `${said === 'are' ? 'require' : 'requires'} improvement to be good` };
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

Measured on the real corpus (16 reports, 30 letters): no finding. 6 of the 16 reports state a grade in
words in a form the rule reads (7 statements); with their tables regraded, the rule finds every one of them.`,
    appliesTo: (document) => document.graded,
  },
  check({ draft, domain, report }) {
    const grades = judgementGrades(draft, domain);
    if (grades.size === 0) return;
    for (const { text, offset } of proseBlocks(draft)) {
      for (const g of gradeWordsAfterSubjects(text)) {
        const windowStart = Math.max(0, g.index - 60);
        const before = verbBefore.exec(text.slice(windowStart, g.index));
        let m: Verb;
        let words: GradeWords | undefined;
        if (before) {
          m = { said: before[1]!.toLowerCase(), text: before[1]! + before[2]!, index: windowStart + before.index };
          words = gradeWordsAt(text, g.index - (before[3]?.length ?? 0));
        } else {
          // "Services for children require improvement to be good": the grade is the verb.
          if (!/^[Rr]equires? /.test(g.word)) continue;
          m = { said: '', text: '', index: g.index };
          words = gradeWordsAt(text, g.index);
        }
        if (!words) continue;
        if (
          /^\s+(?:at|to|enough|practice|quality|progress|use|examples?|for|in respect|in relation)\b/i.test(
            text.slice(words.end, words.end + 16),
          )
        )
          continue;
        const area = subjectArea(text, m.index, domain);
        if (!area) continue;
        // "children in care and care leavers" under a framework that grades them apart: wrong only if it fits neither.
        const table =
          grades.get(area) ??
          (area === 'childrenInCareAndCareLeavers'
            ? bothOrNeither(grades.get('childrenInCare'), grades.get('careLeavers'), words.grade.id)
            : undefined);
        if (!table || table.grade.id === words.grade.id) continue;
        const rewrite = rewriteStatement(text, m, words, table.grade);
        const name =
          area === 'overallEffectiveness'
            ? 'overall effectiveness'
            : grades.has(area)
              ? `"${domain.judgementAreas.find((a) => a.id === area)?.title ?? area}"`
              : `"${judgementAreas.childrenInCare.title}" and "${judgementAreas.careLeavers.title}"`;
        report({
          message: `The ${table.source === 'table' ? 'judgement table' : 'heading'} grades ${name} ${table.grade.heading}: this sentence says ${words.grade.heading}.`,
          range: { start: offset + (rewrite?.start ?? words.start), end: offset + words.end },
          related: [{ message: `The ${table.source === 'table' ? 'table' : 'heading'}'s grade`, range: table.range }],
          data: { area, expected: table.grade.id },
          ...(rewrite
            ? {
                fix: {
                  description: `Write "${rewrite.newText}"`,
                  edits: [{ range: { start: offset + rewrite.start, end: offset + words.end }, newText: rewrite.newText }],
                },
              }
            : {}),
        });
      }
    }
  },
});
