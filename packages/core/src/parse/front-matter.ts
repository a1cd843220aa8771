import { isMap, isScalar, parseDocument, Parser, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { checkYamlLimits, frontMatterLimits } from './yaml-limits.js';
import type { LineIndex, TextRange } from './line-index.js';
import type { FrontMatter, FrontMatterEntry, ParseProblem, YamlComment } from './model.js';

/** YAML aliases expand to at most this many nodes: an alias bomb becomes a diagnostic, not a hang. */
export const maxYamlAliasCount = 100;

const fencePattern = /^---[ \t]*$/;
const closingFencePattern = /^(---|\.\.\.)[ \t]*$/;
const headingLinePattern = /^#{1,6}[ \t]/;
const ilacsKeyPattern = /^ilacs[ \t]*:/;

export interface FrontMatterResult {
  frontMatter?: FrontMatter;
  bodyStart: number;
  problems: ParseProblem[];
  /** The YAML has a top-level `ilacs` key, or (when the YAML is broken) a line that starts one. */
  hasIlacsKey: boolean;
}

/** Finds and reads the YAML front matter at the very start of the text (after an optional BOM). */
export function readFrontMatter(text: string, lines: LineIndex): FrontMatterResult {
  const startOffset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstLine = lines.lineText(0).slice(startOffset);
  if (!fencePattern.test(firstLine)) return { bodyStart: 0, problems: [], hasIlacsKey: false };

  const problems: ParseProblem[] = [];
  let closingLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (closingFencePattern.test(lines.lineText(line))) {
      closingLine = line;
      break;
    }
  }
  const closed = closingLine !== -1;
  let contentEndLine = closingLine;
  if (!closed) {
    // Without a closing fence, take the YAML to end before the first Markdown heading, so the body
    // is still checked and the author sees one clear problem rather than a cascade of YAML errors.
    contentEndLine = lines.lineCount;
    // A YAML comment also starts with "#", so only a "#" line standing alone between blank lines, as
    // Markdown headings do, counts as the start of the body.
    const blank = (line: number) => line >= lines.lineCount || lines.lineText(line).trim() === '';
    for (let line = 2; line < lines.lineCount; line++) {
      if (headingLinePattern.test(lines.lineText(line)) && blank(line - 1) && blank(line + 1)) {
        contentEndLine = line;
        break;
      }
    }
    problems.push({
      code: 'front-matter-unclosed',
      message: 'The front matter opened on line 1 is not closed: expected a line "---" after the YAML.',
      range: { start: startOffset, end: startOffset + 3 },
    });
  }

  const contentStart = lines.lineStart(1);
  const contentEnd = contentEndLine < lines.lineCount ? lines.lineStart(contentEndLine) : text.length;
  const content = text.slice(contentStart, Math.max(contentStart, contentEnd));
  const bodyStart = closed ? (closingLine + 1 < lines.lineCount ? lines.lineStart(closingLine + 1) : text.length) : contentEnd;
  const frontMatterEnd = closed ? lines.lineEnd(closingLine) : contentEnd;
  const frontMatterRanges = {
    range: { start: startOffset, end: frontMatterEnd },
    contentRange: { start: contentStart, end: Math.max(contentStart, contentEnd) },
    closed,
  };

  const limitHit = checkYamlLimits(content, frontMatterLimits);
  if (limitHit) {
    // Not parsed at all: what the parser would make of it costs more than linear time.
    const message = `The front matter has ${limitHit.description}, past the limit here: it was not read, so none of its keys are checked. Real front matter has a dozen or so keys; shorten it.`;
    problems.push({
      code: 'front-matter-limit',
      message,
      range: shiftRange([limitHit.range.start, limitHit.range.end], contentStart, contentEnd),
    });
    return {
      frontMatter: { ...frontMatterRanges, document: unreadDocument(), data: undefined, entries: [], comments: [] },
      bodyStart,
      problems,
      hasIlacsKey: hasIlacsLine(content),
    };
  }
  const document = parseDocument(content, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });

  for (const error of document.errors) {
    problems.push({
      code: 'yaml-syntax',
      message: `YAML: ${firstSentence(error.message)}`,
      range: shiftRange(error.pos, contentStart, contentEnd),
    });
  }
  for (const warning of document.warnings) {
    problems.push({
      code: 'yaml-warning',
      message: `YAML: ${firstSentence(warning.message)}`,
      range: shiftRange(warning.pos, contentStart, contentEnd),
    });
  }

  let data: unknown;
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: maxYamlAliasCount });
    } catch (error) {
      problems.push({
        code: 'yaml-syntax',
        message: `YAML: ${error instanceof Error ? firstSentence(error.message) : 'the front matter cannot be read'}`,
        range: { start: contentStart, end: contentEnd },
      });
    }
  }
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    problems.push({
      code: 'front-matter-not-a-map',
      message: 'The front matter must be a map of keys to values (as "ilacs: short-inspection").',
      range: { start: contentStart, end: contentEnd },
    });
  }

  const isPlainMap = typeof data === 'object' && data !== null && !Array.isArray(data);
  const hasIlacsKey = isPlainMap ? Object.hasOwn(data as object, 'ilacs') : hasIlacsLine(content);

  return {
    frontMatter: {
      ...frontMatterRanges,
      document,
      data: isPlainMap ? data : undefined,
      entries: collectEntries(document, contentStart),
      comments: collectComments(content, contentStart),
    },
    bodyStart,
    problems,
    hasIlacsKey,
  };
}

/** When the YAML cannot be read: a line that starts an `ilacs` key still marks the file as a draft. */
function hasIlacsLine(content: string): boolean {
  return content.split('\n').some((line) => ilacsKeyPattern.test(line));
}

/** The syntax tree of a front matter that was not parsed: an empty document, for tools that walk it. */
function unreadDocument(): Document.Parsed {
  return parseDocument('', { keepSourceTokens: false });
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

function shiftRange(pos: [number, number], base: number, limit: number): TextRange {
  const start = Math.min(base + pos[0], limit);
  return { start, end: Math.max(start, Math.min(base + pos[1], limit)) };
}

function collectEntries(document: Document.Parsed, base: number): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = [];
  const visit = (map: YAMLMap, prefix: string, depth: number) => {
    if (depth > 8) return;
    for (const pair of map.items) {
      const key = pair.key as YamlNode | null;
      if (!isScalar(key) || !key.range) continue;
      const path = prefix + String(key.value);
      const keyRange = { start: base + key.range[0], end: base + key.range[1] };
      const value = pair.value as YamlNode | null;
      const valueRange = value?.range
        ? { start: base + value.range[0], end: base + value.range[1] }
        : { start: keyRange.end + 1, end: keyRange.end + 1 };
      entries.push({ path, keyRange, valueRange });
      if (isMap(value)) visit(value, `${path}.`, depth + 1);
    }
  };
  if (isMap(document.contents)) visit(document.contents, '', 0);
  return entries;
}

/**
 * The YAML comments, from the parser's syntax tree, so that a "#" inside a block scalar or a quoted
 * value is not taken for one. The tree is walked generically: comments sit in many kinds of token.
 */
function collectComments(content: string, base: number): YamlComment[] {
  if (!content.includes('#')) return [];
  const comments: YamlComment[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === 'object' && value !== null) {
      const token = value as { type?: unknown; offset?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        comments.push({ text: token.source, range: { start: base + token.offset, end: base + token.offset + token.source.length } });
        return;
      }
      for (const child of Object.values(value)) visit(child);
    }
  };
  for (const token of new Parser().parse(content)) visit(token);
  return comments.sort((a, b) => a.range.start - b.range.start);
}

/** The entry for a dotted path, or undefined. */
export function findEntry(frontMatter: FrontMatter | undefined, path: string): FrontMatterEntry | undefined {
  return frontMatter?.entries.find((e) => e.path === path);
}
