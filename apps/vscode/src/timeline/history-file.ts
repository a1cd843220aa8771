import { cadenceEventTypes, isValidIsoDate, matchGrade, parseDateSpan, type CadenceEvent, type CadenceEventType } from '@ilacs/core';
import * as vscode from 'vscode';
import { parse } from 'yaml';

/**
 * The events in the history file named by `ilacs.timeline.historyFile` (YAML or JSON, the shape
 * `ilacs cadence` reads: `{ authority?, events: [{ type, dates, overall_effectiveness?, published? }] }`),
 * resolved against the draft's workspace folder. Read through VS Code's file system, so it works on
 * the web too. Entries that do not read as events are left out and named in one warning.
 *
 * Not core's `readCadenceHistory`: it validates with zod, which would add 450 KB to this client.
 */
export async function historyFileEvents(document: vscode.TextDocument): Promise<CadenceEvent[]> {
  const setting = vscode.workspace.getConfiguration('ilacs', document.uri).get<string>('timeline.historyFile', '').trim();
  if (!setting) return [];
  const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
  const uri = setting.startsWith('/') || !folder ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
  if (/\.csv$/i.test(uri.path)) {
    void vscode.window.showWarningMessage('ILACS: the timeline view reads YAML history files; CSV files are for `ilacs cadence`.');
    return [];
  }
  let data: unknown;
  try {
    data = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), { maxAliasCount: 100 });
  } catch (error) {
    void vscode.window.showWarningMessage(`ILACS: cannot read history file ${setting}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const entries = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(entries)) {
    void vscode.window.showWarningMessage(`ILACS: history file ${setting} has no \`events\` list.`);
    return [];
  }
  const events: CadenceEvent[] = [];
  const skipped: number[] = [];
  entries.forEach((entry: unknown, index) => {
    const event = toEvent(entry);
    if (event) events.push(event);
    else skipped.push(index + 1);
  });
  if (skipped.length) void vscode.window.showWarningMessage(`ILACS: history file ${setting}: events ${skipped.join(', ')} are not valid and are not drawn (run \`ilacs cadence\` for details).`);
  return events;
}

function toEvent(entry: unknown): CadenceEvent | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { type, dates, overall_effectiveness: grade, published } = entry as Record<string, unknown>;
  const span = parseDateSpan(dates);
  if (!(cadenceEventTypes as readonly unknown[]).includes(type) || !span) return undefined;
  const matched = typeof grade === 'string' ? matchGrade(grade) : undefined;
  if (grade !== undefined && !matched) return undefined;
  if (published !== undefined && !(typeof published === 'string' && isValidIsoDate(published))) return undefined;
  return {
    type: type as CadenceEventType,
    dates: span,
    ...(matched ? { overallEffectiveness: matched.id } : {}),
    ...(typeof published === 'string' ? { published } : {}),
  };
}
