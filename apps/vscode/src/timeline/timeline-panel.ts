import { timelineRequest, type TimelineParams, type TimelineResult } from '@ilacs/language-server/protocol';
import * as vscode from 'vscode';
import type { LanguageClientController } from '../language-client.js';

export const timelineViewType = 'ilacs.timeline';

let panel: vscode.WebviewPanel | undefined;

/**
 * "Show inspection timeline": the cadence picture for the active draft's authority, drawn by the
 * language server from the draft's `previous` (and the draft itself) and the history file in the
 * settings, which this client reads. One panel, reused and refreshed.
 */
export async function showTimeline(controller: LanguageClientController): Promise<vscode.WebviewPanel | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('ILACS: open a report draft to see its inspection timeline.');
    return undefined;
  }
  const historyFile = await readHistoryFile(document);
  let result: TimelineResult;
  try {
    result = await controller.request<TimelineResult>(timelineRequest, {
      uri: document.uri.toString(),
      ...(historyFile ? { historyFile } : {}),
    } satisfies TimelineParams);
  } catch (error) {
    void vscode.window.showErrorMessage(`ILACS: cannot draw the timeline: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  if (!result.ok) {
    void vscode.window.showInformationMessage(`ILACS: ${result.message}`);
    return undefined;
  }
  if (result.historyProblem && historyFile) {
    const { line, column, message } = result.historyProblem;
    void vscode.window.showWarningMessage(`ILACS: history file ${historyFile.name}:${line}:${column}: ${message}`);
  }
  if (!panel) {
    // No scripts: the picture is static SVG, so the webview needs no script permission at all.
    panel = vscode.window.createWebviewPanel(timelineViewType, 'Inspection timeline', vscode.ViewColumn.Beside, { enableScripts: false });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = `Timeline: ${result.authority}`;
  panel.webview.html = timelineHtml(result);
  panel.reveal(vscode.ViewColumn.Beside, true);
  return panel;
}

/**
 * The page. The picture keeps at least the width it was drawn at, so its smallest text stays at its
 * size (12 px) in a narrow column such as a side-by-side split, where the page scrolls sideways
 * instead; wider columns scale it up.
 */
export function timelineHtml(result: Extract<TimelineResult, { ok: true }>): string {
  const hint =
    result.events === 0
      ? '<p>The draft has no <code>previous</code> inspection, so there is no cadence to draw yet. Add one to the front matter, as ' +
        '<code>previous: {type: short-inspection, dates: 2021-11-08 to 2021-11-12, overall_effectiveness: good}</code>.</p>'
      : '';
  const notes = result.notes.length ? `<ul>${result.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inspection timeline</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 12px 20px; }
  .timeline { overflow-x: auto; padding-bottom: 4px; }
  .timeline svg { display: block; width: 100%; min-width: ${result.width}px; max-width: ${Math.round(result.width * 1.6)}px; height: auto; border-radius: 6px; border: 1px solid var(--vscode-panel-border, transparent); }
  /* The picture is drawn for paper; in dark themes invert its lightness and keep its hues. */
  body.vscode-dark .timeline svg, body.vscode-high-contrast:not(.vscode-high-contrast-light) .timeline svg { filter: invert(0.92) hue-rotate(180deg); }
  code { font-family: var(--vscode-editor-font-family); }
  li { margin: 4px 0; }
</style>
</head>
<body>
<div class="timeline" role="region" tabindex="0" aria-label="Inspection cadence timeline for ${escapeHtml(result.authority)}; scroll sideways in a narrow column">${result.svg}</div>
${hint}
${notes}
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The history file named by `ilacs.timeline.historyFile` (YAML, JSON or CSV, as `ilacs cadence`
 * reads them; the server reads the text), resolved against the draft's workspace folder and read
 * through VS Code's file system, so it works on the web too. A file that cannot be read is named in a
 * warning, and the picture is drawn without it.
 */
async function readHistoryFile(document: vscode.TextDocument): Promise<TimelineParams['historyFile']> {
  const setting = vscode.workspace.getConfiguration('ilacs', document.uri).get<string>('timeline.historyFile', '').trim();
  if (!setting) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  const uri = setting.startsWith('/') || !folder ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
  try {
    return { name: uri.path, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    void vscode.window.showWarningMessage(
      `ILACS: cannot read history file ${setting}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}
