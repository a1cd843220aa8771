import { ruleDocsUrl, type Diagnostic as CoreDiagnostic, type Fix, type ParsedDraft } from '@ilacs/core';
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { toLspRange } from './positions.js';

export const diagnosticSource = 'ilacs';

const severities: Record<CoreDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What each LSP diagnostic carries in `data`: enough for a client to apply fixes without asking again. */
export interface DiagnosticData {
  ruleId: string;
  /** The document version the fixes' edits apply to. */
  version: number;
  fix?: { title: string; edits: TextEdit[] };
  suggestions?: { title: string; edits: TextEdit[] }[];
  /** The rule's own structured facts (allowed values, expected text). */
  details?: Record<string, unknown>;
}

export function toLspEdits(draft: ParsedDraft, fix: Fix): { title: string; edits: TextEdit[] } {
  return { title: fix.description, edits: fix.edits.map((e) => ({ range: toLspRange(draft, e.range), newText: e.newText })) };
}

export function toLspDiagnostic(draft: ParsedDraft, version: number, uri: string, diagnostic: CoreDiagnostic): Diagnostic {
  const data: DiagnosticData = {
    ruleId: diagnostic.ruleId,
    version,
    ...(diagnostic.fix ? { fix: toLspEdits(draft, diagnostic.fix) } : {}),
    ...(diagnostic.suggestions?.length ? { suggestions: diagnostic.suggestions.map((s) => toLspEdits(draft, s)) } : {}),
    ...(diagnostic.data ? { details: diagnostic.data } : {}),
  };
  return {
    range: {
      start: { line: diagnostic.start.line, character: diagnostic.start.column },
      end: { line: diagnostic.end.line, character: diagnostic.end.column },
    },
    severity: severities[diagnostic.severity],
    code: diagnostic.ruleId,
    codeDescription: { href: ruleDocsUrl(diagnostic.ruleId) },
    source: diagnosticSource,
    message: diagnostic.message,
    ...(diagnostic.related?.length
      ? {
          relatedInformation: diagnostic.related.map((r) => ({ location: { uri, range: toLspRange(draft, r.range) }, message: r.message })),
        }
      : {}),
    data,
  };
}
