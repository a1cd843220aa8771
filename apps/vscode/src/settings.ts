import * as vscode from 'vscode';

/**
 * The extension's settings, read for the resource they apply to: `ilacs.enable` and `ilacs.run` are
 * per folder (resource scope), so each workspace folder, and each document in it, gets its own.
 */
export type RunMode = 'onType' | 'onSave';

export function isEnabledFor(resource: vscode.Uri | undefined): boolean {
  return vscode.workspace.getConfiguration('ilacs', resource).get<boolean>('enable', true);
}

export function runModeFor(resource: vscode.Uri | undefined): RunMode {
  return vscode.workspace.getConfiguration('ilacs', resource).get<RunMode>('run', 'onType') === 'onSave' ? 'onSave' : 'onType';
}

/** Whether any folder checks drafts (or the window does, when no folder is open): the server runs only then. */
export function isEnabledAnywhere(): boolean {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.length === 0 ? isEnabledFor(undefined) : folders.some((folder) => isEnabledFor(folder.uri)) || isEnabledFor(undefined);
}
