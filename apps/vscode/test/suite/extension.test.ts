/**
 * The extension in the real VS Code extension host, talking to the real bundled language server. The
 * workspace (written by the e2e test before the workbench opens) holds drafts broken in three ways,
 * ordinary Markdown, and a draft with a heading whose grade is missing. What VS Code shows is
 * compared with what @ilacs/core reports for the same text.
 */
import * as assert from 'node:assert/strict';
import { lintText } from '@ilacs/core';
import { gradeHeadingLabels } from '@ilacs/core/framework';
import * as vscode from 'vscode';
import {
  activateExtension,
  ilacsDiagnostics,
  open,
  ruleOf,
  severityNames,
  sleep,
  summary,
  until,
  webviewTabs,
  workspaceFile,
  type ExtensionApi,
} from './support.js';

const coreSummary = (text: string) =>
  summary(lintText(text).diagnostics.map((d) => ({ rule: d.ruleId, line: d.start.line + 1, severity: d.severity })));
const shownSummary = (uri: vscode.Uri) =>
  summary(ilacsDiagnostics(uri).map((d) => ({ rule: ruleOf(d), line: d.range.start.line + 1, severity: severityNames.get(d.severity)! })));

describe('ILACS extension in VS Code', () => {
  let api: ExtensionApi;
  before(async () => {
    api = await activateExtension();
  });

  it('reports the diagnostics the core finds in a broken draft', async () => {
    const document = await open('broken.md');
    const expected = coreSummary(document.getText());
    for (const rule of ['grade-case', 'paragraph-numbering', 'table-heading-grade-match'])
      assert.ok(
        expected.some((e) => e.startsWith(`${rule}@`)),
        `the fixture should break ${rule}`,
      );
    const shown = await until('the expected diagnostics', () => {
      const now = shownSummary(document.uri);
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
    await sleep(1_500);
    assert.deepEqual(ilacsDiagnostics(plain.uri), []);
  });

  it('offers the four grades after ": " in a judgement heading', async () => {
    const document = await open('completion.md');
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('## The experiences and progress of children in care: '));
    assert.ok(line >= 0, 'completion.md should have the heading with an empty grade');
    const position = new vscode.Position(line, document.lineAt(line).text.length);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const grade of gradeHeadingLabels)
      assert.ok(labels.includes(grade), `"${grade}" not offered; got ${JSON.stringify(labels.slice(0, 20))}`);
  });

  it('applies a quick fix and the diagnostic goes', async () => {
    const document = await open('quick-fix.md');
    const diagnostic = await until('a grade-case diagnostic', () => ilacsDiagnostics(document.uri).find((d) => ruleOf(d) === 'grade-case'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The command's results carry no diagnostics; the range holds only this problem, and its fix is the preferred action.
    const fix = actions.find((a) => a.isPreferred && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(
      fix?.edit,
      `no preferred quick fix for grade-case among: ${JSON.stringify(actions.map((a) => ({ title: a.title, kind: a.kind?.value, isPreferred: a.isPreferred, edit: Boolean(a.edit) })))}`,
    );
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(diagnostic.range.start.line).text, /\| Good \|$/);
    await until('the grade-case diagnostic to go', () => !ilacsDiagnostics(document.uri).some((d) => ruleOf(d) === 'grade-case'));
  });

  it('"Fix all problems" fixes every fixable problem', async () => {
    const document = await open('fix-all.md');
    const before = lintText(document.getText()).diagnostics;
    assert.ok(
      before.some((d) => d.fix),
      'the fixture should have fixable problems',
    );
    await until('diagnostics', () => ilacsDiagnostics(document.uri).length > 0);
    assert.equal(await vscode.commands.executeCommand<boolean>('ilacs.fixAll'), true);
    // What cannot be fixed automatically stays; everything else is gone, in the editor and by the core.
    const unfixable = before
      .filter((d) => !d.fix)
      .map((d) => d.ruleId)
      .sort();
    assert.deepEqual(
      lintText(document.getText())
        .diagnostics.map((d) => d.ruleId)
        .sort(),
      unfixable,
    );
    await until('the editor to show only the unfixable problems', () => {
      const shown = ilacsDiagnostics(document.uri).map(ruleOf).sort();
      return JSON.stringify(shown) === JSON.stringify(unfixable);
    });
  });

  it('"New inspection report draft" creates a draft that lints clean', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.newDraft', {
      type: 'short-inspection',
      authority: 'Harrow',
      start: '2025-01-20',
    });
    assert.ok(document, 'the command returned no document');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.match(document.getText(), /^---\nilacs: short-inspection\nlocal_authority: Harrow\ndates: 2025-01-20 to 2025-01-24\n/);
    // Blanks are warnings (draft-incomplete); the server has answered once they are shown.
    const diagnostics = await until('draft-incomplete warnings', () => {
      const now = ilacsDiagnostics(document.uri);
      return now.some((d) => ruleOf(d) === 'draft-incomplete') ? now : undefined;
    });
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${ruleOf(d)}: ${d.message}`),
      [],
    );
  });

  it('"Export draft" writes a Word document that "Import" opens as the same draft, under a name no file has', async () => {
    const draft = await open('typing.md');
    const target = workspaceFile('typing.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('ilacs.exportDraft', { format: 'docx', target });
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.equal(String.fromCharCode(bytes[0]!, bytes[1]!), 'PK');
    const imported = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.importDocument', target);
    assert.ok(imported, 'the import returned no document');
    assert.equal(vscode.window.activeTextEditor?.document, imported);
    // typing.md exists: the new draft is unsaved, and named so that saving it replaces nothing.
    assert.equal(imported.uri.scheme, 'untitled');
    assert.match(imported.uri.path, /\/typing-2\.md$/);
    assert.equal(imported.getText(), draft.getText());
  });

  it('"Import" of a PDF shows what the author must fill in on its line, and the server lints the new draft', async () => {
    await open('typing.md');
    const target = workspaceFile('typing.pdf');
    await vscode.commands.executeCommand('ilacs.exportDraft', { format: 'pdf', target });
    const imported = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.importDocument', target);
    assert.ok(imported, 'the import returned no document');
    const previous = vscode.languages
      .getDiagnostics(imported.uri)
      .find((d) => d.source === 'ilacs import' && d.code === 'previous-missing');
    assert.ok(previous, 'no warning about "previous"');
    assert.equal(previous.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(imported.lineAt(previous.range.start.line).text, /^# previous: /);
    await until('the lint of the imported draft', () => api.statusBar.view?.text.includes('ILACS 2023'));
  });

  it('the Markdown preview lays a draft out as Ofsted publishes it, and leaves other Markdown alone', async () => {
    const draft = await open('typing.md');
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', draft.getText());
    assert.match(html, /<div class="ilacs-draft ilacs-draft-report">/);
    // The preview adds its own line markers (data-line, code-line) to the same tags.
    assert.match(html, /<table [^>]*class="ilacs-judgements[ "]/);
    const plain = await open('plain.md');
    assert.doesNotMatch(await vscode.commands.executeCommand<string>('markdown.api.render', plain.getText()), /ilacs-/);
  });

  it('"Show inspection timeline" opens a webview with the cadence picture', async () => {
    await open('broken.md');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('ilacs.showTimeline');
    assert.ok(panel, 'the command returned no panel');
    assert.match(panel.title, /Wokingham/);
    assert.match(panel.webview.html, /<svg[\s\S]*Wokingham[\s\S]*<\/svg>/);
    // The picture is never shrunk below the width it is drawn at: its text stays readable in a split.
    const drawnWidth = /<svg[^>]* width="(\d+)"/.exec(panel.webview.html)?.[1];
    assert.ok(drawnWidth && panel.webview.html.includes(`min-width: ${drawnWidth}px`), 'the picture has no minimum width');
    await until('a timeline tab', () => webviewTabs('ilacs.timeline').length > 0);
  });

  it('the status bar shows what the server reports, with a plain-text screen-reader label', async () => {
    const document = await open('broken.md');
    const count = await until('diagnostics', () => ilacsDiagnostics(document.uri).length || undefined);
    const view = await until('the status bar item', () =>
      api.statusBar.view?.text.endsWith(`· ${count}`) ? api.statusBar.view : undefined,
    );
    assert.equal(view.text, `$(error) ILACS 2023 · ${count}`);
    assert.match(view.accessibleLabel, /^ILACS draft, Short inspection, ILACS 2023/);
    assert.match(view.accessibleLabel, new RegExp(`${count} problems`));
    assert.doesNotMatch(view.accessibleLabel, /[*`$]|\$\(/);
    await open('plain.md');
    await until('the item to hide for ordinary Markdown', () => api.statusBar.view === undefined);
  });

  it('a problem’s code opens its rule’s doc in the Markdown preview', async () => {
    const document = await open('broken.md');
    const gradeCase = await until('a grade-case diagnostic', () => ilacsDiagnostics(document.uri).find((d) => ruleOf(d) === 'grade-case'));
    const target = typeof gradeCase.code === 'object' ? gradeCase.code.target : undefined;
    assert.equal(target?.scheme, 'command', 'the code links to a web page, not to the bundled doc');
    // What VS Code does when the link in the Problems panel or the hover is clicked.
    const args = JSON.parse(decodeURIComponent(target!.query)) as unknown[];
    await vscode.commands.executeCommand(target!.path, ...args);
    const preview = await until('a Markdown preview of the rule doc', () =>
      webviewTabs('markdown.preview').find((tab) => tab.label.includes('grade-case')),
    );
    assert.ok(preview);
  });

  it('completion does not open by itself on a space in the middle of a value', async () => {
    const document = await open('triggers.md');
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('  overall_effectiveness: requires '));
    const position = new vscode.Position(line, document.lineAt(line).text.length);
    const labels = async (trigger?: string) =>
      (
        await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger)
      ).items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(!(await labels(' ')).includes('requires improvement to be good'), 'a space mid-value opened the grade list');
    assert.ok((await labels()).includes('requires improvement to be good'), 'asked for, the grades are offered');
  });

  it('"ilacs.run": "onSave" takes effect at once, without restarting the server', async () => {
    const document = await open('typing.md');
    // A clean draft: the server has answered once the status bar shows it.
    await until('the draft’s status', () => api.statusBar.view?.text.includes('ILACS 2023'));
    // Showing the tab asks for diagnostics too (as it should): let that answer arrive first.
    await sleep(1_500);
    const before = shownSummary(document.uri);
    const client = (api.controller as unknown as { current: unknown }).current;
    await vscode.workspace.getConfiguration('ilacs').update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = vscode.window.activeTextEditor!;
      const line = document
        .getText()
        .split('\n')
        .findIndex((l) => /^\d+\. /.test(l));
      await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, 1), '9'));
      await sleep(2_000);
      assert.deepEqual(shownSummary(document.uri), before, 'checked while typing with ilacs.run onSave');
      await document.save();
      await until('the paragraph-numbering problem after saving', () =>
        shownSummary(document.uri).some((s) => s.startsWith(`paragraph-numbering@${line + 1} `)),
      );
      assert.equal((api.controller as unknown as { current: unknown }).current, client, 'the server was restarted');
      assert.equal(api.controller.state, 'running');
    } finally {
      await vscode.workspace.getConfiguration('ilacs').update('run', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"Open the configuration file" creates .ilacsrc.json, and what is saved in it applies to open drafts', async () => {
    const draft = await open('broken.md');
    await until('grade-case', () => ilacsDiagnostics(draft.uri).some((d) => ruleOf(d) === 'grade-case'));
    const config = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.openConfigFile');
    try {
      assert.equal(config?.uri.toString(), workspaceFile('.ilacsrc.json').toString());
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, config!.lineCount, 0), '{ "rules": { "grade-case": "off" } }\n'));
      await config!.save();
      await until('grade-case to be switched off', () => !ilacsDiagnostics(draft.uri).some((d) => ruleOf(d) === 'grade-case'), 30_000);
      // Asked again, it opens the same file rather than making another.
      await open('broken.md');
      const again = await vscode.commands.executeCommand<vscode.TextDocument>('ilacs.openConfigFile');
      assert.equal(again?.uri.toString(), config!.uri.toString());
    } finally {
      await vscode.workspace.fs.delete(workspaceFile('.ilacsrc.json'));
    }
  });

  // Last: the task's problems stay in the Problems panel (for open drafts too) until it runs again.
  it('"Lint the workspace" lists the problems of drafts that are not open, through the $ilacs problem matcher', async () => {
    const unopened = workspaceFile('unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()));
    const expected = coreSummary(new TextDecoder().decode(await vscode.workspace.fs.readFile(unopened)));
    await vscode.commands.executeCommand('ilacs.lintWorkspace');
    const shown = await until('the task’s problems for unopened.md', () => {
      const now = shownSummary(unopened);
      return now.length === expected.length ? now : undefined;
    });
    assert.deepEqual(shown, expected);
    assert.deepEqual(ilacsDiagnostics(workspaceFile('plain.md')), []);
  });
});
