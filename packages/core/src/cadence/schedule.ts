import { builtinDomain, type Domain } from '../framework/domain.js';
import { gradeById, type GradeId } from '../framework/grades.js';
import { expectationAfter, visitTypes } from './expectations.js';
import { cadenceEventName, isGradedInspection, sortEvents, standingOf, type CadenceEvent } from './history.js';
import { addDays, addMonths, type IsoDate } from './iso-date.js';
import { publicationLag, typicalPublicationDate } from './publication-lag.js';
import { defaultSuspensions, suspensionShift, type Suspension } from './suspensions.js';

export interface CadenceOptions {
  /** The day the plan is for; always given, never read from a clock, so plans are reproducible. */
  today: IsoDate;
  /** Pauses in routine inspection that move windows; the COVID-19 pause when omitted, none with []. */
  suspensions?: readonly Suspension[];
  /** The document types and framework versions; the built-in ones when omitted. */
  domain?: Domain;
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

/** The window set by the framework version in force when the previous inspection began. */
export function inspectionWindowAfter(
  previousStart: IsoDate,
  suspensions: readonly Suspension[] = defaultSuspensions,
  domain: Domain = builtinDomain,
): InspectionWindow {
  const { anniversaryMonths, halfWidthMonths } = domain.frameworkFor(previousStart).cadence.window;
  const anniversary = addMonths(previousStart, anniversaryMonths);
  const opens = addMonths(anniversary, -halfWidthMonths);
  const closes = addMonths(anniversary, halfWidthMonths);
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
  /** The next inspection's type; unknown until the last inspection's grade is. */
  type?: string;
  name: string;
  why: string;
  window: InspectionWindow;
  status: WindowStatus;
}

/** Visits that recur while an authority's standing lasts (monitoring visits after inadequate). */
export interface RecurringVisitExpectation {
  type: string;
  name: string;
  intervalMonths: number;
  /** Visits since the judgement. */
  done: number;
  nextDue: IsoDate;
  overdue: boolean;
}

/** Visits expected at least so many times between two inspections (focused visits). */
export interface VisitsBetweenExpectation {
  type: string;
  name: string;
  /** At least this many between inspections. */
  expected: number;
  done: number;
  /** Before the next inspection's window closes. */
  dueBy: IsoDate;
  satisfied: boolean;
}

export interface PlannedEvent extends CadenceEvent {
  /** How the event is named in timelines and text ("Short inspection"). */
  name: string;
  graded: boolean;
  /** A visit that recurs (monitoring), drawn apart from visits between inspections. */
  recurring: boolean;
  /** The grade that set the cadence after it (overall effectiveness, or what the framework derives without it). */
  standing?: GradeId;
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
  lastGraded?: PlannedEvent;
  next?: NextInspection;
  recurringVisits?: RecurringVisitExpectation;
  visitsBetween?: VisitsBetweenExpectation;
  suspensions: readonly Suspension[];
  /** Things the plan could not decide, in words. */
  notes: string[];
}

/** From an authority's history, what the framework expects next and when. Pure: dates in, dates out. */
export function planCadence(history: readonly CadenceEvent[], options: CadenceOptions): CadencePlan {
  const suspensions = options.suspensions ?? defaultSuspensions;
  const domain = options.domain ?? builtinDomain;
  const today = options.today;
  const events = sortEvents(history).map((event) => planEvent(event, today, domain));
  const notes: string[] = [];
  const plan: CadencePlan = { today, events, suspensions, notes };

  const lastGraded = [...events].reverse().find((e) => e.graded);
  if (!lastGraded) {
    notes.push('No graded inspection in the history: the cadence starts from the last graded inspection.');
    return plan;
  }
  plan.lastGraded = lastGraded;
  const window = inspectionWindowAfter(lastGraded.dates.start, suspensions, domain);
  const grade = lastGraded.standing;
  const expectation = grade ? expectationAfter(grade, domain) : undefined;
  if (!grade || !expectation) {
    // The window runs from the last inspection whatever its grade; only the next type waits for it.
    const version = domain.frameworkFor(lastGraded.dates.start);
    const why = grade
      ? `no inspection type follows a judgement of ${gradeById(grade).heading} in this domain`
      : `the type follows the grade of the ${lastGraded.name.toLowerCase()} of ${lastGraded.dates.start}, which is not given (under framework ${version.id}: ${version.cadence.standingRule})`;
    notes.push(`The next inspection's type is not known: ${why}.`);
    plan.next = { name: 'Inspection', why, window, status: windowStatus(window, today) };
    return plan;
  }
  plan.next = {
    type: expectation.nextInspection.id,
    name: expectation.nextInspection.name,
    why: expectation.why,
    window,
    status: windowStatus(window, today),
  };
  if (grade === 'inadequate') {
    notes.push('Inadequate authorities are re-inspected when monitoring shows enough progress; the window is the usual one, as a guide.');
  }

  const since = events.filter((e) => e.dates.start > lastGraded.dates.end);
  for (const visit of visitTypes(domain).filter((t) => expectation.visits.includes(t))) {
    const done = since.filter((e) => e.type === visit.id);
    const { everyMonths, atLeastBetweenInspections } = visit.cadence;
    if (everyMonths !== undefined && !plan.recurringVisits) {
      const nextDue = addMonths(done.at(-1)?.dates.end ?? lastGraded.dates.end, everyMonths);
      plan.recurringVisits = {
        type: visit.id,
        name: visit.name,
        intervalMonths: everyMonths,
        done: done.length,
        nextDue,
        overdue: today > nextDue,
      };
    } else if (atLeastBetweenInspections !== undefined && !plan.visitsBetween) {
      plan.visitsBetween = {
        type: visit.id,
        name: visit.name,
        expected: atLeastBetweenInspections,
        done: done.length,
        dueBy: window.closes,
        satisfied: done.length >= atLeastBetweenInspections,
      };
    }
  }
  return plan;
}

function planEvent(event: CadenceEvent, today: IsoDate, domain: Domain): PlannedEvent {
  const type = domain.documentType(event.type);
  const graded = isGradedInspection(event.type, domain);
  const standing = graded ? standingOf(event, domain) : undefined;
  const planned: PlannedEvent = {
    ...event,
    name: cadenceEventName(event.type, domain),
    graded,
    recurring: type?.cadence?.role === 'visit' && type.cadence.everyMonths !== undefined,
    ...(standing ? { standing } : {}),
  };
  const framework = domain.frameworkInForceOn(event.dates.start);
  if (framework && type) planned.frameworkId = framework.id;
  if (event.published) planned.publicationLag = publicationLag(event.dates.end, event.published, domain.calendar);
  else {
    // Only a publication still to come is worth a date; old events simply lack one in the history.
    const typical = typicalPublicationDate(type, event.dates.end, domain.calendar);
    if (typical && typical >= today) planned.typicalPublication = typical;
  }
  return planned;
}
