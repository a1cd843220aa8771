import type { Diagnostic, Fix } from '@ilacs/core';
import { terminalSafeJson } from '../output/terminal-text.js';
import type { FileResult, Formatter } from './types.js';

/** ESLint's fix: one range of the source and the text that replaces it (several edits become one span). */
interface EslintFix {
  range: [number, number];
  text: string;
}

/**
 * ESLint's JSON format, result by result as its `LintResult` has it: 1-based lines and columns,
 * severity 2 for errors and 1 for warnings (information also 1, marked `level: "info"`), fixes and
 * suggestions as range and text, what directives suppressed, the fixed `output` when fixes were
 * made and otherwise the `source` of a file with problems. Ranges count UTF-16 code units of the
 * text without its byte-order mark, as ESLint's do.
 */
export const jsonFormatter: Formatter = (results) => terminalSafeJson(results.map(eslintResult));

function eslintResult(result: FileResult) {
  const text = result.text ?? result.source ?? '';
  const messages = result.diagnostics.map((d) => eslintMessage(d, text));
  const suppressedMessages = (result.suppressed ?? []).map((d) => ({
    ...eslintMessage(d, text),
    suppressions: [{ kind: 'directive', justification: '' }],
  }));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const warnings = result.diagnostics.filter((d) => d.severity !== 'error');
  return {
    filePath: result.filePath,
    messages,
    suppressedMessages,
    errorCount: errors.length,
    fatalErrorCount: errors.filter(isFatal).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((d) => d.fix).length,
    fixableWarningCount: warnings.filter((d) => d.fix).length,
    ...(result.output !== undefined
      ? { output: result.output }
      : messages.length && result.source !== undefined
        ? { source: result.source }
        : {}),
    // No rule is deprecated; the key is kept because tools that read ESLint's output expect it.
    usedDeprecatedRules: [] as { ruleId: string; replacedBy: string[] }[],
  };
}

/** A file that was not checked at all (too large to parse): ESLint's "fatal" parsing error. */
function isFatal(d: Diagnostic): boolean {
  return d.data?.code === 'file-too-large';
}

function eslintMessage(d: Diagnostic, text: string) {
  const fix = d.fix ? eslintFix(d.fix, text) : undefined;
  const suggestions = (d.suggestions ?? []).flatMap((s) => {
    const suggestionFix = eslintFix(s, text);
    return suggestionFix ? [{ desc: s.description, fix: suggestionFix }] : [];
  });
  return {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    ...(d.severity === 'info' ? { level: 'info' } : {}),
    ...(isFatal(d) ? { fatal: true } : {}),
    message: d.message,
    line: d.start.line + 1,
    column: d.start.column + 1,
    endLine: d.end.line + 1,
    endColumn: d.end.column + 1,
    ...(fix ? { fix } : {}),
    ...(suggestions.length ? { suggestions } : {}),
  };
}

/** Merges a fix's edits into one replacement of the span they cover, as ESLint merges a rule's fixes. */
export function eslintFix(fix: Fix, text: string): EslintFix | undefined {
  if (fix.edits.length === 0) return undefined;
  const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const start = edits[0]!.range.start;
  const end = Math.max(...edits.map((e) => e.range.end));
  let replacement = '';
  let at = start;
  for (const edit of edits) {
    replacement += text.slice(at, Math.max(at, edit.range.start)) + edit.newText;
    at = Math.max(at, edit.range.end);
  }
  replacement += text.slice(at, end);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  return { range: [Math.max(0, start - bom), Math.max(0, end - bom)], text: replacement };
}
