import type { ParsedDraft, TextRange } from '@ilacs/core';
import type { Position, Range } from 'vscode-languageserver';

/** Core offsets and LSP positions count the same UTF-16 code units; these only change the shape. */
export function toLspPosition(draft: ParsedDraft, offset: number): Position {
  const p = draft.lines.positionAt(offset);
  return { line: p.line, character: p.column };
}

export function toLspRange(draft: ParsedDraft, range: TextRange): Range {
  return { start: toLspPosition(draft, range.start), end: toLspPosition(draft, range.end) };
}

/** An offset for a position; positions outside the document are clamped, never rejected. */
export function toOffset(draft: ParsedDraft, position: Position): number {
  return draft.lines.offsetAt({ line: Math.max(0, position.line), column: Math.max(0, position.character) });
}

export function rangesIntersect(a: Range, b: Range): boolean {
  const before = (x: Position, y: Position) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
