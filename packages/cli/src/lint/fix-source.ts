import { fixText, type Diagnostic, type LintTextOptions } from '@ilacs/core';

export interface FixedSource {
  output: string;
  /** How many fixes were applied. */
  fixed: number;
  /** What remains in `output`, when the fixes ran on the text itself (no BOM or CRLF taken off). */
  diagnostics?: Diagnostic[];
}

const byteOrderMark = '\uFEFF';

/**
 * Applies the rules' fixes while keeping the file's byte-order mark and line endings. Rules write
 * "\n" in the text they insert, so a file that uses CRLF throughout is fixed as LF text and turned
 * back; a file with mixed endings is fixed as it is, so no line it did not report changes.
 */
export function fixSource(text: string, options: LintTextOptions): FixedSource {
  const bom = text.startsWith(byteOrderMark) ? byteOrderMark : '';
  const body = bom ? text.slice(1) : text;
  const crlf = usesCrlfThroughout(body);
  const result = fixText(crlf ? body.replaceAll('\r\n', '\n') : body, options);
  const exact = !bom && !crlf ? { diagnostics: result.diagnostics } : {};
  if (result.fixed === 0) return { output: text, fixed: 0, ...exact };
  return { output: bom + (crlf ? result.output.replaceAll('\n', '\r\n') : result.output), fixed: result.fixed, ...exact };
}

/** Every line break is CRLF (and there is at least one). */
function usesCrlfThroughout(text: string): boolean {
  let crlf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) return false;
    crlf++;
  }
  return crlf > 0;
}
