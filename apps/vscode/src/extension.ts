/** Desktop entry: the language server runs as a Node process next to the extension host. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type IlacsExtensionApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): Promise<IlacsExtensionApi> {
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  };
  return activateWith(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options), {
    // The Node server reads files from disk: drafts on disk and untitled ones (virtual folders: see package.json).
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    sendSettingsFiles: false,
  });
}

export function deactivate(): void {
  // The controller is in context.subscriptions; VS Code disposes it, which stops the server.
}
