import { lintText, parseDraft } from '@ilacs/core';
import type { Connection } from 'vscode-languageserver';
import { toLspDiagnostic } from '../diagnostics.js';
import type { ServerHost } from '../host.js';
import { lintFileRequest, type LintFileParams, type LintFileResult } from '../protocol.js';

/**
 * Lints a file that is not open, from its text, with the configuration that applies to its URI, as
 * the CLI would: ignored files and ordinary Markdown give nothing; a broken configuration is reported
 * instead of linting with the wrong rules.
 */
export function lintFile(host: ServerHost, params: LintFileParams): LintFileResult {
  const lookup = host.configFor(params.uri);
  if (lookup.problem) return { isDraft: false, ignored: false, diagnostics: [], configProblem: lookup.problem };
  const { config } = lookup;
  const draft = parseDraft(params.text, config.maxFileSize !== undefined ? { maxSize: config.maxFileSize } : {});
  if (!draft.isDraft || lookup.ignored) return { isDraft: draft.isDraft, ignored: lookup.ignored === true, diagnostics: [] };
  const { diagnostics } = lintText(params.text, { config, draft, ...(host.rules ? { rules: host.rules } : {}) });
  return {
    isDraft: true,
    ignored: false,
    diagnostics: diagnostics.map((d) => {
      const { range, severity } = toLspDiagnostic(draft, 0, params.uri, d);
      return { range, ...(severity !== undefined ? { severity } : {}), code: d.ruleId, message: d.message };
    }),
  };
}

export function registerLintFile(connection: Connection, host: ServerHost): void {
  connection.onRequest(lintFileRequest, (params: LintFileParams) => lintFile(host, params));
}
