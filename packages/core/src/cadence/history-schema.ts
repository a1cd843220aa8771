// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';
import { gradeHeadingLabels, matchGrade } from '../framework/grades.js';
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
  .refine((text) => { const span = parseDateSpan(text); return span === undefined || span.start <= span.end; }, { message: 'the last day is before the first' });

export const cadenceEventSchema = z.strictObject({
  type: z.enum(cadenceEventTypes),
  dates: dateSpan,
  overall_effectiveness: z
    .string()
    .refine((text) => matchGrade(text) !== undefined, { message: `expected one of: ${gradeHeadingLabels.join(', ')}` })
    .optional(),
  published: z.string().refine(isValidIsoDate, { message: 'expected a date written YYYY-MM-DD' }).optional(),
});

export const cadenceHistorySchema = z.strictObject({
  authority: z.string().min(1).optional(),
  events: z.array(cadenceEventSchema).min(1, { message: 'expected at least one event' }),
});

export type CadenceEventInput = z.infer<typeof cadenceEventSchema>;
export type CadenceHistoryInput = z.infer<typeof cadenceHistorySchema>;

export interface HistoryIssue {
  /** Where in the input: ["events", 2, "dates"]. */
  path: (string | number)[];
  message: string;
}

export type HistoryReadResult = { ok: true; authority?: string; events: CadenceEvent[] } | { ok: false; issues: HistoryIssue[] };

export function toCadenceEvent(input: CadenceEventInput): CadenceEvent {
  const grade = input.overall_effectiveness === undefined ? undefined : matchGrade(input.overall_effectiveness);
  return {
    type: input.type,
    dates: parseDateSpan(input.dates)!,
    ...(grade ? { overallEffectiveness: grade.id } : {}),
    ...(input.published ? { published: input.published } : {}),
  };
}

/** Validates plain data (from YAML, JSON or CSV rows) as a history; issues carry their paths. */
export function readCadenceHistory(data: unknown): HistoryReadResult {
  const result = cadenceHistorySchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))), message: issue.message })),
    };
  }
  return {
    ok: true,
    ...(result.data.authority ? { authority: result.data.authority } : {}),
    events: result.data.events.map(toCadenceEvent),
  };
}
