import { matchAt, type TextMatch } from './text-match.js';

/**
 * A child named together with an age: "Jack, aged 7", "Jack (aged 7)", "seven-year-old Jack",
 * "Jack (7)", "Jack, 7, lives...". Ages 0 to 25 (care leavers are supported to 25), in digits or
 * words. A name is a capitalised word (Jack, Mary-Jane, O’Neill) that is not one of the capitalised
 * words reports use in those places (Children, Outcome, Year, a month, an authority...).
 *
 * Not flagged: age ranges and cohorts ("Children aged 16 to 25", "aged 16 and 17", "aged 16+",
 * "17-year-olds"), "section 47", framework tags ("Outcome (3)"), paragraph numbers, and names with
 * no age next to them (the lead inspector's line). Missed on purpose: a name with no age, and
 * names written in lower case; a name alone cannot be told from any other capitalised word.
 */
const name = String.raw`(\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:[-'’]\p{Lu}?\p{Ll}+)?)`;
const ageWords = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
/** "seven" or "Seven": the patterns are case-sensitive, as names are told by their capital. */
const eitherCase = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;
const age = String.raw`(\d{1,2}|${eitherCase('twenty')}[- ](?:one|two|three|four|five)|${ageWords.map(eitherCase).join('|')})`;
const end = String.raw`(?![\p{L}\p{N}])`;

/**
 * Each shape is found from a plain cue ("aged", "year-old", "(7)", ", 7,"), then the name and the age
 * are read from short windows either side with anchored patterns: the cost is linear in the text.
 */
interface Shape {
  cue: RegExp;
  /** Reads the name and the age around a cue; undefined when the shape is not there. */
  read(text: string, cue: RegExpExecArray): { start: number; end: number; name: string; age: string } | undefined;
}

const window = 60;
const nameBeforeAged = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}(?:,[ \t]+|[ \t]+\()$`, 'u');
const ageAtStart = new RegExp(String.raw`^${age}${end}`, 'u');
const ageBeforeYearOld = new RegExp(String.raw`(?<![\p{L}\p{N}])${age}[- ]$`, 'u');
const nameAtStart = new RegExp(String.raw`^${name}${end}`, 'u');
const nameBeforeBracket = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}[ \t]+$`, 'u');
const nameBeforeComma = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}$`, 'u');

/** The match of an end-anchored pattern in the window before `at`, with its offset in `text`. */
function before(text: string, at: number, pattern: RegExp): { index: number; groups: RegExpExecArray } | undefined {
  const from = Math.max(0, at - window);
  const m = pattern.exec(text.slice(from, at));
  if (!m) return undefined;
  // The window may start inside a word: a name must start at a word boundary of the whole text.
  if (m.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) return undefined;
  return { index: from + m.index, groups: m };
}

const rangeAfter = /^[ \t]*(?:to|and|or|-|–|—|\+|plus|years?[ \t]+(?:and|or|to))(?![\p{L}])/iu;

const shapes: readonly Shape[] = [
  {
    // "Jack, aged 7", "Jack (aged 7)", "Jack, age 7"; not "aged 16 to 25".
    cue: /\baged?[ \t]+/g,
    read(text, cue) {
      const who = before(text, cue.index, nameBeforeAged);
      const ageStart = cue.index + cue[0].length;
      const years = ageAtStart.exec(text.slice(ageStart, ageStart + 20));
      if (!who || !years) return undefined;
      const end = ageStart + years[0].length;
      if (rangeAfter.test(text.slice(end, end + 12))) return undefined;
      return { start: who.index, end, name: who.groups[1]!, age: years[1]! };
    },
  },
  {
    // "seven-year-old Jack", "7 year old Jack"; not "17-year-olds".
    cue: /\byears?[- ]old[ \t]+/g,
    read(text, cue) {
      const years = before(text, cue.index, ageBeforeYearOld);
      const nameStart = cue.index + cue[0].length;
      const who = nameAtStart.exec(text.slice(nameStart, nameStart + window));
      if (!years || !who) return undefined;
      return { start: years.index, end: nameStart + who[0].length, name: who[1]!, age: years.groups[1]! };
    },
  },
  {
    // "Jack (7)".
    cue: /\((\d{1,2})\)/g,
    read(text, cue) {
      const who = before(text, cue.index, nameBeforeBracket);
      return who && { start: who.index, end: cue.index + cue[0].length, name: who.groups[1]!, age: cue[1]! };
    },
  },
  {
    // "Jack, 7, lives with".
    cue: /,[ \t]+(\d{1,2}),/g,
    read(text, cue) {
      const who = before(text, cue.index, nameBeforeComma);
      return who && { start: who.index, end: cue.index + cue[0].length, name: who.groups[1]!, age: cue[1]! };
    },
  },
];

/** Capitalised words that sit where a name would in report prose. Lower case. */
export const notNames: ReadonlySet<string> = new Set(
  `the this these those that there they their them some many most all each every few several both other others such any no none
one two three four five six seven eight nine ten children child young people person babies baby boys boy girls girl siblings sibling
brothers sisters parents parent carers carer families family mothers fathers adolescents teenagers teenager infants toddlers pupils
students learners leavers care adults women men youngsters outcome outcomes enabler enablers principle principles paragraph paragraphs
section sections table figure year years key stage appendix annex step phase level tier band grade page chapter part note footnote
recommendation priority area areas question standard regulation schedule article act rule item point number group cohort unit team
ward room class form block day days week weeks month months hour hours age aged ages between under over up around about approximately
including inspectors inspector leaders managers social workers ofsted since in at on for from by of to with only just when while where
who which what however although overall currently similarly additionally also here now then today recently previously nearly almost
january february march april may june july august september october november december monday tuesday wednesday thursday friday
saturday sunday his her majesty majesty's majesty’s`.split(/\s+/),
);

/**
 * Finds named children. `extraNotNames` adds words of the draft that are not children's names
 * (the authority, the lead inspector), lower case.
 */
export function findNamedChildren(text: string, extraNotNames: ReadonlySet<string> = new Set()): TextMatch[] {
  const found: TextMatch[] = [];
  for (const shape of shapes) {
    shape.cue.lastIndex = 0;
    for (let cue = shape.cue.exec(text); cue; cue = shape.cue.exec(text)) {
      const child = shape.read(text, cue);
      if (!child) continue;
      const candidate = child.name.toLowerCase();
      if (notNames.has(candidate) || extraNotNames.has(candidate) || ageOf(child.age) > 25) continue;
      found.push(matchAt(text, child.start, child.end));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function ageOf(text: string): number {
  const lower = text.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  const index = ageWords.indexOf(lower);
  if (index >= 0) return index;
  return 20 + ageWords.indexOf(lower.slice(7));
}
