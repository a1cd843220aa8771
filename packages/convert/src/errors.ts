/** Where something is in the input document: a PDF page, a Word paragraph, or a line of a draft. */
export interface SourceLocation {
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based paragraph (block) of a Word document, in reading order. */
  paragraph?: number;
  /** 1-based line of a draft. */
  line?: number;
  /** 1-based column of a draft. */
  column?: number;
}

/**
 * Something a conversion could not do or had to decide, for the author to check. `line` places it in
 * the draft that an import wrote (1-based); `source` places it in the document that was read.
 */
export interface ConvertWarning {
  code: string;
  severity: 'warning' | 'info';
  message: string;
  line?: number;
  source?: SourceLocation;
}

/** Input that cannot be converted at all: not a PDF, encrypted, image-only, a corrupt .docx, a draft that does not parse. */
export class ConvertError extends Error {
  override readonly name = 'ConvertError';
  constructor(
    readonly code: string,
    message: string,
    readonly location: SourceLocation = {},
  ) {
    super(message);
  }
}

/** "page 3", "line 4, column 2": how a location reads in a message. */
export function describeLocation(location: SourceLocation | undefined): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`page ${location.page}`);
  if (location.paragraph !== undefined) parts.push(`paragraph ${location.paragraph}`);
  if (location.line !== undefined)
    parts.push(location.column !== undefined ? `${location.line}:${location.column}` : `line ${location.line}`);
  return parts.join(', ');
}
