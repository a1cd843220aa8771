import type { Domain } from '../framework/domain.js';
import type { GradeId } from '../framework/grades.js';
import type { DraftFacts } from '../engine/facts.js';
import { judgementGrades } from '../engine/queries.js';
import type { ParsedDraft } from '../parse/model.js';
import type { CadenceEvent } from './history.js';
import type { CadenceHistory } from './history-text.js';

/**
 * The history one draft tells: its `previous` inspection, then the inspection or visit the draft is
 * about, with the judgements it gives so far. The inspection being written is part of the history:
 * the next window runs from it, whatever its grades turn out to be. The one implementation the CLI,
 * the language server (for the editor's timeline) and the browser checker share.
 */
export function cadenceHistoryFromDraft(draft: ParsedDraft, facts: DraftFacts, domain: Domain): CadenceHistory {
  const events: CadenceEvent[] = [];
  const previous = facts.previous;
  if (previous?.type && previous.dates) {
    events.push({
      type: previous.type,
      dates: previous.dates,
      ...(previous.overallEffectiveness ? { overallEffectiveness: previous.overallEffectiveness.id } : {}),
      ...(previous.judgements ? { judgements: Object.fromEntries([...previous.judgements].map(([area, grade]) => [area, grade.id])) } : {}),
    });
  }
  const document = facts.document;
  if (document?.cadence && facts.dates) {
    const event: CadenceEvent = { type: document.id, dates: facts.dates, ...(facts.published ? { published: facts.published } : {}) };
    if (document.cadence.role === 'inspection') {
      const judgements: Record<string, GradeId> = {};
      for (const [area, judgement] of judgementGrades(draft, domain)) {
        const kind = domain.judgementAreas.find((a) => a.id === area)?.kind;
        if (kind === 'overall') event.overallEffectiveness = judgement.grade.id;
        else judgements[area] = judgement.grade.id;
      }
      if (Object.keys(judgements).length > 0) event.judgements = judgements;
    }
    events.push(event);
  }
  const authority = facts.authority?.name ?? facts.authorityName;
  return { ...(authority ? { authority } : {}), events };
}
