/** Web entry (vscode.dev, github.dev): the same client, with the language server in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type IlacsExtensionApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): Promise<IlacsExtensionApi> {
  const workerUrl = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  return activateWith(context, (id, name, options) => new LanguageClient(id, name, new Worker(workerUrl.toString(true)), options), {
    // Virtual file systems have their own schemes, so match Markdown whatever the scheme.
    documentSelector: [{ language: 'markdown' }],
    // A worker cannot read the workspace: the client sends it the .ilacsrc and .ilacsignore files.
    sendSettingsFiles: true,
  });
}

export function deactivate(): void {
  // Disposed through context.subscriptions.
}
