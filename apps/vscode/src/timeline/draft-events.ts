import type { CadenceEvent, DraftFacts } from '@ilacs/core';

/**
 * The cadence history a draft itself records: its `previous` inspection, and the draft when it is a
 * visit (visits count towards what is expected before the next inspection). An inspection being
 * drafted has no overall grade yet, so it would hide the previous one from the plan; it is left out.
 */
export function draftEvents(facts: DraftFacts): CadenceEvent[] {
  const events: CadenceEvent[] = [];
  const previous = facts.previous;
  if (previous?.type && previous.dates) {
    events.push({
      type: previous.type,
      dates: previous.dates,
      ...(previous.overallEffectiveness ? { overallEffectiveness: previous.overallEffectiveness.id } : {}),
    });
  }
  if ((facts.type === 'focused-visit' || facts.type === 'monitoring-visit') && facts.dates) {
    events.push({ type: facts.type, dates: facts.dates, ...(facts.published ? { published: facts.published } : {}) });
  }
  return events;
}
