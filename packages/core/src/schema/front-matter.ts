// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';
import { documentTypes, previousInspectionTypes } from '../framework/document-types.js';
import { focusAreaIds } from '../framework/focus-areas.js';
import { gradeHeadingLabels } from '../framework/grades.js';
import { authorityNamesAndAliases } from '../framework/authorities.js';
import { frameworkVersionIds } from '../framework/versions.js';

/**
 * The front matter of a draft, one schema per document type, discriminated on `ilacs`.
 * Only what JSON Schema can express lives here, so that ajv with the exported JSON Schema accepts and
 * rejects exactly what zod does; date order, weekdays and the like are rules.
 */

const isoDate = z.iso.date().describe('A date written YYYY-MM-DD, for example 2025-03-04.');

export const dateRangePattern = '^\\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}$';
const dateRange = z
  .string()
  .regex(new RegExp(dateRangePattern), { message: 'expected "YYYY-MM-DD to YYYY-MM-DD"' })
  .describe('First and last day, written "YYYY-MM-DD to YYYY-MM-DD".');

const [firstAuthority, ...otherAuthorities] = authorityNamesAndAliases();
const localAuthority = z
  .enum([firstAuthority!, ...otherAuthorities])
  .describe('One of the 153 English local authorities with children’s services (or an accepted alias such as "Hull").');

const grade = z.enum(gradeHeadingLabels).describe('A grade in lower case: outstanding, good, requires improvement to be good, inadequate.');

const framework = z
  .union([...frameworkVersionIds.map((id) => z.literal(Number(id))), ...frameworkVersionIds.map((id) => z.literal(id))] as unknown as [
    z.ZodLiteral<number>,
    z.ZodLiteral<number>,
    ...z.ZodLiteral<number | string>[],
  ])
  .describe('Overrides the framework version, which is normally derived from the first inspection day: 2018, 2023 or 2026.');

export const previousInspectionSchema = z
  .looseObject({
    type: z.enum(previousInspectionTypes).describe('The type of the last graded inspection: short-inspection, standard-inspection, or sif-inspection (Single Inspection Framework, 2013 to 2017).'),
    dates: dateRange,
    overall_effectiveness: grade.optional().describe('The overall effectiveness judgement of that inspection (none for inspections starting from 27 April 2026).'),
  })
  .describe('The last graded inspection: it drives the cadence checks.');

const leadInspector = z.string().min(1).describe('The lead inspector, as printed: "Jane Smith, His Majesty’s Inspector".');
const published = isoDate.describe('The publication date, YYYY-MM-DD.');

function report<T extends string>(type: T) {
  return z.looseObject({
    ilacs: z.literal(type),
    local_authority: localAuthority,
    dates: dateRange.describe('The days on site: "YYYY-MM-DD to YYYY-MM-DD".'),
    lead_inspector: leadInspector.optional(),
    previous: previousInspectionSchema.optional(),
    published: published.optional(),
    framework: framework.optional(),
  });
}

export const shortInspectionSchema = report('short-inspection').describe(documentTypes[0].description);
export const standardInspectionSchema = report('standard-inspection').describe(documentTypes[1].description);

export const focusedVisitSchema = z
  .looseObject({
    ilacs: z.literal('focused-visit'),
    local_authority: localAuthority,
    dates: dateRange.describe('The two days on site: "YYYY-MM-DD to YYYY-MM-DD".'),
    lead_inspector: leadInspector.optional(),
    focus: z.enum(focusAreaIds).describe('The area of practice the visit looked at.'),
    previous: previousInspectionSchema.optional(),
    published: published.optional(),
    framework: framework.optional(),
  })
  .describe(documentTypes[2].description);

export const monitoringVisitSchema = z
  .looseObject({
    ilacs: z.literal('monitoring-visit'),
    local_authority: localAuthority,
    dates: dateRange.describe('The two days on site: "YYYY-MM-DD to YYYY-MM-DD".'),
    lead_inspector: leadInspector.optional(),
    visit_number: z.int().min(1).max(12).describe('Which monitoring visit this is since the inadequate judgement (1, 2, ...).'),
    previous: previousInspectionSchema.optional(),
    published: published.optional(),
    framework: framework.optional(),
  })
  .describe(documentTypes[3].description);

export const selfEvaluationSchema = z
  .looseObject({
    ilacs: z.literal('self-evaluation'),
    local_authority: localAuthority,
    period: dateRange.describe('The period the self-evaluation covers: "YYYY-MM-DD to YYYY-MM-DD".'),
    previous: previousInspectionSchema.optional(),
    framework: framework.optional(),
  })
  .describe(documentTypes[4].description);

export const draftFrontMatterSchema = z.discriminatedUnion('ilacs', [
  shortInspectionSchema,
  standardInspectionSchema,
  focusedVisitSchema,
  monitoringVisitSchema,
  selfEvaluationSchema,
]);

export type DraftFrontMatter = z.infer<typeof draftFrontMatterSchema>;
export type PreviousInspection = z.infer<typeof previousInspectionSchema>;

/** Keys each document type defines; anything else is reported as unknown (a warning). */
export const knownKeysByType: Record<string, readonly string[]> = Object.fromEntries(
  draftFrontMatterSchema.options.map((option) => [option.shape.ilacs.value, Object.keys(option.shape)]),
);
export const knownPreviousKeys: readonly string[] = Object.keys(previousInspectionSchema.shape);

/** The JSON Schema for the front matter, generated from zod (draft 2020-12). */
export function draftJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://ilacs.dev/schema/draft.schema.json',
    title: 'ILACS report draft front matter',
    ...z.toJSONSchema(draftFrontMatterSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
