/**
 * The extension in the real VS Code extension host, talking to the real bundled language server. The
 * workspace (written by the e2e test before the workbench opens) holds a draft broken in three ways,
 * ordinary Markdown, and a draft with a heading whose grade is missing. What VS Code shows is
 * compared with what @ilacs/core reports for the same text.
 */
import * as assert from 'node:assert/strict';
import { lintText } from '@ilacs/core';
import { gradeHeadingLabels } from '@ilacs/core/framework';
import * as vscode from 'vscode';

const extensionId = 'ilacs.ilacs-drafts';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the workbench opened without a folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function ilacsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ilacs');
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Rule, 1-based line and severity of each problem, sorted, so two sources of diagnostics compare as text. */
function summary(items: readonly { rule: string; line: number; severity: string }[]): string[] {
  return items.map((d) => `${d.rule}@${d.line} ${d.severity}`).sort();
}

const severityNames = new Map([
  [vscode.DiagnosticSeverity.Error, 'error'],
  [vscode.DiagnosticSeverity.Warning, 'warning'],
  [vscode.DiagnosticSeverity.Information, 'info'],
  [vscode.DiagnosticSeverity.Hint, 'hint'],
]);

async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

describe('ILACS extension in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    await extension.activate();
  });

  it('reports the diagnostics the core finds in a broken draft', async () => {
    const document = await open('broken.md');
    const expected = summary(lintText(document.getText()).diagnostics.map((d) => ({ rule: d.ruleId, line: d.start.line + 1, severity: d.severity })));
    for (const rule of ['grade-case', 'paragraph-numbering', 'table-heading-grade-match']) assert.ok(expected.some((e) => e.startsWith(`${rule}@`)), `the fixture should break ${rule}`);
    const shown = await until('the expected diagnostics', () => {
      const now = summary(ilacsDiagnostics(document.uri).map((d) => ({ rule: ruleOf(d), line: d.range.start.line + 1, severity: severityNames.get(d.severity)! })));
      return now.length === expected.length ? now : undefined;
    });
    assert.deepEqual(shown, expected);
    const gradeCase = ilacsDiagnostics(document.uri).find((d) => ruleOf(d) === 'grade-case')!;
    assert.equal(gradeCase.message, lintText(document.getText()).diagnostics.find((d) => d.ruleId === 'grade-case')!.message);
    // Each problem links to its rule's documentation.
    assert.ok(typeof gradeCase.code === 'object' && gradeCase.code.target.toString().includes('grade-case'));
  });

  it('stays silent on Markdown that is not a draft', async () => {
    const plain = await open('plain.md');
    // The draft's diagnostics prove the server answers; give the plain file the same chance.
    const draft = await open('broken.md');
    await until('diagnostics for the draft', () => ilacsDiagnostics(draft.uri).length > 0);
    await new Promise((r) => setTimeout(r, 1_500));
    assert.deepEqual(ilacsDiagnostics(plain.uri), []);
  });

  it('offers the four grades after ": " in a judgement heading', async () => {
    const document = await open('completion.md');
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('## The experiences and progress of children in care: '));
    assert.ok(line >= 0, 'completion.md should have the heading with an empty grade');
    const position = new vscode.Position(line, document.lineAt(line).text.length);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const grade of gradeHeadingLabels) assert.ok(labels.includes(grade), `"${grade}" not offered; got ${JSON.stringify(labels.slice(0, 20))}`);
  });

  it('applies a quick fix and the diagnostic goes', async () => {
    const document = await open('quick-fix.md');
    const diagnostic = await until('a grade-case diagnostic', () => ilacsDiagnostics(document.uri).find((d) => ruleOf(d) === 'grade-case'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    // The command's results carry no diagnostics; the range holds only this problem, and its fix is the preferred action.
    const fix = actions.find((a) => a.isPreferred && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix?.edit, `no preferred quick fix for grade-case among: ${JSON.stringify(actions.map((a) => ({ title: a.title, kind: a.kind?.value, isPreferred: a.isPreferred, edit: Boolean(a.edit) })))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(diagnostic.range.start.line).text, /\| Good \|$/);
    await until('the grade-case diagnostic to go', () => !ilacsDiagnostics(document.uri).some((d) => ruleOf(d) === 'grade-case'));
  });

  it('"Fix all problems" fixes every fixable problem', async () => {
    const document = await open('fix-all.md');
    const before = lintText(document.getText()).diagnostics;
    assert.ok(before.some((d) => d.fix), 'the fixture should have fixable problems');
    await until('diagnostics', () => ilacsDiagnostics(document.uri).length > 0);
    assert.equal(await vscode.commands.executeCommand<boolean>('ilacs.fixAll'), true);
    // What cannot be fixed automatically stays; everything else is gone, in the editor and by the core.
    const unfixable = before.filter((d) => !d.fix).map((d) => d.ruleId).sort();
    assert.deepEqual(lintText(document.getText()).diagnostics.map((d) => d.ruleId).sort(), unfixable);
    await until('the editor to show only the unfixable problems', () => {
      const shown = ilacsDiagnostics(document.uri).map(ruleOf).sort();
      return JSON.stringify(shown) === JSON.stringify(unfixable);
    });
  });

  it('"New inspection report draft" creates a draft that lints clean', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.newDraft', { type: 'short-inspection', authority: 'Harrow', start: '2025-01-20' });
    assert.ok(document, 'the command returned no document');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.match(document.getText(), /^---\nilacs: short-inspection\nlocal_authority: Harrow\ndates: 2025-01-20 to 2025-01-24\n/);
    // Blanks are warnings (draft-incomplete); the server has answered once they are shown.
    const diagnostics = await until('draft-incomplete warnings', () => {
      const now = ilacsDiagnostics(document.uri);
      return now.some((d) => ruleOf(d) === 'draft-incomplete') ? now : undefined;
    });
    assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${ruleOf(d)}: ${d.message}`), []);
  });

  it('"Show inspection timeline" opens a webview with the cadence picture', async () => {
    await open('broken.md');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('ilacs.showTimeline');
    assert.ok(panel, 'the command returned no panel');
    assert.match(panel.title, /Wokingham/);
    assert.match(panel.webview.html, /<svg[\s\S]*Wokingham[\s\S]*<\/svg>/);
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    await until(`a timeline tab (tabs: ${tabs().map((t) => t.label).join(', ')})`, () =>
      tabs().some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('ilacs.timeline')),
    );
  });
});
