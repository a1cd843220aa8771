import type { z } from 'zod';
import { suggestAuthorities } from '../framework/authorities.js';
import { isValidIsoDate } from '../cadence/iso-date.js';
import type { Domain } from '../framework/domain.js';
import { findEntry } from '../parse/front-matter.js';
import { dateRangeForm } from '../schema/fields.js';
import { frontMatterSchemas } from '../schema/front-matter.js';
import { defineRule, type RuleContext } from '../engine/types.js';
import type { DraftFacts } from '../engine/facts.js';
import type { TextRange } from '../parse/line-index.js';
import type { ParsedDraft } from '../parse/model.js';

const listLimit = 8;

export default defineRule({
  meta: {
    id: 'front-matter-schema',
    description: 'The front matter matches the schema for its document type: required keys, types, dates and allowed values.',
    category: 'schema',
    defaultSeverity: 'error',
    fixable: false,
    docs: `Validates the front matter against the zod schema for its \`ilacs\` document type (the same schema
is exported as \`packages/core/schema/draft.schema.json\`). Each problem is placed on the exact key or
value, and says what was expected: the allowed values for enumerations ("expected one of: ..."), the
date form \`YYYY-MM-DD\`, or \`YYYY-MM-DD to YYYY-MM-DD\` for date ranges. A misspelt authority gets the
closest names as suggestions.

Missing required keys are placed on the \`ilacs\` key. Some keys are required outside a period only,
as the document type declares: a focused visit's \`focus\` may be left out for the remote visits of
autumn 2020 to summer 2021, which looked at every area of practice, and is required before and after
(the JSON Schema marks such keys optional). Unknown keys are a separate warning
(\`front-matter-unknown-key\`). The order of dates, weekdays and bank holidays are cadence rules.`,
  },
  check({ draft, facts, domain, config, report }) {
    const data = draft.frontMatter?.data;
    if (data === undefined) return;
    reportKeysRequiredOutsidePeriods(draft, facts, report);
    // The same schema the facts are read with, so a value is either read or reported, never neither.
    const result = frontMatterSchemas(domain, Object.keys(config.authorityAliases ?? {})).draft.safeParse(data);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const { range, keyMissing } = locate(draft, path);
      const suggestions = suggestionsFor(issue, path, data as Record<string, unknown>, range);
      report({
        message: messageFor(issue, path, data as Record<string, unknown>, keyMissing, domain),
        range,
        ...(suggestions.length ? { suggestions } : {}),
        data: { path: path.join('.'), code: issue.code },
      });
    }
  },
});

/** Keys the schema leaves optional for some periods (focus, for the remote visits), missing outside them. */
function reportKeysRequiredOutsidePeriods(draft: ParsedDraft, facts: DraftFacts, report: RuleContext['report']): void {
  const document = facts.document;
  const data = draft.frontMatter?.data;
  if (!document?.optionalDuring || typeof data !== 'object' || data === null || Array.isArray(data)) return;
  // Without readable dates the key is required, as it is in most periods.
  const firstDay = (document.span.key === 'period' ? facts.period : facts.dates)?.start;
  for (const [key, periods] of Object.entries(document.optionalDuring)) {
    if (Object.hasOwn(data, key)) continue;
    if (firstDay !== undefined && periods.some((p) => firstDay >= p.during.start && firstDay <= p.during.end)) continue;
    const when = periods.map((p) => `from ${p.during.start} to ${p.during.end} (${p.why})`).join(' or ');
    report({
      message: `Missing required key "${key}" for ${document.id}: it may be left out only ${when}.`,
      range: locate(draft, [key]).range,
      data: { path: key, code: 'required_outside_period' },
    });
  }
}

function locate(draft: ParsedDraft, path: string[]): { range: TextRange; keyMissing: boolean } {
  const frontMatter = draft.frontMatter!;
  for (let depth = path.length; depth > 0; depth--) {
    const entry = findEntry(frontMatter, path.slice(0, depth).join('.'));
    if (entry) {
      if (depth === path.length) {
        const hasValue = entry.valueRange.end > entry.valueRange.start;
        return { range: hasValue ? entry.valueRange : entry.keyRange, keyMissing: false };
      }
      return { range: entry.keyRange, keyMissing: true };
    }
  }
  const ilacs = findEntry(frontMatter, 'ilacs');
  return { range: ilacs ? ilacs.keyRange : { start: frontMatter.range.start, end: frontMatter.range.start + 3 }, keyMissing: true };
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, listLimit).map((v) => String(v));
  return shown.join(', ') + (values.length > listLimit ? `, ... (${values.length} in all)` : '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  // A message names the value, but a pasted page must not become a page-long message.
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a map';
  return String(value);
}

function valueAt(data: Record<string, unknown>, path: string[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function messageFor(issue: z.core.$ZodIssue, path: string[], data: Record<string, unknown>, keyMissing: boolean, domain: Domain): string {
  const key = path.join('.') || 'front matter';
  const documentTypeIds = domain.documentTypes.map((t) => t.id);
  const value = valueAt(data, path);
  if (keyMissing || value === undefined) {
    if (path.length === 1 && path[0] === 'ilacs') return `Missing "ilacs": expected one of: ${documentTypeIds.join(', ')}.`;
    return `Missing required key "${key}" for ${String(data.ilacs)}.`;
  }
  switch (issue.code) {
    case 'invalid_union':
      if (path.length === 0 || path[0] === 'ilacs')
        return `Unknown document type ${describe(data.ilacs)} in "ilacs": expected one of: ${documentTypeIds.join(', ')}.`;
      {
        // A value or a list of values (a focused visit's focus): name the values either branch allows.
        const allowed = issue.errors.flat().find((inner) => inner.code === 'invalid_value');
        if (allowed?.code === 'invalid_value')
          return `"${key}" has ${describe(value)}: expected one of: ${listValues(allowed.values)}${Array.isArray(value) ? ' (or a list of them)' : ''}.`;
        return `"${key}" has ${describe(value)}: not an allowed value.`;
      }
    case 'invalid_value': {
      if (key === 'local_authority') {
        if (typeof value !== 'string')
          return `"local_authority" has ${describe(value)}: expected the name of one of the 153 English authorities.`;
        const close = suggestAuthorities(value);
        return `Unknown local authority ${describe(value)}${close.length ? `: did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : ': expected one of the 153 English authorities (see the schema).'}`;
      }
      return `"${key}" has ${describe(value)}: expected one of: ${listValues(issue.values)}.`;
    }
    case 'invalid_type':
      return `"${key}" has ${describe(value)}: expected ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}.`;
    case 'invalid_format':
      if (issue.format === 'date') return `"${key}" has ${describe(value)}: expected a real date written YYYY-MM-DD.`;
      if (issue.format === 'regex') {
        if (typeof value === 'string' && dateRangeForm.test(value))
          return `"${key}" has ${describe(value)}: ${impossibleDates(value)}: expected real dates, "YYYY-MM-DD to YYYY-MM-DD".`;
        return `"${key}" has ${describe(value)}: expected "YYYY-MM-DD to YYYY-MM-DD".`;
      }
      return `"${key}" has ${describe(value)}: expected the ${issue.format} format.`;
    case 'too_small':
    case 'too_big':
      return `"${key}" has ${describe(value)}: ${issue.message}.`;
    default:
      return `"${key}": ${issue.message}.`;
  }
}

function suggestionsFor(issue: z.core.$ZodIssue, path: string[], data: Record<string, unknown>, range: TextRange) {
  if (issue.code !== 'invalid_value' || range.end === range.start) return [];
  const value = valueAt(data, path);
  if (typeof value !== 'string') return [];
  const candidates =
    path.join('.') === 'local_authority'
      ? suggestAuthorities(value)
      : issue.values.map(String).filter((v) => v.toLowerCase() === String(value).toLowerCase());
  return candidates.map((candidate) => ({
    description: `Change to "${candidate}"`,
    edits: [{ range, newText: candidate }],
  }));
}

/** Which dates of a well-formed range do not exist ("2024-13-40 is not a date"). */
function impossibleDates(range: string): string {
  const wrong = range.split(' to ').filter((day) => !isValidIsoDate(day));
  return `${wrong.join(' and ')} ${wrong.length === 1 ? 'is not a date' : 'are not dates'}`;
}
