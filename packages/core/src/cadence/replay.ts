import type { GradeId } from '../framework/grades.js';
import { builtinDomain, type Domain } from '../framework/domain.js';
import { expectationAfter } from './expectations.js';
import { isGradedInspection, sortEvents, type CadenceEvent, type CadenceEventType } from './history.js';
import { daysBetween, type IsoDate } from './iso-date.js';
import { publicationLag } from './publication-lag.js';
import { inspectionWindowAfter, type InspectionWindow } from './schedule.js';
import { defaultSuspensions, type Suspension } from './suspensions.js';

/**
 * Replays real histories through the engine: for each graded inspection that has a later one, what
 * the engine would have predicted (type and window) against what Ofsted then did. Pure; the caller
 * reads the data.
 */

export interface AuthorityHistory {
  authority: string;
  events: CadenceEvent[];
}

export interface ReplayedPair {
  authority: string;
  previous: CadenceEvent;
  next: CadenceEvent;
  previousGrade: GradeId;
  predictedType: string;
  typeMatched: boolean;
  window: InspectionWindow;
  windowWithoutSuspension: InspectionWindow;
  /** Days before the window opened (negative) or after it closed (positive); 0 inside. */
  daysOutside: number;
  daysOutsideWithoutSuspension: number;
  /** Months between the two first days on site. */
  gapMonths: number;
}

export interface ReplayTally {
  pairs: number;
  typeMatched: number;
  inWindow: number;
  inWindowWithoutSuspension: number;
  early: number;
  late: number;
}

export interface ReplayReport {
  authorities: number;
  gradedInspections: number;
  total: ReplayTally;
  byPreviousGrade: Partial<Record<GradeId, ReplayTally>>;
  /** Median months between consecutive graded inspections. */
  medianGapMonths: number | undefined;
  /** Median working days from last day on site to publication, by type, with how many were measured. */
  publicationLag: Partial<Record<CadenceEventType, { median: number; count: number }>>;
  pairs: ReplayedPair[];
  suspensions: readonly Suspension[];
}

function daysOutside(start: IsoDate, window: InspectionWindow): number {
  if (start < window.opens) return daysBetween(window.opens, start);
  if (start > window.closes) return daysBetween(window.closes, start);
  return 0;
}

function emptyTally(): ReplayTally {
  return { pairs: 0, typeMatched: 0, inWindow: 0, inWindowWithoutSuspension: 0, early: 0, late: 0 };
}

function add(tally: ReplayTally, pair: ReplayedPair): void {
  tally.pairs++;
  if (pair.typeMatched) tally.typeMatched++;
  if (pair.daysOutside === 0) tally.inWindow++;
  if (pair.daysOutsideWithoutSuspension === 0) tally.inWindowWithoutSuspension++;
  if (pair.daysOutside < 0) tally.early++;
  if (pair.daysOutside > 0) tally.late++;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function replayHistories(
  histories: readonly AuthorityHistory[],
  suspensions: readonly Suspension[] = defaultSuspensions,
  domain: Domain = builtinDomain,
): ReplayReport {
  const pairs: ReplayedPair[] = [];
  const lags = new Map<CadenceEventType, number[]>();
  let gradedInspections = 0;
  for (const history of histories) {
    const events = sortEvents(history.events);
    for (const event of events) {
      if (!event.published) continue;
      const list = lags.get(event.type) ?? [];
      list.push(publicationLag(event.dates.end, event.published));
      lags.set(event.type, list);
    }
    const graded = events.filter((e) => isGradedInspection(e.type, domain));
    gradedInspections += graded.length;
    for (let i = 0; i + 1 < graded.length; i++) {
      const previous = graded[i]!;
      const next = graded[i + 1]!;
      if (!previous.overallEffectiveness) continue;
      const predictedType = expectationAfter(previous.overallEffectiveness, domain)?.nextInspection.id;
      if (!predictedType) continue;
      const window = inspectionWindowAfter(previous.dates.start, suspensions, domain);
      const windowWithoutSuspension = inspectionWindowAfter(previous.dates.start, [], domain);
      pairs.push({
        authority: history.authority,
        previous,
        next,
        previousGrade: previous.overallEffectiveness,
        predictedType,
        typeMatched: next.type === predictedType,
        window,
        windowWithoutSuspension,
        daysOutside: daysOutside(next.dates.start, window),
        daysOutsideWithoutSuspension: daysOutside(next.dates.start, windowWithoutSuspension),
        gapMonths: Math.round((daysBetween(previous.dates.start, next.dates.start) / 30.44) * 10) / 10,
      });
    }
  }
  const total = emptyTally();
  const byPreviousGrade: Partial<Record<GradeId, ReplayTally>> = {};
  for (const pair of pairs) {
    add(total, pair);
    add((byPreviousGrade[pair.previousGrade] ??= emptyTally()), pair);
  }
  const medianLags: ReplayReport['publicationLag'] = {};
  for (const [type, values] of lags) medianLags[type] = { median: median(values)!, count: values.length };
  return {
    authorities: histories.length,
    gradedInspections,
    total,
    byPreviousGrade,
    medianGapMonths: median(pairs.map((p) => p.gapMonths)),
    publicationLag: medianLags,
    pairs,
    suspensions,
  };
}
