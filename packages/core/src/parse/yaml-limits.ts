import type { TextRange } from './line-index.js';

/**
 * Limits on the YAML handed to the `yaml` package. Its parser costs more than linear time in the
 * number of keys of one map (each key is compared with every earlier one), in aliases (each is
 * resolved by walking the document) and in nesting (it recurses, and overflows the stack near 900
 * levels). YAML past a limit is not parsed at all; each caller sets limits far above real input and
 * far below where the parser slows (`frontMatterLimits` for drafts).
 *
 * The counts are read in one pass over the text without parsing it, and are upper bounds of what
 * the parser would see: quotes and comments are not told apart from the rest, so a bracket or an
 * asterisk inside a quoted value counts too. Counting too much can only refuse absurd front matter;
 * counting too little would let through what the limits are there to stop.
 */
export interface YamlLimits {
  /** Lines plus commas: every key and list item takes one or the other. */
  entries: number;
  /** "[" and "{", which open flow collections. */
  flowCollections: number;
  /** Levels of block nesting (deeper indentation, "- " and "? " at the start of a line). */
  nesting: number;
  /** "*name": YAML aliases. */
  aliases: number;
  /** "&name": YAML anchors. */
  anchors: number;
}

/** Real front matter has a dozen keys, two levels and no aliases. */
export const frontMatterLimits: Readonly<YamlLimits> = {
  entries: 500,
  flowCollections: 200,
  nesting: 64,
  aliases: 100,
  anchors: 100,
};

export interface YamlLimitHit {
  limit: keyof YamlLimits;
  /** What was counted past the limit: "more than 500 lines and comma-separated items". */
  description: string;
  /** Where the limit was passed, as an offset range in the YAML text given. */
  range: TextRange;
}

const what: Record<keyof YamlLimits, string> = {
  entries: 'lines and comma-separated items',
  flowCollections: 'flow collections ("[" or "{")',
  nesting: 'levels of nesting',
  aliases: 'YAML aliases ("*name")',
  anchors: 'YAML anchors ("&name")',
};

/** The first limit the YAML passes, with where; undefined when it is within every limit. */
export function checkYamlLimits(yaml: string, limits: Readonly<YamlLimits>): YamlLimitHit | undefined {
  let entries = 0;
  let flowCollections = 0;
  let aliases = 0;
  let anchors = 0;
  // Indentation of each open block level, innermost last.
  const indents: number[] = [];
  const hit = (limit: keyof YamlLimits, start: number, end: number): YamlLimitHit => ({
    limit,
    description: `more than ${limits[limit]} ${what[limit]}`,
    range: { start, end: Math.max(start + 1, end) },
  });

  let lineStart = 0;
  while (lineStart < yaml.length) {
    let lineEnd = lineStart;
    while (lineEnd < yaml.length && yaml.charCodeAt(lineEnd) !== 10 && yaml.charCodeAt(lineEnd) !== 13) lineEnd++;
    let column = lineStart;
    while (column < lineEnd && (yaml[column] === ' ' || yaml[column] === '\t')) column++;
    if (column < lineEnd) {
      if (++entries > limits.entries) return hit('entries', lineStart, lineEnd);
      const indent = column - lineStart;
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      // "- - - item" and "? ? key" open a level each on one line.
      let compact = 0;
      while (
        column + 1 < lineEnd &&
        (yaml[column] === '-' || yaml[column] === '?') &&
        (yaml[column + 1] === ' ' || yaml[column + 1] === '\t')
      ) {
        compact++;
        column += 2;
        while (column < lineEnd && (yaml[column] === ' ' || yaml[column] === '\t')) column++;
      }
      // A sequence may sit at its parent key's indentation, so a level of indentation can hold two.
      if (2 * indents.length + compact > limits.nesting) return hit('nesting', lineStart + indent, lineEnd);
    }
    for (let at = lineStart; at < lineEnd; at++) {
      const ch = yaml[at];
      if (ch === ',') {
        if (++entries > limits.entries) return hit('entries', at, at + 1);
      } else if (ch === '[' || ch === '{') {
        if (++flowCollections > limits.flowCollections) return hit('flowCollections', at, at + 1);
      } else if ((ch === '*' || ch === '&') && startsNode(yaml, at, lineStart) && namesNode(yaml[at + 1])) {
        if (ch === '*' && ++aliases > limits.aliases) return hit('aliases', at, nameEnd(yaml, at + 1, lineEnd));
        if (ch === '&' && ++anchors > limits.anchors) return hit('anchors', at, nameEnd(yaml, at + 1, lineEnd));
      }
    }
    lineStart = lineEnd + (yaml.charCodeAt(lineEnd) === 13 && yaml.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return undefined;
}

/** An anchor or alias indicator stands where a node may start: at a line start or after a space or flow indicator. */
function startsNode(yaml: string, at: number, lineStart: number): boolean {
  if (at === lineStart) return true;
  const before = yaml[at - 1]!;
  return (
    before === ' ' ||
    before === '\t' ||
    before === '[' ||
    before === '{' ||
    before === ',' ||
    before === ':' ||
    before === '-' ||
    before === '?'
  );
}

function namesNode(ch: string | undefined): boolean {
  return ch !== undefined && !/[\s,[\]{}]/.test(ch);
}

function nameEnd(yaml: string, from: number, lineEnd: number): number {
  let end = from;
  while (end < lineEnd && namesNode(yaml[end])) end++;
  return end;
}
