import { builtinDomain, parseDraft } from '@ilacs/core';
import { cadenceHistoryFromDraft, historyFormatOf, planCadence, readHistoryText, renderTimelineSvg, todayInEngland, type CadenceEvent } from '@ilacs/core/cadence';
import { readFacts } from '@ilacs/core/tools';
import * as vscode from 'vscode';

export const timelineViewType = 'ilacs.timeline';

let panel: vscode.WebviewPanel | undefined;

/**
 * "Show inspection timeline": the cadence picture for the active draft's authority, from the draft's
 * `previous` (and the draft itself, when it is a visit) and the history file in the settings. One
 * panel, reused and refreshed.
 */
export async function showTimeline(): Promise<vscode.WebviewPanel | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const draft = document?.languageId === 'markdown' ? parseDraft(document.getText()) : undefined;
  if (!document || !draft?.isDraft) {
    void vscode.window.showInformationMessage('ILACS: open a report draft to see its inspection timeline.');
    return undefined;
  }
  const fromDraft = cadenceHistoryFromDraft(draft, readFacts(draft), builtinDomain);
  const authority = fromDraft.authority ?? 'Unknown authority';
  const history = uniqueEvents([...(await historyFileEvents(document)), ...fromDraft.events]);
  const plan = planCadence(history, { today: todayInEngland() });
  if (!panel) {
    // No scripts: the picture is static SVG, so the webview needs no script permission at all.
    panel = vscode.window.createWebviewPanel(timelineViewType, 'Inspection timeline', vscode.ViewColumn.Beside, { enableScripts: false });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = `Timeline: ${authority}`;
  panel.webview.html = timelineHtml(renderTimelineSvg(plan, { title: authority }), plan.notes, history.length === 0);
  panel.reveal(vscode.ViewColumn.Beside, true);
  return panel;
}

function uniqueEvents(events: CadenceEvent[]): CadenceEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.type}:${e.dates.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function timelineHtml(svg: string, notes: readonly string[], empty: boolean): string {
  const hint = empty
    ? '<p>The draft has no <code>previous</code> inspection, so there is no cadence to draw yet. Add one to the front matter, as ' +
      '<code>previous: {type: short-inspection, dates: 2021-11-08 to 2021-11-12, overall_effectiveness: good}</code>.</p>'
    : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inspection timeline</title>
<style>
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 12px 20px; }
  .timeline svg { width: 100%; height: auto; border-radius: 6px; border: 1px solid var(--vscode-panel-border, transparent); }
  /* The picture is drawn for paper; in dark themes invert its lightness and keep its hues. */
  body.vscode-dark .timeline svg, body.vscode-high-contrast:not(.vscode-high-contrast-light) .timeline svg { filter: invert(0.92) hue-rotate(180deg); }
  code { font-family: var(--vscode-editor-font-family); }
  li { margin: 4px 0; }
</style>
</head>
<body>
<div class="timeline" role="img" aria-label="Inspection cadence timeline">${svg}</div>
${hint}
${notes.length ? `<ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The events in the history file named by `ilacs.timeline.historyFile` (YAML, JSON or CSV, as
 * `ilacs cadence` reads them), resolved against the draft's workspace folder and read through VS
 * Code's file system, so it works on the web too. A file that cannot be read is named in a warning.
 */
async function historyFileEvents(document: vscode.TextDocument): Promise<CadenceEvent[]> {
  const setting = vscode.workspace.getConfiguration('ilacs', document.uri).get<string>('timeline.historyFile', '').trim();
  if (!setting) return [];
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  const uri = setting.startsWith('/') || !folder ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    void vscode.window.showWarningMessage(`ILACS: cannot read history file ${setting}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const result = readHistoryText(text, historyFormatOf(uri.path));
  if (result.ok) return result.history.events;
  void vscode.window.showWarningMessage(`ILACS: history file ${setting}:${result.issue.line}:${result.issue.column}: ${result.issue.message}`);
  return [];
}
