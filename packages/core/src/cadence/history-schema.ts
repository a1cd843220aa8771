// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';
import { builtinDomain, type Domain } from '../framework/domain.js';
import { gradeHeadingLabels, matchGrade, type GradeId } from '../framework/grades.js';
import { cadenceEventTypes, type CadenceEvent } from './history.js';
import { isValidIsoDate, parseDateSpan } from './iso-date.js';

/**
 * A history file: one authority's inspections and visits, as people write them (YAML or CSV rows).
 * The field names follow the draft front matter (`dates`, `overall_effectiveness`, `published`), so
 * a `previous:` block can be pasted in as an event.
 */

const dateSpan = z
  .string()
  .refine((text) => parseDateSpan(text) !== undefined, { message: 'expected "YYYY-MM-DD to YYYY-MM-DD" with real dates' })
  .refine(
    (text) => {
      const span = parseDateSpan(text);
      return span === undefined || span.start <= span.end;
    },
    { message: 'the last day is before the first' },
  );

const gradeText = z
  .string()
  .refine((text) => matchGrade(text) !== undefined, { message: `expected one of: ${gradeHeadingLabels.join(', ')}` });

/** The schema of one event, for a domain's event types. */
export function cadenceEventSchema(domain: Domain = builtinDomain) {
  return z.strictObject({
    type: z.enum(cadenceEventTypes(domain) as [string, ...string[]]),
    dates: dateSpan,
    overall_effectiveness: gradeText.optional(),
    /** The other judgements by area id, where there is no overall effectiveness (2026 on). */
    judgements: z.record(z.string(), gradeText).optional(),
    published: z.string().refine(isValidIsoDate, { message: 'expected a date written YYYY-MM-DD' }).optional(),
  });
}

export function cadenceHistorySchema(domain: Domain = builtinDomain) {
  return z.strictObject({
    authority: z.string().min(1).optional(),
    events: z.array(cadenceEventSchema(domain)).min(1, { message: 'expected at least one event' }),
  });
}

export type CadenceEventInput = z.infer<ReturnType<typeof cadenceEventSchema>>;
export type CadenceHistoryInput = z.infer<ReturnType<typeof cadenceHistorySchema>>;

export interface HistoryIssue {
  /** Where in the input: ["events", 2, "dates"]. */
  path: (string | number)[];
  message: string;
}

export type HistoryReadResult = { ok: true; authority?: string; events: CadenceEvent[] } | { ok: false; issues: HistoryIssue[] };

export function toCadenceEvent(input: CadenceEventInput): CadenceEvent {
  const grade = input.overall_effectiveness === undefined ? undefined : matchGrade(input.overall_effectiveness);
  const judgements =
    input.judgements === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(input.judgements).map(([area, text]) => [toAreaId(area), matchGrade(text)!.id] as [string, GradeId]),
        );
  return {
    type: input.type,
    dates: parseDateSpan(input.dates)!,
    ...(grade ? { overallEffectiveness: grade.id } : {}),
    ...(judgements ? { judgements } : {}),
    ...(input.published ? { published: input.published } : {}),
  };
}

/** Validates plain data (from YAML, JSON or CSV rows) as a history; issues carry their paths. */
export function readCadenceHistory(data: unknown, domain: Domain = builtinDomain): HistoryReadResult {
  const result = cadenceHistorySchema(domain).safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: issue.message,
      })),
    };
  }
  return {
    ok: true,
    ...(result.data.authority ? { authority: result.data.authority } : {}),
    events: result.data.events.map(toCadenceEvent),
  };
}

/** Judgement keys are written as in front matter ("help_and_protection") or as area ids. */
function toAreaId(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
