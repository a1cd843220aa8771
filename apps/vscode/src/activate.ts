import * as vscode from 'vscode';
import { ConversionWarnings, exportDraft, importDocument, type ExportArguments } from './commands/convert.js';
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
export async function activateWith(
  context: vscode.ExtensionContext,
  createClient: ClientFactory,
  options: ControllerOptions,
): Promise<IlacsExtensionApi> {
  const controller = new LanguageClientController(createClient, options);
  const statusBar = new DraftStatusBar(controller);
  const conversionWarnings = new ConversionWarnings();
  const serverState = () => {
    void vscode.commands.executeCommand('setContext', 'ilacs.serverState', controller.state);
    void vscode.commands.executeCommand('setContext', 'ilacs.canConvert', controller.canConvert);
  };
  context.subscriptions.push(
    controller,
    statusBar,
    conversionWarnings,
    controller.onDidChangeState(serverState),
    vscode.commands.registerCommand('ilacs.newDraft', (given?: NewDraftArguments) => newDraft(controller, given)),
    vscode.commands.registerCommand('ilacs.fixAll', () => fixAll()),
    vscode.commands.registerCommand('ilacs.showTimeline', () => showTimeline(controller)),
    vscode.commands.registerCommand('ilacs.restartServer', () => controller.restart()),
    vscode.commands.registerCommand('ilacs.showOutput', () => controller.showOutput()),
    vscode.commands.registerCommand('ilacs.lintWorkspace', () => lintWorkspace()),
    vscode.commands.registerCommand('ilacs.openConfigFile', () => openConfigFile(controller)),
    // From the explorer's context menu the file comes as the argument; from the palette, a dialog asks.
    vscode.commands.registerCommand('ilacs.importDocument', (source?: unknown) =>
      importDocument(controller, conversionWarnings, source instanceof vscode.Uri ? source : undefined),
    ),
    vscode.commands.registerCommand('ilacs.exportDraft', (given?: ExportArguments) =>
      exportDraft(controller, conversionWarnings, given ?? {}),
    ),
    vscode.commands.registerCommand(showRuleDocCommand, (ruleId?: unknown, webLink?: unknown) =>
      showRuleDoc(context.extensionUri, ruleId, webLink),
    ),
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
