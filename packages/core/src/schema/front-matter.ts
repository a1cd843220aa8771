// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';
import { sifInspection } from '../cadence/history.js';
import { authorityNamesAndAliases } from '../framework/authorities.js';
import { builtinDomain, type Domain } from '../framework/domain.js';
import type { DocumentType } from '../framework/document-types/document-type.js';
import { dateRange, grade } from './fields.js';

/**
 * The front matter of a draft, derived from a domain: one object schema per document type (the keys
 * every draft has, then the type's own), discriminated on `ilacs`. The JSON Schema, the tolerant
 * reading of facts, unknown-key warnings and completion all come from these schemas.
 */
export interface FrontMatterSchemas {
  /** The whole front matter, for validation and the JSON Schema. */
  draft: z.ZodDiscriminatedUnion<z.ZodObject[], 'ilacs'>;
  /** One object schema per document type id. */
  byType: ReadonlyMap<string, z.ZodObject>;
  previous: z.ZodObject;
}

const cache = new WeakMap<Domain, Map<string, FrontMatterSchemas>>();

/**
 * The schemas for a domain. `extraAuthorityNames` are names a configuration adds (`authorityAliases`);
 * schemas are built once per domain and set of names.
 */
export function frontMatterSchemas(domain: Domain = builtinDomain, extraAuthorityNames: readonly string[] = []): FrontMatterSchemas {
  let byNames = cache.get(domain);
  if (!byNames) cache.set(domain, (byNames = new Map()));
  const key = extraAuthorityNames.join('\n');
  let schemas = byNames.get(key);
  if (!schemas) byNames.set(key, (schemas = build(domain, extraAuthorityNames)));
  return schemas;
}

function build(domain: Domain, extraAuthorityNames: readonly string[]): FrontMatterSchemas {
  const names = [...new Set([...authorityNamesAndAliases(), ...extraAuthorityNames])] as [string, ...string[]];
  const localAuthority = z
    .enum(names)
    .describe('One of the 153 English local authorities with children’s services (or an accepted alias such as "Hull").');
  const ids = domain.frameworkVersions.map((v) => v.id);
  const framework = z
    .union([...ids.map((id) => z.literal(Number(id))), ...ids.map((id) => z.literal(id))] as unknown as [
      z.ZodLiteral<number | string>,
      z.ZodLiteral<number | string>,
    ])
    .describe(`Overrides the framework version, which is normally derived from the first inspection day: ${ids.join(', ')}.`);
  const ilacsInspections = domain.documentTypes.filter((t) => t.cadence?.role === 'inspection').map((t) => t.id);
  const inspectionTypes = [...ilacsInspections, sifInspection.id] as unknown as [string, ...string[]];
  const judgementKeys = Object.fromEntries(
    domain.judgementAreas.filter((a) => a.kind !== 'overall').map((a) => [judgementKey(a.id), grade.optional()]),
  );
  const previous = z
    .looseObject({
      type: z
        .enum(inspectionTypes)
        .describe(
          `The type of the last graded inspection: ${inspectionTypes.join(', ')} (${sifInspection.name}: ${sifInspection.description}).`,
        ),
      dates: dateRange,
      overall_effectiveness: grade
        .optional()
        .describe('The overall effectiveness judgement of that inspection (none for inspections starting from 27 April 2026).'),
      judgements: z
        .looseObject(judgementKeys)
        .optional()
        .describe(
          'The other judgements of that inspection, by area (leaders: good); the cadence follows them where there is no overall effectiveness.',
        ),
    })
    .describe('The last graded inspection: it drives the cadence checks.');
  const byType = new Map<string, z.ZodObject>();
  for (const type of domain.documentTypes) byType.set(type.id, typeSchema(type, localAuthority, previous, framework));
  const draft = z.discriminatedUnion('ilacs', [...byType.values()] as [z.ZodObject, ...z.ZodObject[]]);
  return { draft, byType, previous };
}

function typeSchema(type: DocumentType, localAuthority: z.ZodType, previous: z.ZodObject, framework: z.ZodType): z.ZodObject {
  return z
    .looseObject({
      ilacs: z.literal(type.id),
      local_authority: localAuthority,
      ...type.frontMatter,
      previous: previous.optional(),
      framework: framework.optional(),
    })
    .describe(type.description);
}

/** The front-matter key of a judgement area in `previous.judgements` ("helpAndProtection" -> "help_and_protection"). */
export function judgementKey(areaId: string): string {
  return areaId.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The built-in front-matter schema. */
export const draftFrontMatterSchema = frontMatterSchemas().draft;
export type DraftFrontMatter = z.infer<typeof draftFrontMatterSchema>;

/** The JSON Schema for the front matter, generated from zod (draft 2020-12). */
export function draftJsonSchema(domain: Domain = builtinDomain): Record<string, unknown> {
  return {
    $id: 'https://ilacs.dev/schema/draft.schema.json',
    title: 'ILACS report draft front matter',
    ...z.toJSONSchema(frontMatterSchemas(domain).draft, { io: 'input', target: 'draft-2020-12' }),
  };
}
