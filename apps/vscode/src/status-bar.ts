import * as vscode from 'vscode';
import { draftFacts } from './draft-info.js';

/** Diagnostics from the server carry this source. */
export const diagnosticSource = 'ilacs';

/**
 * Shows the framework version of the draft in the active editor and its problem count; clicking it
 * opens the Problems panel. Hidden for anything that is not a draft. Also keeps the `ilacs.isDraft`
 * context key that menus use.
 */
export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ilacs.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'ILACS draft';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Not on every keystroke: what the item shows changes when the server's diagnostics for a new
      // version arrive (debounced), so it follows them rather than parsing the draft as it is typed.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const facts = document ? draftFacts(document) : undefined;
    void vscode.commands.executeCommand('setContext', 'ilacs.isDraft', facts !== undefined);
    if (!document || !facts) {
      this.item.hide();
      return;
    }
    const problems = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === diagnosticSource);
    const errors = problems.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const framework = facts.framework ? facts.framework.id : 'framework ?';
    const icon = errors > 0 ? '$(error)' : problems.length > 0 ? '$(warning)' : '$(check)';
    this.item.text = `${icon} ILACS ${framework} · ${problems.length}`;
    this.item.tooltip = new vscode.MarkdownString(
      `**${facts.framework?.name ?? 'Framework not known yet: it follows from `dates`'}**\n\n` +
        `${problems.length === 1 ? '1 problem' : `${problems.length} problems`} (${errors} ${errors === 1 ? 'error' : 'errors'}). Click to open the Problems panel.`,
    );
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
