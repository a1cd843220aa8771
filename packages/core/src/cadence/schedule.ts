import { expectationsByGrade, focusedVisitsExpectedBetweenInspections, inspectionWindow, monitoringIntervalMonths } from './expectations.js';
import { frameworkInForceOn } from './framework-on-date.js';
import { isGradedInspection, sortEvents, type CadenceEvent } from './history.js';
import { addDays, addMonths, type IsoDate } from './iso-date.js';
import { publicationLag, typicalPublicationDate } from './publication-lag.js';
import { defaultSuspensions, suspensionShift, type Suspension } from './suspensions.js';

export interface CadenceOptions {
  /** The day the plan is for; always given, never read from a clock, so plans are reproducible. */
  today: IsoDate;
  /** Pauses in routine inspection that move windows; the COVID-19 pause when omitted, none with []. */
  suspensions?: readonly Suspension[];
}

/** Six months either side of the third anniversary of an inspection's first day, moved by any pause. */
export interface InspectionWindow {
  anniversary: IsoDate;
  opens: IsoDate;
  closes: IsoDate;
  /** Days each bound moved because of suspensions (opening, closing). */
  shiftDays: { opens: number; closes: number };
  /** The suspensions that moved it. */
  shiftedBy: Suspension[];
}

export function inspectionWindowAfter(previousStart: IsoDate, suspensions: readonly Suspension[] = defaultSuspensions): InspectionWindow {
  const anniversary = addMonths(previousStart, inspectionWindow.anniversaryMonths);
  const opens = addMonths(anniversary, -inspectionWindow.halfWidthMonths);
  const closes = addMonths(anniversary, inspectionWindow.halfWidthMonths);
  // Each bound is a deadline in inspection time: a pause before it pushes it back by the days lost.
  const shift = (deadline: IsoDate) => suspensionShift(previousStart, deadline, suspensions);
  const shiftDays = { opens: shift(opens), closes: shift(closes) };
  return {
    anniversary: addDays(anniversary, shift(anniversary)),
    opens: addDays(opens, shiftDays.opens),
    closes: addDays(closes, shiftDays.closes),
    shiftDays,
    shiftedBy: suspensions.filter((s) => s.until >= previousStart && s.from <= addDays(closes, shiftDays.closes)),
  };
}

export type WindowStatus = 'not-yet-open' | 'open' | 'passed';

export function windowStatus(window: { opens: IsoDate; closes: IsoDate }, today: IsoDate): WindowStatus {
  return today < window.opens ? 'not-yet-open' : today > window.closes ? 'passed' : 'open';
}

export interface NextInspection {
  type: 'short-inspection' | 'standard-inspection';
  why: string;
  window: InspectionWindow;
  status: WindowStatus;
}

export interface MonitoringExpectation {
  intervalMonths: number;
  /** Monitoring visits since the inadequate judgement. */
  done: number;
  nextDue: IsoDate;
  overdue: boolean;
}

export interface FocusedVisitExpectation {
  /** At least this many between inspections. */
  expected: number;
  done: number;
  /** Before the next inspection's window closes. */
  dueBy: IsoDate;
  satisfied: boolean;
}

export interface PlannedEvent extends CadenceEvent {
  /** The ILACS framework version in force on the first day; undefined for the SIF. */
  frameworkId?: string;
  /** Working days from the last day on site to publication, when published. */
  publicationLag?: number;
  /** When it is typically published, for events not yet published. */
  typicalPublication?: IsoDate;
}

export interface CadencePlan {
  today: IsoDate;
  events: PlannedEvent[];
  lastGraded?: CadenceEvent;
  next?: NextInspection;
  monitoring?: MonitoringExpectation;
  focusedVisits?: FocusedVisitExpectation;
  suspensions: readonly Suspension[];
  /** Things the plan could not decide, in words. */
  notes: string[];
}

/** From an authority's history, what the framework expects next and when. Pure: dates in, dates out. */
export function planCadence(history: readonly CadenceEvent[], options: CadenceOptions): CadencePlan {
  const suspensions = options.suspensions ?? defaultSuspensions;
  const today = options.today;
  const events = sortEvents(history).map((event) => planEvent(event, today));
  const notes: string[] = [];
  const plan: CadencePlan = { today, events, suspensions, notes };

  const lastGraded = [...events].reverse().find((e) => isGradedInspection(e.type));
  if (!lastGraded) {
    notes.push('No graded inspection in the history: the cadence starts from the last graded inspection.');
    return plan;
  }
  plan.lastGraded = lastGraded;
  if (!lastGraded.overallEffectiveness) {
    notes.push('The last graded inspection has no overall effectiveness (none from 27 April 2026), so the next inspection type cannot be derived from it.');
    return plan;
  }
  const grade = lastGraded.overallEffectiveness;
  const expectation = expectationsByGrade[grade];
  const window = inspectionWindowAfter(lastGraded.dates.start, suspensions);
  plan.next = { type: expectation.nextInspection, why: expectation.why, window, status: windowStatus(window, today) };
  if (grade === 'inadequate') {
    notes.push('Inadequate authorities are re-inspected when monitoring shows enough progress; the window is the usual one, as a guide.');
  }

  const since = events.filter((e) => e.dates.start > lastGraded.dates.end);
  if (expectation.visits.includes('monitoring-visit')) {
    const visits = since.filter((e) => e.type === 'monitoring-visit');
    const from = visits.at(-1)?.dates.end ?? lastGraded.dates.end;
    const nextDue = addMonths(from, monitoringIntervalMonths);
    plan.monitoring = { intervalMonths: monitoringIntervalMonths, done: visits.length, nextDue, overdue: today > nextDue };
  } else {
    const done = since.filter((e) => e.type === 'focused-visit').length;
    plan.focusedVisits = { expected: focusedVisitsExpectedBetweenInspections, done, dueBy: window.closes, satisfied: done >= focusedVisitsExpectedBetweenInspections };
  }
  return plan;
}

function planEvent(event: CadenceEvent, today: IsoDate): PlannedEvent {
  const planned: PlannedEvent = { ...event };
  const framework = frameworkInForceOn(event.dates.start);
  if (framework && event.type !== 'sif-inspection') planned.frameworkId = framework.id;
  if (event.published) planned.publicationLag = publicationLag(event.dates.end, event.published);
  else {
    // Only a publication still to come is worth a date; old events simply lack one in the history.
    const typical = typicalPublicationDate(event.type, event.dates.end);
    if (typical && typical >= today) planned.typicalPublication = typical;
  }
  return planned;
}
