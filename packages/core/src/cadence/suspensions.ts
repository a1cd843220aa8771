import { daysBetween, laterOf, earlierOf, addDays, type IsoDate } from './iso-date.js';

/** A period when routine inspection stopped; windows that it overlaps move later by its length. */
export interface Suspension {
  from: IsoDate;
  /** Last day of the pause. */
  until: IsoDate;
  reason: string;
}

/**
 * The COVID-19 pause: Ofsted suspended routine inspection on 17 March 2020 (the last ILACS inspection
 * before it began on 9 March 2020); the first routine ILACS inspection after it began on 28 June 2021
 * (Sunderland, in Ofsted's inspection history). Autumn 2020 assurance visits were not inspections.
 */
export const covidPause: Suspension = {
  from: '2020-03-17',
  until: '2021-06-27',
  reason: 'COVID-19 pause in routine inspection',
};

export const defaultSuspensions: readonly Suspension[] = [covidPause];

/**
 * Days a deadline moves because inspection stopped between `since` and it: the clock stands still
 * while suspended, so each suspension day after `since` and before the (already moved) deadline adds
 * a day. Suspensions are applied in date order so that one pushing a deadline into the next counts.
 */
export function suspensionShift(since: IsoDate, deadline: IsoDate, suspensions: readonly Suspension[]): number {
  let shift = 0;
  const ordered = [...suspensions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const pause of ordered) {
    const movedDeadline = addDays(deadline, shift);
    const start = laterOf(pause.from, since);
    const end = earlierOf(pause.until, movedDeadline);
    if (end >= start) shift += daysBetween(start, end) + 1;
  }
  return shift;
}
