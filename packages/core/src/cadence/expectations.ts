import type { Domain } from '../framework/domain.js';
import type { DocumentType } from '../framework/document-types/document-type.js';
import { gradeById, type GradeId } from '../framework/grades.js';
import type { IsoDate } from './iso-date.js';
import type { InspectionRole, VisitRole } from './roles.js';

/**
 * What the framework expects after a graded judgement, read from the document types' cadence roles:
 * the inspection type that follows the grade, and the visits that fit between inspections.
 */
export interface JudgementExpectation {
  nextInspection: DocumentType;
  /** Visit types that fit between inspections. */
  visits: readonly DocumentType[];
  why: string;
}

type WithRole<R> = DocumentType & { cadence: R };

export function inspectionTypes(domain: Domain): WithRole<InspectionRole>[] {
  return domain.documentTypes.filter((t): t is WithRole<InspectionRole> => t.cadence?.role === 'inspection');
}

export function visitTypes(domain: Domain): WithRole<VisitRole>[] {
  return domain.documentTypes.filter((t): t is WithRole<VisitRole> => t.cadence?.role === 'visit');
}

const plural = (type: DocumentType) => `${type.name.toLowerCase()}s`;
const article = (type: DocumentType) => (/^[aeiou]/i.test(type.name) ? 'an' : 'a');

export function expectationAfter(grade: GradeId, domain: Domain): JudgementExpectation | undefined {
  const nextInspection = inspectionTypes(domain).find((t) => t.cadence.after.includes(grade));
  if (!nextInspection) return undefined;
  const visits = visitTypes(domain).filter((t) => t.cadence.after.includes(grade));
  const recurring = visits.filter((t) => t.cadence.everyMonths !== undefined);
  const judged = `authorities judged ${gradeById(grade).heading}`;
  const why = recurring.length
    ? `${judged} get ${recurring.map(plural).join(' and ')}, then ${article(nextInspection)} ${nextInspection.name.toLowerCase()}`
    : `${judged} get ${article(nextInspection)} ${nextInspection.name.toLowerCase()} next`;
  return { nextInspection, visits, why };
}

/** Whether a document type can follow a judgement; `unusual` marks what the framework allows but rarely does. */
export type TypeFit = { fits: true; unusual?: string; exception?: string } | { fits: false; expected: string };

/** Whether a document of `type`, on site from `firstDay`, can follow an authority's standing `grade`. */
export function typeFitsJudgement(type: DocumentType, grade: GradeId, domain: Domain, firstDay?: IsoDate): TypeFit {
  const role = type.cadence;
  if (!role) return { fits: true };
  if (role.after.includes(grade)) return { fits: true };
  const expectation = expectationAfter(grade, domain);
  const judged = `authorities judged ${gradeById(grade).heading}`;
  if (role.role === 'inspection') {
    if (role.unusualAfter?.includes(grade)) return { fits: true, unusual: expectation?.why ?? `${judged} rarely get one` };
    return {
      fits: false,
      expected: expectation
        ? `${article(expectation.nextInspection)} ${expectation.nextInspection.name.toLowerCase()}: ${expectation.why}`
        : `another type: ${judged} do not get one`,
    };
  }
  const exception =
    firstDay === undefined
      ? undefined
      : role.exceptions?.find((e) => e.alsoAfter.includes(grade) && firstDay >= e.during.start && firstDay <= e.during.end);
  if (exception) return { fits: true, exception: exception.why };
  const instead = expectation?.visits ?? [];
  const onlyFor = role.after.map((g) => gradeById(g).heading).join(', ');
  return {
    fits: false,
    expected: instead.length
      ? `${instead.map(plural).join(' or ')}: ${judged} get ${instead.map(plural).join(' or ')}, not ${plural(type)}`
      : `no visit of this kind: ${plural(type)} are for authorities judged ${onlyFor}`,
  };
}
