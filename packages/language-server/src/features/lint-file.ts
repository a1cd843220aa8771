import { parseDraft } from '@ilacs/core';
import type { Connection } from 'vscode-languageserver';
import { toLspDiagnostic } from '../diagnostics.js';
import type { ServerHost } from '../host.js';
import type { LintRunner } from '../lint-runner.js';
import { lintFileRequest, type LintFileParams, type LintFileResult } from '../protocol.js';

/**
 * Lints a file that is not open, from its text, with the configuration that applies to its URI, as
 * the CLI would: ignored files and ordinary Markdown give nothing; a broken configuration is reported
 * instead of linting with the wrong rules. The lint itself goes to the runner (a worker thread on
 * Node), so a workspace lint never holds up the open drafts' answers.
 */
export async function lintFile(host: ServerHost, runner: LintRunner, params: LintFileParams): Promise<LintFileResult> {
  const lookup = host.configFor(params.uri);
  if (lookup.problem) return { isDraft: false, ignored: false, diagnostics: [], configProblem: lookup.problem };
  const { config } = lookup;
  const draft = parseDraft(params.text, config.maxFileSize !== undefined ? { maxSize: config.maxFileSize } : {});
  if (!draft.isDraft || lookup.ignored) return { isDraft: draft.isDraft, ignored: lookup.ignored === true, diagnostics: [] };
  // Its own key: an open document's lint (keyed by its URI) is neither replaced by this one nor replaces it.
  const diagnostics = await runner.lint({ key: `lintFile ${params.uri}`, text: params.text, config });
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
