import * as vscode from 'vscode';

/** The server's "fix all" source action; it is also what `editor.codeActionsOnSave` can name. */
export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('ilacs');

/**
 * "Fix all problems": asks the language server for its fix-all action on the active draft and applies
 * it. Returns whether anything changed.
 */
export async function fixAll(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('ILACS: open a report draft to fix its problems.');
    return false;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      fixAllKind.value,
    )) ?? [];
  const edits = actions.filter((action) => action.kind && fixAllKind.contains(action.kind) && action.edit);
  if (edits.length === 0) {
    void vscode.window.setStatusBarMessage('ILACS: nothing to fix automatically.', 3000);
    return false;
  }
  let changed = false;
  for (const action of edits) changed = (await vscode.workspace.applyEdit(action.edit!)) || changed;
  return changed;
}
