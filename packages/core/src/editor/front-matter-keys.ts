import { documentTypeIds, previousInspectionTypes, type DocumentTypeId } from '../framework/document-types.js';
import { focusAreaIds } from '../framework/focus-areas.js';
import { gradeHeadingLabels } from '../framework/grades.js';
import { frameworkVersionIds } from '../framework/versions.js';
import { draftFrontMatterSchema, knownKeysByType, knownPreviousKeys, previousInspectionSchema } from '../schema/front-matter.js';
import { choice, placeholder } from './snippets.js';

/** Front-matter keys an editor offers at a level: top level for a type (every type's when unknown), or inside `previous`. */
export function frontMatterKeys(type: DocumentTypeId | undefined, parent: string | undefined): readonly string[] {
  if (parent === 'previous') return knownPreviousKeys;
  if (parent !== undefined) return [];
  if (type) return knownKeysByType[type] ?? [];
  return [...new Set(Object.values(knownKeysByType).flat())];
}

interface Described {
  description?: string;
  unwrap?: () => Described;
}

/** The schema's description of a key (the zod `.describe()` text), for completion and hover. */
export function frontMatterKeyDescription(type: DocumentTypeId | undefined, path: string): string | undefined {
  if (path === 'ilacs') return `The kind of draft: ${documentTypeIds.join(', ')}. Only Markdown with this key is checked.`;
  const [head, child] = path.split('.');
  const options = draftFrontMatterSchema.options;
  const option = options.find((o) => o.shape.ilacs.value === type && head! in o.shape) ?? options.find((o) => head! in o.shape);
  let schema = (child !== undefined ? (previousInspectionSchema.shape as Record<string, unknown>)[child] : (option?.shape as Record<string, unknown> | undefined)?.[head!]) as Described | undefined;
  if (head === 'previous' && child === undefined) schema = previousInspectionSchema as unknown as Described;
  return schema?.description ?? schema?.unwrap?.().description;
}

/** What to insert for a key: the key and a snippet for its value, so the author is led through it. */
export function frontMatterKeySnippet(path: string, indent: string, leadInspectorTitle: string): string {
  const key = path.split('.').at(-1)!;
  const childIndent = `${indent}  `;
  switch (path) {
    case 'ilacs':
      return `ilacs: ${choice(1, documentTypeIds)}`;
    case 'dates':
    case 'period':
    case 'previous.dates':
      return `${key}: ${placeholder(1, 'YYYY-MM-DD')} to ${placeholder(2, 'YYYY-MM-DD')}`;
    case 'published':
      return `published: ${placeholder(1, 'YYYY-MM-DD')}`;
    case 'lead_inspector':
      return `lead_inspector: ${placeholder(1, 'Name')}, ${leadInspectorTitle}`;
    case 'focus':
      return `focus: ${choice(1, focusAreaIds)}`;
    case 'framework':
      return `framework: ${choice(1, frameworkVersionIds)}`;
    case 'visit_number':
      return `visit_number: ${placeholder(1, '1')}`;
    case 'previous':
      return [
        'previous:',
        `${childIndent}type: ${choice(1, previousInspectionTypes)}`,
        `${childIndent}dates: ${placeholder(2, 'YYYY-MM-DD')} to ${placeholder(3, 'YYYY-MM-DD')}`,
        `${childIndent}overall_effectiveness: ${choice(4, gradeHeadingLabels)}`,
      ].join('\n');
    case 'previous.type':
      return `type: ${choice(1, previousInspectionTypes)}`;
    case 'previous.overall_effectiveness':
      return `overall_effectiveness: ${choice(1, gradeHeadingLabels)}`;
    default:
      return `${key}: $1`;
  }
}
