import * as vscode from 'vscode';
import { fixAll } from './commands/fix-all.js';
import { lintTaskType, LintTaskProvider, lintWorkspace } from './commands/lint-workspace.js';
import { newDraft, type NewDraftArguments } from './commands/new-draft.js';
import { openConfigFile } from './commands/open-config-file.js';
import { LanguageClientController, type ClientFactory, type ControllerOptions } from './language-client.js';
import { showRuleDoc, showRuleDocCommand } from './rule-docs.js';
import { isEnabledAnywhere } from './settings.js';
import { DraftStatusBar } from './status-bar.js';
import { showTimeline } from './timeline/timeline-panel.js';

/** What the extension hands back from `activate`, for tests and other extensions. */
export interface IlacsExtensionApi {
  controller: LanguageClientController;
  statusBar: DraftStatusBar;
}

/**
 * Everything but the transport is the same on the desktop and on the web. The client knows nothing
 * of drafts: what it shows comes from the language server (status, timeline, skeletons, lint results).
 */
export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory, options: ControllerOptions): Promise<IlacsExtensionApi> {
  const controller = new LanguageClientController(createClient, options);
  const statusBar = new DraftStatusBar(controller);
  const serverState = () => void vscode.commands.executeCommand('setContext', 'ilacs.serverState', controller.state);
  context.subscriptions.push(
    controller,
    statusBar,
    controller.onDidChangeState(serverState),
    vscode.commands.registerCommand('ilacs.newDraft', (given?: NewDraftArguments) => newDraft(controller, given)),
    vscode.commands.registerCommand('ilacs.fixAll', () => fixAll()),
    vscode.commands.registerCommand('ilacs.showTimeline', () => showTimeline(controller)),
    vscode.commands.registerCommand('ilacs.restartServer', () => controller.restart()),
    vscode.commands.registerCommand('ilacs.showOutput', () => controller.showOutput()),
    vscode.commands.registerCommand('ilacs.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('ilacs.openConfigFile', () => openConfigFile(controller)),
    vscode.commands.registerCommand(showRuleDocCommand, (ruleId?: unknown, webLink?: unknown) => showRuleDoc(context.extensionUri, ruleId, webLink)),
    vscode.tasks.registerTaskProvider(lintTaskType, new LintTaskProvider(controller)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Which documents the server is sent follows `ilacs.enable`, so a change re-opens them all.
      // `ilacs.run` is read at each change, and the server reads no VS Code setting: neither restarts it.
      if (event.affectsConfiguration('ilacs.enable')) void controller.restart();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      // A folder that checks drafts may have come or gone.
      if ((controller.state === 'disabled') === isEnabledAnywhere()) void controller.restart();
    }),
  );
  serverState();
  await controller.start();
  return { controller, statusBar };
}
