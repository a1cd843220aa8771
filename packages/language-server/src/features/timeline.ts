import { builtinDomain } from '@ilacs/core';
import {
  cadenceHistoryFromDraft,
  historyFormatOf,
  planCadence,
  readHistoryText,
  renderTimelineSvg,
  todayInEngland,
  type CadenceEvent,
} from '@ilacs/core/cadence';
import type { Connection } from 'vscode-languageserver';
import type { Analysis } from '../analysis-cache.js';
import { timelineRequest, type TimelineParams, type TimelineResult } from '../protocol.js';

/**
 * Drawn at this width, the picture's smallest text (12 px) is readable at its natural size; a client
 * shows it no narrower and scrolls instead (see the VS Code timeline panel).
 */
export const timelineWidth = 960;

/**
 * The cadence picture for an open draft: the history the draft tells (its `previous` and the
 * inspection or visit being written, as the CLI's `ilacs cadence --draft` draws it) merged with the
 * history file the client read, planned as of today in England.
 */
export function timeline(analysis: Analysis, params: TimelineParams): TimelineResult {
  const { draft, facts } = analysis;
  if (!draft.isDraft) return { ok: false, message: 'This is not an ILACS draft: its front matter has no `ilacs` key.' };
  const fromDraft = cadenceHistoryFromDraft(draft, facts, builtinDomain);
  let fromFile: CadenceEvent[] = [];
  let historyProblem: { line: number; column: number; message: string } | undefined;
  if (params.historyFile) {
    const read = readHistoryText(params.historyFile.text, historyFormatOf(params.historyFile.name));
    if (read.ok) fromFile = read.history.events;
    else historyProblem = read.issue;
  }
  const events = uniqueEvents([...fromFile, ...fromDraft.events]);
  const plan = planCadence(events, { today: todayInEngland() });
  const authority = fromDraft.authority ?? 'Unknown authority';
  return {
    ok: true,
    authority,
    svg: renderTimelineSvg(plan, { title: authority, width: timelineWidth }),
    width: timelineWidth,
    notes: plan.notes,
    events: events.length,
    ...(historyProblem ? { historyProblem } : {}),
  };
}

/** An event in both the history file and the draft is drawn once. */
function uniqueEvents(events: readonly CadenceEvent[]): CadenceEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = `${event.type}\u0000${event.dates.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function registerTimeline(connection: Connection, analysisOf: (uri: string) => Analysis | undefined): void {
  connection.onRequest<TimelineResult, never>(timelineRequest, (params: TimelineParams): TimelineResult => {
    const analysis = analysisOf(params.uri);
    return analysis
      ? timeline(analysis, params)
      : { ok: false, message: 'The language server has not been sent this document: is ILACS enabled for its folder?' };
  });
}
