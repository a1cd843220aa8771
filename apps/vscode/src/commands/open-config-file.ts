import { configFileRequest, type ConfigFileResult } from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import type { LanguageClientController } from '../language-client.js';

/** What a new configuration file starts with; the extension's JSON Schema completes the rest. */
const starter = `{
  "rules": {
  }
}
`;

/**
 * "Open the configuration file": the `.ilacsrc.*` that applies to the active draft, as the server
 * resolves it (the nearest one up from the draft, or the broken one), else the workspace folder's
 * own, created when there is none yet. Returns the opened document.
 */
export async function openConfigFile(controller: LanguageClientController): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active.uri)) ?? (await pickFolder());
  if (!folder) {
    void vscode.window.showInformationMessage('ILACS: open a folder to keep a configuration file in.');
    return undefined;
  }
  // For a folder, any document inside it resolves as the folder does.
  const target =
    active && vscode.workspace.getWorkspaceFolder(active.uri) === folder ? active.uri : vscode.Uri.joinPath(folder.uri, 'draft.md');
  let result: ConfigFileResult;
  try {
    result = await controller.request<ConfigFileResult>(configFileRequest, { uri: target.toString() });
  } catch (error) {
    void vscode.window.showErrorMessage(
      `ILACS: cannot find the configuration file: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  let uri: vscode.Uri;
  if (result.existing) {
    uri = vscode.Uri.parse(result.existing);
  } else {
    uri = vscode.Uri.joinPath(folder.uri, result.newFileName);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starter));
  }
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'The folder whose configuration file to open' });
}
