/** Desktop entry: the language server runs as a Node process next to the extension host. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type IlacsExtensionApi } from './activate.js';

/** What VS Code's Markdown preview calls (`markdown.markdownItPlugins`); typed loosely, markdown-it being the preview's. */
interface MarkdownIt {
  use(plugin: (md: MarkdownIt) => void): MarkdownIt;
}

export async function activate(
  context: vscode.ExtensionContext,
): Promise<IlacsExtensionApi & { extendMarkdownIt(md: MarkdownIt): MarkdownIt }> {
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  };
  const api = await activateWith(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options), {
    // The Node server reads files from disk: drafts on disk and untitled ones (virtual folders: see package.json).
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    sendSettingsFiles: false,
  });
  return {
    ...api,
    // A draft in the preview is laid out as Ofsted publishes it (dist/draft-preview.css styles it); other Markdown is untouched.
    extendMarkdownIt: (md) => {
      const { ilacsDraftPlugin } = require(context.asAbsolutePath('dist/markdown-preview.js')) as {
        ilacsDraftPlugin: (md: MarkdownIt) => void;
      };
      return md.use(ilacsDraftPlugin);
    },
  };
}

export function deactivate(): void {
  // The controller is in context.subscriptions; VS Code disposes it, which stops the server.
}
