import * as vscode from 'vscode';

/**
 * Where the rule docs (`docs/rules/<id>.md` in the repository) are inside the extension: the build
 * copies them here. The one place the path is written.
 */
export const ruleDocsFolder = 'dist/docs/rules';

export const showRuleDocCommand = 'ilacs.showRuleDoc';

/** Rule ids are lower-case words joined by hyphens; anything else is not looked up. */
const ruleIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri | undefined {
  return ruleIdPattern.test(ruleId) ? vscode.Uri.joinPath(extensionUri, ruleDocsFolder, `${ruleId}.md`) : undefined;
}

/**
 * Points a diagnostic's code link at the rule's doc inside VS Code (a command link that the Problems
 * panel and hovers open) instead of a web page. The web link the server sent stays the fallback.
 */
export function linkRuleDocs(diagnostics: readonly vscode.Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    const ruleId = typeof code === 'object' ? String(code.value) : typeof code === 'string' ? code : undefined;
    if (diagnostic.source !== 'ilacs' || !ruleId || !ruleIdPattern.test(ruleId)) continue;
    const web = typeof code === 'object' ? code.target.toString(true) : undefined;
    const args = encodeURIComponent(JSON.stringify([ruleId, web]));
    diagnostic.code = { value: ruleId, target: vscode.Uri.parse(`command:${showRuleDocCommand}?${args}`) };
  }
}

/**
 * Opens a rule's doc in a Markdown preview beside the draft, from the copy bundled with the extension; without one
 * (a rule added since, or an extension built without docs), its web page.
 */
export async function showRuleDoc(extensionUri: vscode.Uri, ruleId: unknown, webLink?: unknown): Promise<boolean> {
  const doc = typeof ruleId === 'string' ? ruleDocUri(extensionUri, ruleId) : undefined;
  if (doc) {
    try {
      await vscode.workspace.fs.stat(doc);
      // Locked: the doc stays put when the draft's tab is chosen again, as a help pane beside it.
      await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', doc);
      return true;
    } catch {
      // Not bundled: the web page below.
    }
  }
  if (typeof webLink === 'string' && /^https:\/\//.test(webLink)) return vscode.env.openExternal(vscode.Uri.parse(webLink));
  void vscode.window.showInformationMessage(`ILACS: no documentation for "${String(ruleId)}".`);
  return false;
}
