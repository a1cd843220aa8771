import { internalErrorRuleId, type Diagnostic as CoreDiagnostic, type Fix } from '@ilacs/core';
import { disableRuleEdit } from '@ilacs/language-service';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../analysis-cache.js';
import { toLspDiagnostic, toLspEdits } from '../diagnostics.js';
import { rangesIntersect, toLspRange } from '../positions.js';
import type { LintRunner } from '../lint-runner.js';
import { minimalEdit } from '../text-diff.js';

/** Applies every fixable problem in the draft (on save, or from the source action menu). */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.ilacs`;
/** Renumbers the judgement sections' paragraphs 1..N. */
export const renumberParagraphsKind = `${CodeActionKind.Source}.renumberParagraphs.ilacs`;

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Quick fixes for the problems in the range (each fix, each suggestion such as "insert missing
 * section", and "disable this rule for this line"), plus the source actions "fix all" and
 * "renumber paragraphs". Built from the analysis of the current version, so they are never stale;
 * the lint and the fixes run where the server's long work runs (`runner`).
 */
export async function codeActions(analysis: Analysis, params: CodeActionParams, runner: LintRunner): Promise<CodeAction[]> {
  const { draft, uri, version } = analysis;
  if (!draft.isDraft) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const all = await analysis.diagnostics();
  const edit = (fix: { edits: { range: { start: number; end: number }; newText: string }[] }) => ({
    changes: { [uri]: fix.edits.map((e) => ({ range: toLspRange(draft, e.range), newText: e.newText })) },
  });

  if (wanted(only, CodeActionKind.QuickFix)) {
    const here = all.filter((d) => rangesIntersect(toLspRange(draft, d.range), params.range));
    const disabled = new Set<string>();
    for (const diagnostic of here) {
      const lsp = toLspDiagnostic(draft, version, uri, diagnostic);
      const quickFix = (fix: Fix, preferred: boolean): CodeAction => ({
        title: fix.description,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [uri]: toLspEdits(draft, fix).edits } },
        ...(preferred ? { isPreferred: true } : {}),
      });
      if (diagnostic.fix) actions.push(quickFix(diagnostic.fix, true));
      for (const suggestion of diagnostic.suggestions ?? []) actions.push(quickFix(suggestion, false));
      if (diagnostic.ruleId === 'paragraph-numbering' && !disabled.has('renumber')) {
        disabled.add('renumber');
        const renumber = await renumberAction(analysis, runner, [lsp], CodeActionKind.QuickFix);
        if (renumber) actions.push(renumber);
      }
      const key = `${diagnostic.ruleId}:${diagnostic.start.line}`;
      if (diagnostic.ruleId === internalErrorRuleId || disabled.has(key)) continue;
      disabled.add(key);
      const disable = disableRuleEdit(draft, diagnostic.ruleId, diagnostic.start.line);
      if (disable) actions.push({ title: disable.description, kind: CodeActionKind.QuickFix, diagnostics: [lsp], edit: edit(disable) });
    }
  }

  if (wanted(only, fixAllKind) && (only !== undefined || all.some((d) => d.fix))) {
    const fixable = all.filter((d): d is CoreDiagnostic & { fix: Fix } => d.fix !== undefined);
    if (fixable.length > 0) {
      const fixed = await runner.fix({ key: uri, text: draft.text, config: analysis.config });
      const change = minimalEdit(draft.text, fixed.output);
      if (change) actions.push({ title: `Fix all ILACS problems (${fixed.fixed})`, kind: fixAllKind, edit: edit({ edits: [change] }) });
    }
  }
  if (wanted(only, renumberParagraphsKind) && only !== undefined) {
    const renumber = await renumberAction(analysis, runner, [], renumberParagraphsKind);
    if (renumber) actions.push(renumber);
  }
  return actions;
}

async function renumberAction(
  analysis: Analysis,
  runner: LintRunner,
  diagnostics: Diagnostic[],
  kind: string,
): Promise<CodeAction | undefined> {
  const fixed = await runner.fix({
    key: analysis.uri,
    text: analysis.draft.text,
    config: { ...analysis.config, rules: { 'paragraph-numbering': 'error' } },
    ruleIds: ['paragraph-numbering'],
  });
  const change = minimalEdit(analysis.draft.text, fixed.output);
  if (!change) return undefined;
  return {
    title: 'Renumber paragraphs',
    kind,
    ...(diagnostics.length ? { diagnostics } : {}),
    edit: { changes: { [analysis.uri]: [{ range: toLspRange(analysis.draft, change.range), newText: change.newText }] } },
  };
}
