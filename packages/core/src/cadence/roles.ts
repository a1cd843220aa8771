import type { GradeId } from '../framework/grades.js';
import type { DateSpan } from './iso-date.js';

/**
 * A document type's place in the inspection cadence, declared by its descriptor. Which inspection
 * comes next after a judgement, and which visits fit between, are read from these roles.
 */
export type CadenceRole = InspectionRole | VisitRole;

/** A graded inspection: the type that usually follows `after`, and may unusually follow `unusualAfter`. */
export interface InspectionRole {
  role: 'inspection';
  after: readonly GradeId[];
  unusualAfter?: readonly GradeId[];
}

/** An ungraded visit between inspections, for authorities whose standing is in `after`. */
export interface VisitRole {
  role: 'visit';
  after: readonly GradeId[];
  /** Periods in which the visit also went to other authorities (the remote visits of 2020-21). */
  exceptions?: readonly { during: DateSpan; alsoAfter: readonly GradeId[]; why: string }[];
  /** Visits recur about this many months apart (monitoring). */
  everyMonths?: number;
  /** At least this many are expected between two inspections (focused visits). */
  atLeastBetweenInspections?: number;
}
