import type { ParsedDraft, TextEdit } from '@ilacs/core';

/** A fix that switches one rule off where it was reported, with a directive the engine reads. */
export interface DisableEdit {
  description: string;
  edits: TextEdit[];
}

/**
 * The directive to switch `ruleId` off on `line`, placed so it changes nothing else in the draft:
 * a YAML comment above a front-matter line; an HTML comment above a heading or a blank line; a
 * disable/enable pair around a table (a comment inside one would break it); at the end of a line of
 * prose, a same-line comment (one above it would split the paragraph).
 */
export function disableRuleEdit(draft: ParsedDraft, ruleId: string, line: number): DisableEdit | undefined {
  const { lines } = draft;
  if (line < 0 || line >= lines.lineCount) return undefined;
  const lineStart = lines.lineStart(line);
  const text = lines.lineText(line);
  const indent = /^[ \t]*/.exec(text)![0];
  const frontMatter = draft.frontMatter;
  if (frontMatter && lineStart < draft.bodyStart) {
    if (lineStart <= frontMatter.range.start || lineStart >= frontMatter.contentRange.end) return undefined;
    return { description: `Disable ${ruleId} for this line`, edits: [insert(lineStart, `${indent}# ilacs-disable-next-line ${ruleId}\n`)] };
  }
  const table = draft.tables.find((t) => t.range.start <= lineStart && lineStart <= t.range.end);
  if (table) {
    const before = lines.lineStart(lines.lineOf(table.range.start));
    return {
      description: `Disable ${ruleId} for this table`,
      edits: [insert(before, `<!-- ilacs-disable ${ruleId} -->\n`), insert(table.range.end, `\n<!-- ilacs-enable ${ruleId} -->`)],
    };
  }
  const inProse = draft.blocks.some((b) => b.range.start <= lineStart + text.length && lineStart <= b.range.end && text.trim() !== '');
  const isHeading = draft.headings.some((h) => h.range.start === lineStart);
  if (inProse && !isHeading) {
    return {
      description: `Disable ${ruleId} for this line`,
      edits: [insert(lineStart + text.length, ` <!-- ilacs-disable-line ${ruleId} -->`)],
    };
  }
  return { description: `Disable ${ruleId} for this line`, edits: [insert(lineStart, `<!-- ilacs-disable-next-line ${ruleId} -->\n`)] };
}

function insert(at: number, newText: string): TextEdit {
  return { range: { start: at, end: at }, newText };
}
