/**
 * Per-folder settings in a multi-root workspace (written by folders.e2e.test.ts): the workspace turns
 * ILACS off (`ilacs.enable: false`), folder "on" turns it back on and checks on save only
 * (`ilacs.run: onSave`), folder "off" inherits the workspace's off. Both folders hold the same broken draft.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, ilacsDiagnostics, open, ruleOf, sleep, until, type ExtensionApi } from './support.js';

const folder = (name: string) => {
  const found = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(found, `no workspace folder "${name}"`);
  return found;
};
const draftIn = (name: string) => vscode.Uri.joinPath(folder(name).uri, 'draft.md');

describe('ILACS settings per folder', () => {
  let api: ExtensionApi;
  before(async () => {
    api = await activateExtension();
  });

  it('the settings differ by folder as the fixture says', () => {
    assert.equal(vscode.workspace.getConfiguration('ilacs').get('enable'), false);
    assert.equal(vscode.workspace.getConfiguration('ilacs', folder('on').uri).get('enable'), true);
    assert.equal(vscode.workspace.getConfiguration('ilacs', folder('off').uri).get('enable'), false);
  });

  it('checks drafts in the folder that enables ILACS, though the workspace does not', async () => {
    const document = await open(draftIn('on'));
    await until('diagnostics in the enabled folder', () => ilacsDiagnostics(document.uri).some((d) => ruleOf(d) === 'grade-case'));
    assert.equal(api.controller.state, 'running');
  });

  it('leaves drafts in the folder that disables ILACS alone, and shows no status for them', async () => {
    const enabled = await open(draftIn('on'));
    await until('diagnostics in the enabled folder', () => ilacsDiagnostics(enabled.uri).length > 0);
    const disabled = await open(draftIn('off'));
    await sleep(2_000);
    assert.deepEqual(ilacsDiagnostics(disabled.uri), []);
    assert.equal(api.statusBar.view, undefined);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      disabled.uri,
      new vscode.Position(2, 3),
    );
    assert.ok(
      !hover.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '').includes('ILACS'))),
      'the server answered for a disabled folder',
    );
  });

  it('checks on save only where the folder says "onSave"', async () => {
    const document = await open(draftIn('on'));
    await until('diagnostics', () => ilacsDiagnostics(document.uri).length > 0);
    // Showing the tab again asks for diagnostics too (as it should): let that answer arrive first.
    await sleep(1_500);
    const count = ilacsDiagnostics(document.uri).length;
    const editor = vscode.window.activeTextEditor!;
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('| The experiences and progress of children in care | good |'));
    await editor.edit((edit) =>
      edit.replace(
        new vscode.Range(line, 0, line, document.lineAt(line).text.length),
        '| The experiences and progress of children in care | Good |',
      ),
    );
    await sleep(2_000);
    assert.equal(ilacsDiagnostics(document.uri).length, count, 'checked while typing');
    await document.save();
    await until('the fixed problem to go after saving', () => !ilacsDiagnostics(document.uri).some((d) => ruleOf(d) === 'grade-case'));
  });

  it('offers the lint task only for the folder that checks drafts', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'ilacs' });
    assert.deepEqual(
      tasks.map((task) => (typeof task.scope === 'object' ? task.scope.name : String(task.scope))),
      ['on'],
    );
  });
});
