import type { DraftFacts, ParsedDraft } from '@ilacs/core';
import { currentAuthorities, focusAreas, grades } from '@ilacs/core/framework';
import {
  addMonths,
  expectedInspectorTitle,
  firstValidSpanFrom,
  formatLongDate,
  inspectionWindowAfter,
  inspectorTitleOn,
  sifInspection,
  typicalPublicationDate,
} from '@ilacs/core/cadence';
import { enumValues, fieldSchema, frontMatterKeyDescription, frontMatterKeys, frontMatterKeySnippet } from './front-matter-keys.js';
import type { LineContext } from './line-context.js';
import { placeholder } from './snippets.js';
import { domainOf, type EditorCompletion, type EditorOptions } from './types.js';

const keyOnly = /^(\s*)([A-Za-z_]*)$/;
const keyAndValue = /^(\s*)([A-Za-z_]+)[ \t]*:[ \t]*/;
const parentKey = /^(\s*)([A-Za-z_]+)[ \t]*:[ \t]*(?:#.*)?$/;

/** Keys and values in the YAML front matter. */
export function frontMatterCompletions(
  draft: ParsedDraft,
  facts: DraftFacts,
  context: LineContext,
  options: EditorOptions,
): EditorCompletion[] {
  const keyMatch = keyOnly.exec(context.before);
  if (keyMatch) return keyCompletions(draft, facts, context, keyMatch[1]!, keyMatch[2]!, options);
  const valueMatch = keyAndValue.exec(context.before);
  if (!valueMatch) return [];
  const parent = valueMatch[1]!.length > 0 ? parentOf(draft, context.line, valueMatch[1]!.length) : undefined;
  const path = parent ? `${parent}.${valueMatch[2]}` : valueMatch[2]!;
  const range = { start: context.lineStart + valueMatch[0].length, end: context.lineEnd };
  if (range.start > context.offset) return [];
  return valueCompletions(path, facts, range, options);
}

/** The key of the nearest line above with less indentation, inside the front matter. */
function parentOf(draft: ParsedDraft, line: number, indent: number): string | undefined {
  const first = draft.lines.lineOf(draft.frontMatter!.contentRange.start);
  for (let l = line - 1; l >= first; l--) {
    const text = draft.lines.lineText(l);
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const m = parentKey.exec(text);
    const lead = text.length - text.trimStart().length;
    if (lead < indent) return m && m[1]!.length === lead ? m[2] : undefined;
  }
  return undefined;
}

function keyCompletions(
  draft: ParsedDraft,
  facts: DraftFacts,
  context: LineContext,
  indent: string,
  typed: string,
  options: EditorOptions,
): EditorCompletion[] {
  const parent = indent.length > 0 ? parentOf(draft, context.line, indent.length) : undefined;
  if (indent.length > 0 && parent === undefined) return [];
  const domain = domainOf(options);
  const keys = draft.isDraft ? frontMatterKeys(domain, facts.type, parent) : ['ilacs'];
  const prefix = parent ? `${parent}.` : '';
  const present = new Set(
    (draft.frontMatter?.entries ?? []).filter((e) => draft.lines.lineOf(e.keyRange.start) !== context.line).map((e) => e.path),
  );
  const range = { start: context.offset - typed.length, end: context.lineEnd };
  const title = leadInspectorTitle(facts);
  return keys
    .filter((key) => !present.has(prefix + key))
    .map((key, index) => {
      const path = prefix + key;
      const documentation = frontMatterKeyDescription(domain, facts.type, path);
      return {
        label: key,
        kind: 'key' as const,
        insertText: frontMatterKeySnippet(domain, facts.type, path, indent, title),
        snippet: true,
        range,
        sortText: String(index).padStart(2, '0'),
        ...(documentation ? { documentation } : {}),
      };
    });
}

/** The title the inspector held on the last day on site (His Majesty's since 8 September 2022), as the check wants it. */
function leadInspectorTitle(facts: DraftFacts): string {
  return expectedInspectorTitle(facts.dates?.end, facts.published)?.title ?? inspectorTitleOn('9999-12-31');
}

function valueCompletions(
  path: string,
  facts: DraftFacts,
  range: { start: number; end: number },
  options: EditorOptions,
): EditorCompletion[] {
  const domain = domainOf(options);
  const plain = (
    label: string,
    kind: EditorCompletion['kind'],
    detail: string | undefined,
    documentation: string | undefined,
    sortText?: string,
  ): EditorCompletion => ({
    label,
    kind,
    insertText: label,
    snippet: false,
    range,
    ...(detail ? { detail } : {}),
    ...(documentation ? { documentation } : {}),
    ...(sortText ? { sortText } : {}),
  });
  switch (path) {
    case 'ilacs':
      return domain.documentTypes.map((t) => plain(t.id, 'value', t.name, t.description));
    case 'previous.type':
      return enumValues(fieldSchema(domain, facts.type, path)).map((id) =>
        plain(
          id,
          'value',
          undefined,
          id === sifInspection.id
            ? `An inspection under the ${sifInspection.description}, before the first ILACS inspection.`
            : domain.documentType(id)?.description,
        ),
      );
    case 'local_authority':
      return currentAuthorities.flatMap((a) => [
        plain(a.name, 'authority', a.region, a.aliases?.length ? `Also written: ${a.aliases.join(', ')}.` : undefined, `0${a.name}`),
        ...(a.aliases ?? []).map((alias) =>
          plain(alias, 'authority', `${a.name} (alias)`, `An accepted name for ${a.name}, ${a.region}.`, `1${alias}`),
        ),
      ]);
    case 'focus':
      return focusAreas.map((f) => plain(f.id, 'value', f.name, f.description));
    case 'framework':
      return domain.frameworkVersions.map((v) =>
        plain(v.id, 'value', v.name, `${v.summary} For inspections starting from ${formatLongDate(v.from)}.`),
      );
    case 'lead_inspector': {
      const title = leadInspectorTitle(facts);
      return [
        {
          label: `Name, ${title}`,
          kind: 'value',
          insertText: `\${1:Name}, ${title}`,
          snippet: true,
          range,
          documentation: `The lead inspector as printed, with the title held on the first day on site.`,
        },
      ];
    }
    case 'dates':
    case 'period':
    case 'previous.dates':
      return dateSnippets(path, facts, range, options);
    case 'published': {
      const typical = facts.dates ? typicalPublicationDate(facts.document, facts.dates.end, domain.calendar) : undefined;
      return [
        ...(typical
          ? [
              dateSnippet(
                typical,
                placeholder(1, typical),
                'The typical publication date for this type: the median number of working days after the last day on site.',
                range,
                '0',
              ),
            ]
          : []),
        dateSnippet('YYYY-MM-DD', placeholder(1, 'YYYY-MM-DD'), 'The publication date.', range, '9'),
      ];
    }
    default: {
      // Any other enumerated key: grades (also inside previous.judgements) and whatever a type adds.
      const values = enumValues(fieldSchema(domain, facts.type, path));
      const grade = (value: string) => grades.find((g) => g.heading === value);
      return values.map((value, i) =>
        plain(value, grade(value) ? 'grade' : 'value', grade(value)?.label, grade(value)?.description, String(i).padStart(2, '0')),
      );
    }
  }
}

function dateSnippet(
  label: string,
  insertText: string,
  documentation: string,
  range: { start: number; end: number },
  sortText?: string,
): EditorCompletion {
  return { label, kind: 'date', insertText, snippet: true, range, documentation, ...(sortText ? { sortText } : {}) };
}

function spanSnippet(start: string, end: string): string {
  return `${placeholder(1, start)} to ${placeholder(2, end)}`;
}

function dateSnippets(path: string, facts: DraftFacts, range: { start: number; end: number }, options: EditorOptions): EditorCompletion[] {
  const items = [dateSnippet('YYYY-MM-DD to YYYY-MM-DD', spanSnippet('YYYY-MM-DD', 'YYYY-MM-DD'), 'First and last day.', range, '9')];
  const skeleton = facts.document?.skeleton;
  if (path === 'period' && options.today && skeleton?.defaultSpan) {
    // The span a new draft of this type covers from the suggested start (self-evaluations: the financial year).
    const span = skeleton.defaultSpan(skeleton.suggestedStart(options.today));
    items.unshift(
      dateSnippet(`${span.start} to ${span.end}`, spanSnippet(span.start, span.end), 'The usual period from the current one.', range, '0'),
    );
  }
  const domain = domainOf(options);
  const shape = facts.document?.onSite;
  if (path === 'dates' && shape && facts.previous?.dates) {
    const window = inspectionWindowAfter(facts.previous.dates.start, undefined, domain);
    const span = firstValidSpanFrom(shape, window.anniversary, domain.calendar);
    if (span) {
      items.unshift(
        dateSnippet(
          `${span.start} to ${span.end}`,
          spanSnippet(span.start, span.end),
          `The first valid dates on or after the third anniversary of the previous inspection (due ${window.anniversary}; the window runs from ${window.opens} to ${window.closes}).`,
          range,
          '0',
        ),
      );
    }
  }
  if (path === 'dates' && shape && options.today) {
    const span = firstValidSpanFrom(shape, options.today, domain.calendar);
    if (span)
      items.unshift(
        dateSnippet(`${span.start} to ${span.end}`, spanSnippet(span.start, span.end), 'The first valid dates from today.', range, '1'),
      );
  }
  const previousShape =
    domain.documentType(facts.previous?.type)?.onSite ?? (facts.document?.cadence?.role === 'inspection' ? shape : undefined);
  if (path === 'previous.dates' && facts.dates && previousShape) {
    const span = firstValidSpanFrom(
      previousShape,
      addMonths(facts.dates.start, -domain.frameworkFor(facts.dates.start).cadence.window.anniversaryMonths),
      domain.calendar,
    );
    if (span)
      items.unshift(
        dateSnippet(
          `${span.start} to ${span.end}`,
          spanSnippet(span.start, span.end),
          'About three years before this inspection.',
          range,
          '0',
        ),
      );
  }
  return items;
}
