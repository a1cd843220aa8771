import type { Diagnostic } from '@ilacs/core';

/** One linted file, as every formatter receives it. */
export interface FileResult {
  filePath: string;
  /** What remains to report: after --fix or --fix-dry-run, what the fixed text still has. */
  diagnostics: Diagnostic[];
  /** The text the diagnostics' ranges point into (the fixed text, when fixes were made). */
  text?: string;
  /** The text as read, when it differs from `text` or when there is no fix (ESLint's `source`). */
  source?: string;
  /** The text with the fixes applied, when --fix or --fix-dry-run changed it (ESLint's `output`). */
  output?: string;
  /** How many fixes were applied (or, with --fix-dry-run, would be). */
  fixed?: number;
  /** Problems that disable directives switched off (ESLint's `suppressedMessages`); filled for the json format. */
  suppressed?: Diagnostic[];
}

export interface FormatterContext {
  cwd: string;
  color: boolean;
  /** Set when the run fixed files (`write`) or showed the fixes (`diff`). */
  fixMode?: 'write' | 'diff';
}

export type Formatter = (results: FileResult[], context: FormatterContext) => string;
