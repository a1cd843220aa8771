/** Web entry (vscode.dev, github.dev): the same client, with the language server in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type IlacsExtensionApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): Promise<IlacsExtensionApi> {
  const workerUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  return activateWith(context, async (id, name, options) => new LanguageClient(id, name, await startWorker(workerUrl), options), {
    // Virtual file systems have their own schemes, so match Markdown whatever the scheme.
    documentSelector: [{ language: 'markdown' }],
    // A worker cannot read the workspace: the client sends it the .ilacsrc and .ilacsignore files.
    sendSettingsFiles: true,
  });
}

/**
 * The server's worker. VS Code refuses `new Worker` for a script on a remote (an extension installed
 * on code-server or a VS Code Server and run in the browser: "Creating workers from remote extensions
 * is currently not supported"), but fetches it: the script is then started from a blob.
 */
async function startWorker(url: vscode.Uri): Promise<Worker> {
  if (url.scheme !== 'vscode-remote') return new Worker(url.toString(true));
  const response = await fetch(url.toString(true));
  if (!response.ok) throw new Error(`cannot load the language server (${response.status} ${response.statusText})`);
  const script = await response.text();
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
}

export function deactivate(): void {
  // Disposed through context.subscriptions.
}
