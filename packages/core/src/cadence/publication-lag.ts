import type { CadenceEventType } from './history.js';
import type { IsoDate } from './iso-date.js';
import { addWorkingDays, workingDaysAfter } from './working-days.js';

/**
 * Typical working days from the last day on site to publication: the medians measured over Ofsted's
 * inspection history 2018 to 2025 (reports) and its 2024-25 in-year list (visit letters, whose last
 * day is taken as the day after the first). Re-measure with `ilacs cadence --replay`.
 */
export const typicalPublicationLag: Record<Exclude<CadenceEventType, 'sif-inspection'>, number> = {
  'short-inspection': 30,
  'standard-inspection': 30,
  'focused-visit': 21,
  'monitoring-visit': 21,
};

/** Working days from the last day on site to publication (0 or less: not after it). */
export function publicationLag(lastDayOnSite: IsoDate, published: IsoDate): number {
  return workingDaysAfter(lastDayOnSite, published);
}

/** When a document is typically published, given its last day on site. */
export function typicalPublicationDate(type: CadenceEventType, lastDayOnSite: IsoDate): IsoDate | undefined {
  if (type === 'sif-inspection') return undefined;
  return addWorkingDays(lastDayOnSite, typicalPublicationLag[type]);
}
