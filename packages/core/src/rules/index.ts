import type { Rule } from '../engine/types.js';
import frontMatterSyntax from './front-matter-syntax.js';
import frontMatterSchema from './front-matter-schema.js';
import frontMatterUnknownKey from './front-matter-unknown-key.js';
import title from './title.js';
import authorityConsistency from './authority-consistency.js';
import requiredSections from './required-sections.js';
import sectionOrder from './section-order.js';
import duplicateSection from './duplicate-section.js';
import judgementTable from './judgement-table.js';
import gradeLabel from './grade-label.js';
import gradeCase from './grade-case.js';
import tableHeadingGradeMatch from './table-heading-grade-match.js';
import lettersUngraded from './letters-ungraded.js';
import whatNeedsToImprove from './what-needs-to-improve.js';
import duplicateImprovement from './duplicate-improvement.js';
import paragraphNumbering from './paragraph-numbering.js';
import nationalFrameworkTag from './national-framework-tag.js';
import judgementWording from './judgement-wording.js';
import inadequateForcesInadequateOverall from './inadequate-forces-inadequate-overall.js';
import outstandingOverallRequirements from './outstanding-overall-requirements.js';
import overallNearLeaders from './overall-near-leaders.js';
import judgementFrameworkVersion from './judgement-framework-version.js';
import previousInspectionStatement from './previous-inspection-statement.js';
import judgementStatement from './judgement-statement.js';
import cadenceTypeFitsPrevious from './cadence-type-fits-previous.js';
import cadenceStandardAfterGood from './cadence-standard-after-good.js';
import cadenceDatesFitType from './cadence-dates-fit-type.js';
import cadenceInspectionWindow from './cadence-inspection-window.js';
import cadenceInspectorTitle from './cadence-inspector-title.js';
import cadenceAuthorityExisted from './cadence-authority-existed.js';
import cadencePublicationAfterVisit from './cadence-publication-after-visit.js';
import visitDatesStatement from './visit-dates-statement.js';
import directiveUnknownRule from './directive-unknown-rule.js';
import draftIncomplete from './draft-incomplete.js';
import styleJudgementSpelling from './style-judgement-spelling.js';
import styleIseSpelling from './style-ise-spelling.js';
import styleLatinAbbreviation from './style-latin-abbreviation.js';
import styleAcronymFirstUse from './style-acronym-first-use.js';
import styleAcronymExpansion from './style-acronym-expansion.js';
import styleChildrenInCare from './style-children-in-care.js';
import styleContraction from './style-contraction.js';
import styleExclamationMark from './style-exclamation-mark.js';
import styleRepeatedWord from './style-repeated-word.js';
import styleBalancedBrackets from './style-balanced-brackets.js';
import styleSentenceEnding from './style-sentence-ending.js';
import privacyEmailAddress from './privacy-email-address.js';
import privacyPhoneNumber from './privacy-phone-number.js';
import privacyPostcode from './privacy-postcode.js';
import privacyDateOfBirth from './privacy-date-of-birth.js';
import privacyNhsNumber from './privacy-nhs-number.js';
import privacyNationalInsuranceNumber from './privacy-national-insurance-number.js';
import privacyNamedChild from './privacy-named-child.js';
import selfEvaluationPeriod from './self-evaluation-period.js';
import selfEvaluationStructure from './self-evaluation-structure.js';
import areasForDevelopmentMeasurable from './areas-for-development-measurable.js';
import impactOverProcess from './impact-over-process.js';

/** Every built-in rule, in the order the docs list them. One module per rule. */
export const builtinRules: readonly Rule[] = [
  frontMatterSyntax,
  frontMatterSchema,
  frontMatterUnknownKey,
  title,
  authorityConsistency,
  requiredSections,
  sectionOrder,
  duplicateSection,
  judgementTable,
  gradeLabel,
  gradeCase,
  tableHeadingGradeMatch,
  lettersUngraded,
  whatNeedsToImprove,
  duplicateImprovement,
  paragraphNumbering,
  nationalFrameworkTag,
  judgementWording,
  inadequateForcesInadequateOverall,
  outstandingOverallRequirements,
  overallNearLeaders,
  judgementFrameworkVersion,
  previousInspectionStatement,
  judgementStatement,
  cadenceTypeFitsPrevious,
  cadenceStandardAfterGood,
  cadenceDatesFitType,
  cadenceInspectionWindow,
  cadenceInspectorTitle,
  cadenceAuthorityExisted,
  cadencePublicationAfterVisit,
  visitDatesStatement,
  selfEvaluationPeriod,
  selfEvaluationStructure,
  areasForDevelopmentMeasurable,
  impactOverProcess,
  draftIncomplete,
  styleJudgementSpelling,
  styleIseSpelling,
  styleLatinAbbreviation,
  styleAcronymFirstUse,
  styleAcronymExpansion,
  styleChildrenInCare,
  styleContraction,
  styleExclamationMark,
  styleRepeatedWord,
  styleBalancedBrackets,
  styleSentenceEnding,
  privacyEmailAddress,
  privacyPhoneNumber,
  privacyPostcode,
  privacyDateOfBirth,
  privacyNhsNumber,
  privacyNationalInsuranceNumber,
  privacyNamedChild,
  directiveUnknownRule,
];
