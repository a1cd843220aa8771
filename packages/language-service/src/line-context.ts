import type { ParsedDraft } from '@ilacs/core';

/** The line around a caret, which most completions and hovers start from. */
export interface LineContext {
  offset: number;
  line: number;
  lineStart: number;
  lineEnd: number;
  /** Line text before the caret. */
  before: string;
  /** Line text after the caret. */
  after: string;
}

/** Clamps the offset into the text, so a position past the end is answered, not rejected. */
export function lineContext(draft: ParsedDraft, offset: number): LineContext {
  const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, draft.text.length));
  const line = draft.lines.lineOf(clamped);
  const lineStart = draft.lines.lineStart(line);
  const lineEnd = Math.max(draft.lines.lineEnd(line), clamped);
  return {
    offset: clamped,
    line,
    lineStart,
    lineEnd,
    before: draft.text.slice(lineStart, clamped),
    after: draft.text.slice(clamped, lineEnd),
  };
}
