import type { DraftStatus } from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import type { LanguageClientController } from './language-client.js';
import { isEnabledFor } from './settings.js';

/** Diagnostics from the server carry this source. */
export const diagnosticSource = 'ilacs';

/** What the item shows, for the screen and for screen readers (plain text, no Markdown). */
export interface StatusBarView {
  text: string;
  tooltip: string;
  accessibleLabel: string;
  command: string;
  error: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the status bar says for the document in the active editor: its framework and problem count
 * while the checker runs, that the checker is not running when it failed (rather than a reassuring
 * tick over a draft that is not being checked), nothing for Markdown that is not a draft.
 */
export function statusBarView(document: vscode.TextDocument | undefined, controller: LanguageClientController): StatusBarView | undefined {
  if (document?.languageId !== 'markdown' || !isEnabledFor(document.uri)) return undefined;
  if (controller.state === 'failed') {
    const why = controller.notRunningMessage();
    return {
      text: '$(error) ILACS not running',
      tooltip: `${why} Click to restart it.`,
      accessibleLabel: `ILACS checker not running. ${why} Activate to restart it.`,
      command: 'ilacs.restartServer',
      error: true,
    };
  }
  if (controller.state !== 'running') return undefined;
  const status = controller.statuses.get(document.uri);
  if (!status?.isDraft) return undefined;
  if (status.ignored) {
    const why = 'This draft is skipped by .ilacsignore or the configuration’s ignores, as the command line skips it.';
    return {
      text: '$(circle-slash) ILACS ignored',
      tooltip: why,
      accessibleLabel: `ILACS: ${why}`,
      command: 'ilacs.openConfigFile',
      error: false,
    };
  }
  return draftView(status);
}

function draftView(status: DraftStatus): StatusBarView {
  const problems = status.errors + status.warnings + status.infos;
  const icon = status.errors > 0 ? '$(error)' : problems > 0 ? '$(warning)' : '$(check)';
  const framework = status.framework?.name ?? 'Framework not known yet: it follows from the dates';
  const counts = `${plural(problems, 'problem')} (${plural(status.errors, 'error')}, ${plural(status.warnings, 'warning')})`;
  return {
    text: `${icon} ILACS ${status.framework?.id ?? 'framework ?'} · ${problems}`,
    tooltip: `**${framework}**\n\n${counts}. Click to open the Problems panel.`,
    accessibleLabel: `ILACS draft, ${status.documentType?.name ?? 'unknown type'}, ${framework}: ${counts}. Activate to open the Problems panel.`,
    command: 'workbench.actions.view.problems',
    error: false,
  };
}

/**
 * The status-bar item, following the active editor, the server's status reports and the checker's
 * state; it also keeps the `ilacs.isDraft` context key that menus and the command palette use.
 */
export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ilacs.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The last view shown, for tests and other extensions (a status-bar item cannot be read back through the API). */
  view: StatusBarView | undefined;

  constructor(private readonly controller: LanguageClientController) {
    this.item.name = 'ILACS draft';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.statuses.onDidChange((uri) => {
        if (uri === undefined || uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      controller.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const isDraft = document !== undefined && this.controller.statuses.get(document.uri)?.isDraft === true;
    void vscode.commands.executeCommand('setContext', 'ilacs.isDraft', isDraft);
    this.view = statusBarView(document, this.controller);
    if (!this.view) {
      this.item.hide();
      return;
    }
    this.item.text = this.view.text;
    this.item.tooltip = new vscode.MarkdownString(this.view.tooltip);
    this.item.accessibilityInformation = { label: this.view.accessibleLabel, role: 'button' };
    this.item.command = this.view.command;
    this.item.backgroundColor = this.view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
