/**
 * Snippet text in the TextMate/LSP syntax: `$1`, `${1:default}`, `${1|a,b|}`, `$0`. Helpers to build
 * it safely, and to turn it back into plain text for clients that cannot expand snippets.
 */

/** Escapes text so a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A placeholder with a default value. */
export function placeholder(index: number, text: string): string {
  return `\${${index}:${escapeSnippet(text)}}`;
}

/** A choice between values; the first is inserted when the client cannot offer the choice. */
export function choice(index: number, values: readonly string[]): string {
  return `\${${index}|${values.map((v) => v.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/**
 * The text a snippet inserts when nothing is typed over it: placeholders become their defaults,
 * choices their first value, bare tab stops nothing. A linear scan, so any input is safe.
 */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  let i = 0;
  const readNumber = () => {
    const start = i;
    while (i < snippet.length && snippet[i]! >= '0' && snippet[i]! <= '9') i++;
    return i > start;
  };
  // Depth of `${n:` placeholders we are inside; their closing brace is dropped.
  let open = 0;
  // Inside `${n|...|}`, only the first choice is kept.
  let inChoice: 'first' | 'rest' | undefined;
  while (i < snippet.length) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length) {
      if (inChoice !== 'rest') out += snippet[i + 1];
      i += 2;
      continue;
    }
    if (inChoice) {
      if (c === ',') inChoice = 'rest';
      else if (c === '|' && snippet[i + 1] === '}') {
        inChoice = undefined;
        i += 2;
        continue;
      } else if (inChoice === 'first') out += c;
      i++;
      continue;
    }
    if (c === '$') {
      const save = i;
      i++;
      if (readNumber()) continue;
      if (snippet[i] === '{') {
        i++;
        if (readNumber()) {
          if (snippet[i] === '}') {
            i++;
            continue;
          }
          if (snippet[i] === ':') {
            i++;
            open++;
            continue;
          }
          if (snippet[i] === '|') {
            i++;
            inChoice = 'first';
            continue;
          }
        }
      }
      i = save;
      out += c;
      i++;
      continue;
    }
    if (c === '}' && open > 0) {
      open--;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
