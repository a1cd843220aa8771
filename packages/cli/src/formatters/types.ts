import type { Diagnostic } from '@ilacs/core';

/** One linted file, as every formatter receives it. */
export interface FileResult {
  filePath: string;
  diagnostics: Diagnostic[];
  /** Source text, for formatters that show context. */
  source?: string;
}

export interface FormatterContext {
  cwd: string;
  color: boolean;
}

export type Formatter = (results: FileResult[], context: FormatterContext) => string;
