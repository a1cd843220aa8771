/**
 * A plain word scanner for the self-evaluation heuristics. One pass over the text, no regular
 * expressions over the whole text, so the cost is linear in its length whatever it contains.
 */

export interface Word {
  /** Lower case, typographic apostrophes folded. */
  text: string;
  /** Written in digits ("24", "1,200", "2.5"). */
  digits: boolean;
  /** The value of a number written in digits or as a word ("six"); undefined for other words. */
  value?: number;
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const letter = /\p{L}/u;

export function scanWords(input: string): Word[] {
  const text = input.toLowerCase();
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isDigit(ch)) {
      let j = i + 1;
      // "1,200" and "2.5" are one number; "2025." at the end of a sentence is not followed by a digit.
      while (j < text.length && (isDigit(text[j]!) || ((text[j] === ',' || text[j] === '.') && isDigit(text[j + 1] ?? '')))) j++;
      const written = text.slice(i, j);
      out.push({ text: written, digits: true, value: Number(written.replace(/,/g, '')) });
      i = j;
    } else if (ch === '%') {
      out.push({ text: '%', digits: false });
      i++;
    } else if (letter.test(ch)) {
      let j = i + 1;
      while (j < text.length && letter.test(text[j]!)) j++;
      const word = text.slice(i, j);
      const value = numberWords[word];
      out.push(value === undefined ? { text: word, digits: false } : { text: word, digits: false, value });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

/** True when the words starting at `index` are the given phrase. */
export function phraseAt(words: readonly Word[], index: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[index + k]?.text !== phrase[k]) return false;
  return true;
}

/** The first of the phrases that starts at some word, with that word's index. */
export function findPhrase(
  words: readonly Word[],
  phrases: readonly (readonly string[])[],
): { index: number; phrase: readonly string[] } | undefined {
  for (let i = 0; i < words.length; i++) {
    for (const phrase of phrases) if (phraseAt(words, i, phrase)) return { index: i, phrase };
  }
  return undefined;
}
