import type { GradeId } from '../framework/grades.js';
import type { DateSpan, IsoDate } from './iso-date.js';

/** What happened to an authority: its graded inspections (ILACS or the earlier SIF) and visits. */
export const cadenceEventTypes = ['sif-inspection', 'short-inspection', 'standard-inspection', 'focused-visit', 'monitoring-visit'] as const;
export type CadenceEventType = (typeof cadenceEventTypes)[number];

/** How each kind of event is named in timelines, text and pictures alike. */
export const cadenceEventTypeNames: Readonly<Record<CadenceEventType, string>> = {
  'sif-inspection': 'SIF inspection',
  'short-inspection': 'Short inspection',
  'standard-inspection': 'Standard inspection',
  'focused-visit': 'Focused visit',
  'monitoring-visit': 'Monitoring visit',
};

export interface CadenceEvent {
  type: CadenceEventType;
  /** Days on site. */
  dates: DateSpan;
  /** Overall effectiveness, for graded inspections (none from 27 April 2026). */
  overallEffectiveness?: GradeId;
  published?: IsoDate;
}

export type GradedInspectionType = 'sif-inspection' | 'short-inspection' | 'standard-inspection';

export function isGradedInspection(type: CadenceEventType): type is GradedInspectionType {
  return type === 'sif-inspection' || type === 'short-inspection' || type === 'standard-inspection';
}

/** Events in the order they happened (by first day, then last day). */
export function sortEvents(events: readonly CadenceEvent[]): CadenceEvent[] {
  return [...events].sort((a, b) => compare(a.dates.start, b.dates.start) || compare(a.dates.end, b.dates.end));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

