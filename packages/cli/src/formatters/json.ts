import type { Formatter } from './types.js';

/** ESLint-compatible JSON: 1-based lines and columns; severity 2 error, 1 warning (and information). */
export const jsonFormatter: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        ...(d.severity === 'info' ? { level: 'info' } : {}),
        message: d.message,
        line: d.start.line + 1,
        column: d.start.column + 1,
        endLine: d.end.line + 1,
        endColumn: d.end.column + 1,
        ...(d.fix ? { fix: { description: d.fix.description } } : {}),
      })),
      errorCount: result.diagnostics.filter((d) => d.severity === 'error').length,
      warningCount: result.diagnostics.filter((d) => d.severity !== 'error').length,
      fixableCount: result.diagnostics.filter((d) => d.fix).length,
    })),
    null,
    2,
  );
