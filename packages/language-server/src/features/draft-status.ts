import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../analysis-cache.js';
import { draftStatusNotification, type DraftStatus } from '../protocol.js';

/** What a client shows for a document (VS Code's status bar), from the diagnostics just computed for it. */
export function draftStatus(analysis: Analysis, diagnostics: readonly Diagnostic[]): DraftStatus {
  const { facts } = analysis;
  const count = (severity: DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
  return {
    uri: analysis.uri,
    version: analysis.version,
    isDraft: analysis.draft.isDraft,
    ignored: analysis.lookup.ignored === true,
    ...(facts.document ? { documentType: { id: facts.document.id, name: facts.document.name } } : {}),
    ...(facts.framework ? { framework: { id: facts.framework.id, name: facts.framework.name } } : {}),
    errors: count(DiagnosticSeverity.Error),
    warnings: count(DiagnosticSeverity.Warning),
    infos: count(DiagnosticSeverity.Information) + count(DiagnosticSeverity.Hint),
  };
}

/** Sends a document's status; call it wherever its diagnostics are computed, pushed or pulled. */
export function statusSender(connection: Connection): (analysis: Analysis, diagnostics: readonly Diagnostic[]) => void {
  return (analysis, diagnostics) => void connection.sendNotification(draftStatusNotification, draftStatus(analysis, diagnostics));
}
