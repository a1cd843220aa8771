import { parseDraft } from '@ilacs/core';
import type { Connection } from 'vscode-languageserver';
import { toLspDiagnostic } from '../diagnostics.js';
import type { ServerHost } from '../host.js';
import type { LintRunner } from '../lint-runner.js';
import { lintFileRequest, type LintFileParams, type LintFileResult } from '../protocol.js';

/**
 * Lints a file that is not open, from its text, with the configuration that applies to its URI, as
 * the CLI would: ignored files and ordinary Markdown give nothing; a broken configuration is reported
 * instead of linting with the wrong rules. The lint runs where the open documents' lints run (the
 * lint thread on Node), so a lint task over a folder never holds up hovers and completion.
 */
export async function lintFile(host: ServerHost, runner: LintRunner, params: LintFileParams): Promise<LintFileResult> {
  const lookup = host.configFor(params.uri);
  if (lookup.problem) return { isDraft: false, ignored: false, diagnostics: [], configProblem: lookup.problem };
  const { config } = lookup;
  const draft = parseDraft(params.text, config.maxFileSize !== undefined ? { maxSize: config.maxFileSize } : {});
  if (!draft.isDraft || lookup.ignored) return { isDraft: draft.isDraft, ignored: lookup.ignored === true, diagnostics: [] };
  const diagnostics = await runner.lint({ key: `file ${params.uri}`, text: params.text, config });
  return {
    isDraft: true,
    ignored: false,
    diagnostics: diagnostics.map((d) => {
      const { range, severity } = toLspDiagnostic(draft, 0, params.uri, d);
      return { range, ...(severity !== undefined ? { severity } : {}), code: d.ruleId, message: d.message };
    }),
  };
}

export function registerLintFile(connection: Connection, host: ServerHost, runner: LintRunner): void {
  connection.onRequest(lintFileRequest, (params: LintFileParams) => lintFile(host, runner, params));
}
