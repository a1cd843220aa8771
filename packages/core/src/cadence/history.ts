import type { Domain } from '../framework/domain.js';
import type { GradeId } from '../framework/grades.js';
import type { JudgementAreaId } from '../framework/judgement-areas.js';
import type { DateSpan, IsoDate } from './iso-date.js';

/** Graded inspections under the Single Inspection Framework, before ILACS: a cadence event, never a draft. */
export const sifInspection = {
  id: 'sif-inspection',
  name: 'SIF inspection',
  description: 'Single Inspection Framework, 2013 to 2017',
} as const;

/** The id of a kind of event: a document type with a cadence role, or `sif-inspection`. */
export type CadenceEventType = string;

/** What happened to an authority: its graded inspections (ILACS or the earlier SIF) and visits. */
export interface CadenceEvent {
  type: CadenceEventType;
  /** Days on site. */
  dates: DateSpan;
  /** Overall effectiveness, for graded inspections (none from 27 April 2026). */
  overallEffectiveness?: GradeId;
  /** The other judgements, by area, where they are known (they set the cadence without overall effectiveness). */
  judgements?: Readonly<Record<JudgementAreaId, GradeId>>;
  published?: IsoDate;
}

/** Every kind of event a history may hold: the SIF and the domain's types with a cadence role. */
export function cadenceEventTypes(domain: Domain): CadenceEventType[] {
  return [sifInspection.id, ...domain.documentTypes.filter((t) => t.cadence).map((t) => t.id)];
}

/** How an event type is named in timelines, text and pictures alike. */
export function cadenceEventName(type: CadenceEventType, domain: Domain): string {
  return type === sifInspection.id ? sifInspection.name : (domain.documentType(type)?.name ?? type);
}

export function isGradedInspection(type: CadenceEventType, domain: Domain): boolean {
  return type === sifInspection.id || domain.documentType(type)?.cadence?.role === 'inspection';
}

/**
 * The grade that set the cadence after a graded inspection: its overall effectiveness where it has
 * one, else what the framework version in force derives from its other judgements.
 */
export function standingOf(event: CadenceEvent, domain: Domain): GradeId | undefined {
  if (event.overallEffectiveness) return event.overallEffectiveness;
  if (!event.judgements) return undefined;
  return domain.frameworkFor(event.dates.start).cadence.standing(new Map(Object.entries(event.judgements)));
}

/** Events in the order they happened (by first day, then last day). */
export function sortEvents<T extends CadenceEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compare(a.dates.start, b.dates.start) || compare(a.dates.end, b.dates.end));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
