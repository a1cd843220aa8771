import type { DocumentType } from '../framework/document-types/document-type.js';
import type { IsoDate } from './iso-date.js';
import { englandCalendar, type WorkingCalendar } from './working-days.js';

/** Working days from the last day on site to publication (0 or less: not after it). */
export function publicationLag(lastDayOnSite: IsoDate, published: IsoDate, calendar: WorkingCalendar = englandCalendar): number {
  return calendar.workingDaysAfter(lastDayOnSite, published);
}

/**
 * When a document is typically published, given its last day on site: its type's typical lag (the
 * medians measured over Ofsted's lists; re-measure with `ilacs cadence --replay`).
 */
export function typicalPublicationDate(
  type: DocumentType | undefined,
  lastDayOnSite: IsoDate,
  calendar: WorkingCalendar = englandCalendar,
): IsoDate | undefined {
  return type?.publicationLag === undefined ? undefined : calendar.addWorkingDays(lastDayOnSite, type.publicationLag);
}
