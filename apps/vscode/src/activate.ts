import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient';
import { fixAll } from './commands/fix-all.js';
import { newDraft, type NewDraftArguments } from './commands/new-draft.js';
import { LanguageClientController, type ClientFactory } from './language-client.js';
import { DraftStatusBar } from './status-bar.js';
import { showTimeline } from './timeline/timeline-panel.js';

/** What the extension hands back from `activate`, for tests and other extensions. */
export interface IlacsExtensionApi {
  controller: LanguageClientController;
}

/** Everything but the transport is the same on the desktop and on the web. */
export async function activateWith(
  context: vscode.ExtensionContext,
  createClient: ClientFactory,
  documentSelector: DocumentSelector,
): Promise<IlacsExtensionApi> {
  const controller = new LanguageClientController(createClient, documentSelector);
  context.subscriptions.push(
    controller,
    new DraftStatusBar(),
    vscode.commands.registerCommand('ilacs.newDraft', (given?: NewDraftArguments) => newDraft(given)),
    vscode.commands.registerCommand('ilacs.fixAll', () => fixAll()),
    vscode.commands.registerCommand('ilacs.showTimeline', () => showTimeline()),
    vscode.commands.registerCommand('ilacs.restartServer', () => controller.restart()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The server reads `ilacs.*` settings itself; these two decide whether and when VS Code asks it.
      if (event.affectsConfiguration('ilacs.enable') || event.affectsConfiguration('ilacs.run')) void controller.restart();
    }),
  );
  await controller.start();
  return { controller };
}
