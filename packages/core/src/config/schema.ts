// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';
import { builtinRules } from '../rules/index.js';
import { isoDate } from '../schema/fields.js';

/** How loudly a rule reports: off, or a diagnostic severity. "warn" is accepted for ESLint habits. */
export const ruleSeveritySetting = z.enum(['off', 'info', 'warning', 'warn', 'error']);

/** A rule's setting: a severity, or a severity with the options the rule's options schema allows (none by default). */
export function ruleSetting(options: z.ZodObject = z.strictObject({})) {
  return z.union([
    ruleSeveritySetting,
    z.strictObject({
      severity: ruleSeveritySetting.optional(),
      options: options.optional().describe('Options the rule documents.'),
    }),
  ]);
}

/** The setting of a rule the schema does not know by id (an unknown id is reported separately, with its place). */
export const ruleSettingSchema = z.union([
  ruleSeveritySetting,
  z.strictObject({
    severity: ruleSeveritySetting.optional(),
    options: z.record(z.string(), z.unknown()).optional().describe('Options the rule documents.'),
  }),
]);

/** Each built-in rule with its own options schema, so a bad option is a located configuration error. */
const ruleSettings = z
  .object(Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, ruleSetting(rule.meta.options).optional()])))
  .catchall(ruleSettingSchema);

/**
 * A configuration file (`.ilacsrc.json`, `.ilacsrc.yaml`, `.ilacsrc.yml`). Data only: nothing in it
 * is executed. The files from the repository root (or the nearest with `root: true`) down to a draft's
 * folder apply, merged, the nearest winning.
 */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    root: z
      .boolean()
      .optional()
      .describe('Stop here: configuration files in the folders above this one do not apply (as ESLint\'s "root": true).'),
    rules: ruleSettings.optional().describe('Rule id to severity ("off", "info", "warning", "error") or { severity, options }.'),
    glossary: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9&]{1,11}$/), z.string().min(2))
      .optional()
      .describe('Extra acronyms and their expansions, as "IRO": "independent reviewing officer".'),
    authorityAliases: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .describe('Extra names for authorities: alias to the name Ofsted uses, as "Kirklees Council": "Kirklees".'),
    bankHolidays: z
      .record(isoDate, z.string().min(1).max(200))
      .refine((days) => Object.keys(days).length <= 100, 'At most 100 added bank holidays.')
      .optional()
      .describe(
        'Days off beyond England and Wales\'s bank holidays, date to name, as "2027-06-04": "Bank holiday for a royal occasion": a newly proclaimed day counts before a release knows it.',
      ),
    ignores: z.array(z.string()).optional().describe('Paths to skip, in gitignore syntax, relative to this file.'),
    maxFileSize: z
      .int()
      .min(1024)
      .optional()
      .describe('Files larger than this many bytes get one diagnostic and are not parsed (default 4 MiB).'),
  })
  .describe('Configuration for the ILACS draft linter.');

export type IlacsConfig = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export function configJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://ilacs.dev/schema/config.schema.json',
    title: 'ILACS linter configuration',
    ...z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
