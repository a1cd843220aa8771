import { applyFixes, fixText, lintText, type Diagnostic, type LintResult, type Severity } from '@ilacs/core';

export type SeverityCounts = Record<Severity, number>;

/** One run of the checks over the text in the box, with what the page shows about it. */
export interface CheckedDraft {
  text: string;
  result: LintResult;
  counts: SeverityCounts;
  /** Problems whose fix can be applied without a person's choice. */
  fixableCount: number;
}

/** The page uses the built-in rules with their default settings, as the CLI does without a config file. */
export function checkDraft(text: string): CheckedDraft {
  const result = lintText(text);
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of result.diagnostics) counts[diagnostic.severity]++;
  return { text, result, counts, fixableCount: result.diagnostics.filter(hasFix).length };
}

export function hasFix(diagnostic: Diagnostic): boolean {
  return diagnostic.fix !== undefined && diagnostic.fix.edits.length > 0;
}

/** The text with one problem's fix applied (unchanged when the fix no longer fits the text). */
export function fixOne(text: string, diagnostic: Diagnostic): string {
  return applyFixes(text, [diagnostic]).text;
}

/** Every fix, re-checking between passes as the CLI's `--fix` does. */
export function fixAll(text: string): { output: string; fixed: number } {
  const { output, fixed } = fixText(text);
  return { output, fixed };
}

/** "2 errors, 1 warning" (parts with a count of zero are left out). */
export function describeCounts(counts: SeverityCounts): string {
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, 'error'));
  if (counts.warning) parts.push(plural(counts.warning, 'warning'));
  if (counts.info) parts.push(plural(counts.info, 'note'));
  return parts.join(', ');
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
