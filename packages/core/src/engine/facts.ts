import { findAuthority, type AuthorityRecord } from '../framework/authorities.js';
import { builtinDomain, type Domain } from '../framework/domain.js';
import type { DocumentType } from '../framework/document-types/document-type.js';
import { gradeById, matchGrade, type Grade, type GradeId } from '../framework/grades.js';
import type { JudgementAreaId } from '../framework/judgement-areas.js';
import type { FrameworkVersion } from '../framework/versions/framework-version.js';
import { parseDateSpan, type DateSpan } from '../cadence/iso-date.js';
import { frontMatterSchemas } from '../schema/front-matter.js';
import { readTolerantly } from '../schema/tolerant.js';
import type { ParsedDraft } from '../parse/model.js';
import type { LintConfig } from './config.js';

export interface PreviousFacts {
  type?: string;
  dates?: DateSpan;
  overallEffectiveness?: Grade;
  /** The other judgements, by area, where the draft gives them. */
  judgements?: ReadonlyMap<JudgementAreaId, Grade>;
  /** The grade that set the cadence after it: overall effectiveness, or what its framework derives from the judgements. */
  standing?: Grade;
}

/**
 * What the front matter says, read tolerantly against the schema: a fact is present only when the
 * schema accepts its value, so rules can rely on what they get while the schema rule reports what is
 * wrong, and every other rule still runs on what can be read.
 */
export interface DraftFacts {
  /** The document type's id (`ilacs`). */
  type?: string;
  document?: DocumentType;
  /** The authority as written in `local_authority`. */
  authorityName?: string;
  authority?: AuthorityRecord;
  /** Days on site (inspections and visits). */
  dates?: DateSpan;
  /** The period a self-evaluation covers. */
  period?: DateSpan;
  /** The framework in force: the `framework` override, else derived from the document's dates as its type says. */
  framework?: FrameworkVersion;
  frameworkOverridden: boolean;
  previous?: PreviousFacts;
  published?: string;
  leadInspector?: string;
  focus?: string;
  visitNumber?: number;
  /** Every front-matter value the schema accepts, by key. */
  values: Readonly<Record<string, unknown>>;
}

export function readFacts(draft: ParsedDraft, config: LintConfig = {}, domain: Domain = builtinDomain): DraftFacts {
  const data = draft.frontMatter?.data;
  const document = typeof data === 'object' && data !== null ? domain.documentType((data as Record<string, unknown>).ilacs) : undefined;
  if (!document) return { frameworkOverridden: false, values: {} };
  const aliases = config.authorityAliases ?? {};
  const schema = frontMatterSchemas(domain, Object.keys(aliases)).byType.get(document.id)!;
  const values = readTolerantly(schema, data);
  const facts: DraftFacts = { type: document.id, document, frameworkOverridden: false, values };

  if (typeof values.local_authority === 'string') {
    facts.authorityName = values.local_authority;
    const aliased = Object.hasOwn(aliases, values.local_authority) ? aliases[values.local_authority] : undefined;
    const authority = findAuthority(aliased ?? values.local_authority);
    if (authority) facts.authority = authority;
  }
  const dates = parseDateSpan(values.dates);
  if (dates) facts.dates = dates;
  const period = parseDateSpan(values.period);
  if (period) facts.period = period;

  const override = domain.frameworkVersion(values.framework);
  const span = document.span.key === 'period' ? period : dates;
  if (override) {
    facts.framework = override;
    facts.frameworkOverridden = true;
  } else if (span) {
    facts.framework = domain.frameworkFor(document.span.frameworkDay === 'first' ? span.start : span.end);
  }

  if (values.previous) facts.previous = readPrevious(values.previous as Record<string, unknown>, domain);
  if (typeof values.published === 'string') facts.published = values.published;
  if (typeof values.lead_inspector === 'string') facts.leadInspector = values.lead_inspector;
  if (typeof values.focus === 'string') facts.focus = values.focus;
  if (typeof values.visit_number === 'number') facts.visitNumber = values.visit_number;
  return facts;
}

function readPrevious(values: Record<string, unknown>, domain: Domain): PreviousFacts {
  const previous: PreviousFacts = {};
  if (typeof values.type === 'string') previous.type = values.type;
  const dates = parseDateSpan(values.dates);
  if (dates) previous.dates = dates;
  const overall = typeof values.overall_effectiveness === 'string' ? matchGrade(values.overall_effectiveness) : undefined;
  if (overall) previous.overallEffectiveness = overall;
  const judgements = new Map<JudgementAreaId, Grade>();
  for (const [key, text] of Object.entries((values.judgements ?? {}) as Record<string, unknown>)) {
    const grade = typeof text === 'string' ? matchGrade(text) : undefined;
    if (grade)
      judgements.set(
        key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
        grade,
      );
  }
  if (judgements.size > 0) previous.judgements = judgements;
  if (overall) previous.standing = overall;
  else if (judgements.size > 0 && dates) {
    const ids = new Map<JudgementAreaId, GradeId>([...judgements].map(([area, grade]) => [area, grade.id]));
    const standing = domain.frameworkFor(dates.start).cadence.standing(ids);
    if (standing) previous.standing = gradeById(standing);
  }
  return previous;
}
