import * as z from 'zod';
import { type Domain, frontMatterSchemas } from '@ilacs/core';
import { choice, placeholder } from './snippets.js';

/**
 * What the editor knows about front-matter keys comes from the zod schemas the core derives from the
 * document types: which keys a level has, what they mean (`.describe()`), and which values an
 * enumerated key takes. Nothing here lists keys by hand.
 */

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** The object schema that holds the keys of a level: the type's, every type's merged, or a nested object's. */
function levelShape(domain: Domain, type: string | undefined, parent: string | undefined): Record<string, z.ZodType> | undefined {
  const schemas = frontMatterSchemas(domain);
  const top = type ? schemas.byType.get(type)?.shape : Object.assign({}, ...[...schemas.byType.values()].map((s) => s.shape));
  if (!top) return undefined;
  let shape = top as Record<string, z.ZodType>;
  for (const key of parent ? parent.split('.') : []) {
    const inner = shape[key] ? unwrap(shape[key]!) : undefined;
    if (!(inner instanceof z.ZodObject)) return undefined;
    shape = inner.shape as Record<string, z.ZodType>;
  }
  return shape;
}

/** The schema of the value at a dotted path ("previous.dates"). */
export function fieldSchema(domain: Domain, type: string | undefined, path: string): z.ZodType | undefined {
  const parts = path.split('.');
  const shape = levelShape(domain, type, parts.slice(0, -1).join('.') || undefined);
  return shape?.[parts.at(-1)!];
}

/** Front-matter keys an editor offers at a level: top level for a type (every type's when unknown), or inside an object key. */
export function frontMatterKeys(domain: Domain, type: string | undefined, parent: string | undefined): readonly string[] {
  return Object.keys(levelShape(domain, type, parent) ?? {});
}

/** The values an enumerated key takes (document types, grades, focus areas, framework ids, ...). */
export function enumValues(schema: z.ZodType | undefined): string[] {
  const inner = schema ? unwrap(schema) : undefined;
  if (inner instanceof z.ZodEnum) return inner.options.map(String);
  if (inner instanceof z.ZodLiteral) return [...inner.values].map(String);
  if (inner instanceof z.ZodUnion) return [...new Set((inner.options as z.ZodType[]).flatMap((o) => enumValues(o)))];
  return [];
}

/** The schema's description of a key (the zod `.describe()` text), for completion and hover. */
export function frontMatterKeyDescription(domain: Domain, type: string | undefined, path: string): string | undefined {
  if (path === 'ilacs')
    return `The kind of draft: ${domain.documentTypes.map((t) => t.id).join(', ')}. Only Markdown with this key is checked.`;
  const schema = fieldSchema(domain, type, path);
  return schema?.description ?? (schema ? unwrap(schema).description : undefined);
}

/** What to insert for a key: the key and a snippet for its value, so the author is led through it. */
export function frontMatterKeySnippet(
  domain: Domain,
  type: string | undefined,
  path: string,
  indent: string,
  leadInspectorTitle: string,
): string {
  const key = path.split('.').at(-1)!;
  if (key === 'lead_inspector') return `lead_inspector: ${placeholder(1, 'Name')}, ${leadInspectorTitle}`;
  const schema = fieldSchema(domain, type, path);
  const inner = schema ? unwrap(schema) : undefined;
  if (inner instanceof z.ZodObject) {
    // An object key: its required keys, each led through in turn (`previous:` with type, dates and grade).
    const childIndent = `${indent}  `;
    let stop = 0;
    const lines = Object.entries(inner.shape as Record<string, z.ZodType>)
      .filter(([child, value]) => !(value instanceof z.ZodOptional) || child === 'overall_effectiveness')
      .map(([child, value]) => `${childIndent}${child}: ${valueSnippet(value, () => ++stop)}`);
    return [`${key}:`, ...lines].join('\n');
  }
  let stop = 0;
  return `${key}: ${schema ? valueSnippet(schema, () => ++stop) : '$1'}`;
}

/** A snippet for a value, by what the schema accepts: a choice of its values, a date range, a date, a number. */
function valueSnippet(schema: z.ZodType, next: () => number): string {
  const values = enumValues(schema);
  if (values.length > 0) return choice(next(), values);
  const inner = unwrap(schema);
  if (inner.safeParse('2025-01-06 to 2025-01-10').success)
    return `${placeholder(next(), 'YYYY-MM-DD')} to ${placeholder(next(), 'YYYY-MM-DD')}`;
  if (inner.safeParse('2025-01-06').success) return placeholder(next(), 'YYYY-MM-DD');
  if (inner.safeParse(1).success) return placeholder(next(), '1');
  return `$${next()}`;
}
