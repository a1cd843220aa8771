import type { Diagnostic, Fix, TextEdit } from './types.js';

export interface AppliedFixes {
  text: string;
  /** Diagnostics whose fixes were applied. */
  applied: Diagnostic[];
  /** Diagnostics with fixes left out because they overlapped a fix applied before them. */
  skipped: Diagnostic[];
}

/**
 * Applies the fixes of the given diagnostics in document order. A fix whose edits overlap an edit
 * already accepted is skipped whole (its diagnostic will be reported again on the next pass), so
 * the result never mixes half of one fix with another.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const withFixes = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined && d.fix.edits.length > 0);
  withFixes.sort((a, b) => firstEditStart(a.fix) - firstEditStart(b.fix));
  const accepted: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  for (const diagnostic of withFixes) {
    const edits = diagnostic.fix.edits;
    const valid = edits.every((e) => e.range.start >= 0 && e.range.end >= e.range.start && e.range.end <= text.length);
    if (!valid || edits.some((e) => accepted.some((a) => overlaps(a, e)))) {
      skipped.push(diagnostic);
      continue;
    }
    accepted.push(...edits);
    applied.push(diagnostic);
  }
  accepted.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let output = '';
  let cursor = 0;
  for (const edit of accepted) {
    output += text.slice(cursor, edit.range.start) + edit.newText;
    cursor = edit.range.end;
  }
  output += text.slice(cursor);
  return { text: output, applied, skipped };
}

function firstEditStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.range.start));
}

/** Two edits conflict when they share any character, or insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}
