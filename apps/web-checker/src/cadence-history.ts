import { isOnSiteType, judgementGrades, type CadenceEvent, type LintResult } from '@ilacs/core';

/**
 * The authority's history as far as one draft tells it: the previous graded inspection from the
 * front matter, and the inspection or visit the draft is about (with its overall grade, if given).
 */
export function historyFromDraft(result: LintResult): CadenceEvent[] {
  const { facts } = result;
  const events: CadenceEvent[] = [];
  const previous = facts.previous;
  if (previous?.type && previous.dates) {
    events.push({ type: previous.type, dates: previous.dates, ...(previous.overallEffectiveness ? { overallEffectiveness: previous.overallEffectiveness.id } : {}) });
  }
  if (facts.type && isOnSiteType(facts.type) && facts.dates) {
    const overall = judgementGrades(result.draft).get('overallEffectiveness')?.grade;
    const graded = facts.type === 'short-inspection' || facts.type === 'standard-inspection';
    events.push({
      type: facts.type,
      dates: facts.dates,
      ...(graded && overall ? { overallEffectiveness: overall.id } : {}),
      ...(facts.published ? { published: facts.published } : {}),
    });
  }
  return events;
}
