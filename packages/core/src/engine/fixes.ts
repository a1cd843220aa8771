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
  // Accepted edits, sorted by start and never overlapping, so an edit need only be compared with its
  // two neighbours: thousands of fixes (a word repeated through a pasted line) cost no more than linear.
  const accepted: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  for (const diagnostic of withFixes) {
    const edits = diagnostic.fix.edits;
    const valid = edits.every((e) => e.range.start >= 0 && e.range.end >= e.range.start && e.range.end <= text.length);
    if (!valid || edits.some((e) => overlapsAccepted(accepted, e))) {
      skipped.push(diagnostic);
      continue;
    }
    for (const edit of edits) accepted.splice(firstStartingAtOrAfter(accepted, edit.range.start), 0, edit);
    applied.push(diagnostic);
  }
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

/** The index of the first accepted edit that starts at or after `offset` (binary search). */
function firstStartingAtOrAfter(accepted: readonly TextEdit[], offset: number): number {
  let low = 0;
  let high = accepted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (accepted[middle]!.range.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether an edit conflicts with an accepted one: only the edits either side of where it would go can. */
function overlapsAccepted(accepted: readonly TextEdit[], edit: TextEdit): boolean {
  const next = firstStartingAtOrAfter(accepted, edit.range.start);
  const before = accepted[next - 1];
  const after = accepted[next];
  return (before !== undefined && overlaps(before, edit)) || (after !== undefined && overlaps(after, edit));
}

/** Two edits conflict when they share any character, or insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}
