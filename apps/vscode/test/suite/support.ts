/** Helpers for the suites that run inside VS Code's extension host (desktop and web): no Node built-ins. */
import * as vscode from 'vscode';

export const extensionId = 'ilacs.ilacs-drafts';

/** What `activate` returns (see src/activate.ts), as far as the tests read it. */
export interface ExtensionApi {
  controller: { state: string; failure?: string; restart(): Promise<void> };
  statusBar: { view?: { text: string; tooltip: string; accessibleLabel: string; command: string } };
}

export async function activateExtension(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded`);
  return extension.activate();
}

export function workspaceFile(name: string, folderIndex = 0): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[folderIndex];
  if (!folder) throw new Error(`the workbench opened without folder ${folderIndex}`);
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function ilacsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'ilacs');
}

export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rule, 1-based line and severity of each problem, sorted, so two sources of diagnostics compare as text. */
export function summary(items: readonly { rule: string; line: number; severity: string }[]): string[] {
  return items.map((d) => `${d.rule}@${d.line} ${d.severity}`).sort();
}

export const severityNames = new Map([
  [vscode.DiagnosticSeverity.Error, 'error'],
  [vscode.DiagnosticSeverity.Warning, 'warning'],
  [vscode.DiagnosticSeverity.Information, 'info'],
  [vscode.DiagnosticSeverity.Hint, 'hint'],
]);

export async function open(uri: vscode.Uri | string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(typeof uri === 'string' ? workspaceFile(uri) : uri);
  await vscode.window.showTextDocument(document);
  return document;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The webview tabs open now, by view type (VS Code prefixes an extension's types). */
export function webviewTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}
