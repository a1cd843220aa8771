import { LineIndex } from './line-index.js';
import { readFrontMatter } from './front-matter.js';
import { parseMarkdownBody } from './markdown.js';
import type { ParsedDraft } from './model.js';

/** Text larger than this (in UTF-16 code units) is not parsed; the draft gets one diagnostic. */
export const defaultMaxDraftSize = 4 * 1024 * 1024;

export interface ParseOptions {
  maxSize?: number;
}

/**
 * Reads draft text into a model with source ranges. Never throws: broken YAML, an unclosed front
 * matter or an oversized file become `problems`.
 */
export function parseDraft(text: string, options: ParseOptions = {}): ParsedDraft {
  const maxSize = options.maxSize ?? defaultMaxDraftSize;
  if (text.length > maxSize) {
    // Check for the draft marker cheaply so that large ordinary Markdown stays silent.
    const head = text.slice(0, 4096);
    const isDraft = /^\uFEFF?---[ \t]*\r?\n(?:[^\n]*\n){0,60}?ilacs[ \t]*:/.test(head);
    return {
      text,
      lines: new LineIndex(''),
      isDraft,
      bodyStart: 0,
      problems: [
        {
          code: 'file-too-large',
          message: `The file is ${text.length} characters long, over the limit of ${maxSize}: it was not checked.`,
          range: { start: 0, end: 0 },
        },
      ],
      headings: [],
      sections: [],
      tables: [],
      blocks: [],
      comments: [],
    };
  }
  const lines = new LineIndex(text);
  const frontMatterResult = readFrontMatter(text, lines);
  const isDraft = frontMatterResult.hasIlacsKey;
  const base = {
    text,
    lines,
    isDraft,
    bodyStart: frontMatterResult.bodyStart,
    problems: frontMatterResult.problems,
    ...(frontMatterResult.frontMatter ? { frontMatter: frontMatterResult.frontMatter } : {}),
  };
  if (!isDraft) {
    // Ordinary Markdown costs next to nothing: its body is never parsed.
    return { ...base, headings: [], sections: [], tables: [], blocks: [], comments: [] };
  }
  const { limit, ...body } = parseMarkdownBody(text, lines, frontMatterResult.bodyStart);
  return { ...base, ...(limit ? { problems: [...base.problems, limit] } : {}), ...body };
}
