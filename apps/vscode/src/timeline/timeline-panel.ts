import { planCadence, renderTimelineSvg, type CadenceEvent } from '@ilacs/core';
import * as vscode from 'vscode';
import { draftFacts } from '../draft-info.js';
import { today } from '../today.js';
import { draftEvents } from './draft-events.js';
import { historyFileEvents } from './history-file.js';

export const timelineViewType = 'ilacs.timeline';

let panel: vscode.WebviewPanel | undefined;

/**
 * "Show inspection timeline": the cadence picture for the active draft's authority, from the draft's
 * `previous` (and the draft itself, when it is a visit) and the history file in the settings. One
 * panel, reused and refreshed.
 */
export async function showTimeline(): Promise<vscode.WebviewPanel | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const facts = document ? draftFacts(document) : undefined;
  if (!facts) {
    void vscode.window.showInformationMessage('ILACS: open a report draft to see its inspection timeline.');
    return undefined;
  }
  const authority = facts.authority?.name ?? facts.authorityName ?? 'Unknown authority';
  const history = uniqueEvents([...(await historyFileEvents(document!)), ...draftEvents(facts)]);
  const plan = planCadence(history, { today: today() });
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
