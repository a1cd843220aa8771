import { findAuthority, type AuthorityRecord } from '../framework/authorities.js';
import { documentTypeById, type DocumentTypeId, type PreviousInspectionType, previousInspectionTypes } from '../framework/document-types.js';
import { matchGrade, type Grade } from '../framework/grades.js';
import { frameworkById, frameworkForDate, type FrameworkVersion } from '../framework/versions.js';
import { isValidIsoDate, parseDateSpan, type DateSpan } from '../cadence/iso-date.js';
import type { ParsedDraft } from '../parse/model.js';
import type { LintConfig } from './config.js';

export interface PreviousFacts {
  type?: PreviousInspectionType;
  dates?: DateSpan;
  overallEffectiveness?: Grade;
}

/**
 * What the front matter says, read tolerantly: each fact is present only when its value is valid, so
 * rules can rely on what they get while the schema rule reports what is wrong.
 */
export interface DraftFacts {
  type?: DocumentTypeId;
  /** The authority as written in `local_authority`. */
  authorityName?: string;
  authority?: AuthorityRecord;
  /** Days on site (inspections and visits). */
  dates?: DateSpan;
  /** The period a self-evaluation covers. */
  period?: DateSpan;
  /** The framework in force: the `framework` override, else derived from the first day on site (or the end of a self-evaluation period). */
  framework?: FrameworkVersion;
  frameworkOverridden: boolean;
  previous?: PreviousFacts;
  published?: string;
  leadInspector?: string;
  focus?: string;
  visitNumber?: number;
}

export function readFacts(draft: ParsedDraft, config: LintConfig = {}): DraftFacts {
  const data = (draft.frontMatter?.data ?? {}) as Record<string, unknown>;
  const facts: DraftFacts = { frameworkOverridden: false };
  const type = typeof data.ilacs === 'string' ? documentTypeById(data.ilacs) : undefined;
  if (type) facts.type = type.id;

  if (typeof data.local_authority === 'string') {
    facts.authorityName = data.local_authority;
    const aliased = config.authorityAliases?.[data.local_authority];
    const authority = findAuthority(aliased ?? data.local_authority);
    if (authority) facts.authority = authority;
  }
  const dates = parseDateSpan(data.dates);
  if (dates) facts.dates = dates;
  const period = parseDateSpan(data.period);
  if (period) facts.period = period;

  const override = data.framework !== undefined ? frameworkById(String(data.framework)) : undefined;
  if (override) {
    facts.framework = override;
    facts.frameworkOverridden = true;
  } else if (facts.type === 'self-evaluation' ? period : dates) {
    facts.framework = frameworkForDate(facts.type === 'self-evaluation' ? period!.end : dates!.start);
  }

  if (typeof data.previous === 'object' && data.previous !== null) {
    const previous = data.previous as Record<string, unknown>;
    const previousFacts: PreviousFacts = {};
    if ((previousInspectionTypes as readonly unknown[]).includes(previous.type)) previousFacts.type = previous.type as PreviousInspectionType;
    const previousDates = parseDateSpan(previous.dates);
    if (previousDates) previousFacts.dates = previousDates;
    const grade = typeof previous.overall_effectiveness === 'string' ? matchGrade(previous.overall_effectiveness) : undefined;
    if (grade) previousFacts.overallEffectiveness = grade;
    facts.previous = previousFacts;
  }
  if (typeof data.published === 'string' && isValidIsoDate(data.published)) facts.published = data.published;
  if (typeof data.lead_inspector === 'string') facts.leadInspector = data.lead_inspector;
  if (typeof data.focus === 'string') facts.focus = data.focus;
  if (typeof data.visit_number === 'number') facts.visitNumber = data.visit_number;
  return facts;
}
