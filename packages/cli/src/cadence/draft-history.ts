import { judgementGrades, parseDraft, readFacts, type CadenceEvent } from '@ilacs/core';
import type { HistoryFile } from './history-file.js';
import { InputError } from './input-error.js';

/** The history a draft implies: its `previous` inspection, then the draft itself. */
export function historyFromDraft(file: string, text: string): HistoryFile {
  const draft = parseDraft(text);
  if (!draft.isDraft) throw new InputError(file, 1, 1, 'not a draft: no front matter with an `ilacs` key');
  // A front matter that could not be read (broken YAML, an alias bomb, past a limit) gives no history
  // to trust: say where, as the lint does, rather than plan from what was left.
  const unreadable = draft.problems.find((p) => p.code !== 'yaml-warning' && p.code !== 'markdown-limit');
  if (unreadable) {
    const at = draft.lines.positionAt(unreadable.range.start);
    throw new InputError(file, at.line + 1, at.column + 1, unreadable.message);
  }
  const facts = readFacts(draft);
  const events: CadenceEvent[] = [];
  const previous = facts.previous;
  if (previous?.type && previous.dates) {
    events.push({ type: previous.type, dates: previous.dates, ...(previous.overallEffectiveness ? { overallEffectiveness: previous.overallEffectiveness.id } : {}) });
  }
  if (facts.type && facts.type !== 'self-evaluation' && facts.dates) {
    const overall = judgementGrades(draft).get('overallEffectiveness')?.grade;
    events.push({
      type: facts.type,
      dates: facts.dates,
      ...(overall ? { overallEffectiveness: overall.id } : {}),
      ...(facts.published ? { published: facts.published } : {}),
    });
  }
  if (events.length === 0) throw new InputError(file, 1, 1, 'the draft has no usable `dates` or `previous` (type and dates) to build a cadence from');
  return { ...(facts.authority ? { authority: facts.authority.name } : facts.authorityName ? { authority: facts.authorityName } : {}), events };
}
