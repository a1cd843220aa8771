// The namespace import lets bundlers drop zod's 60-odd locales and unused parts (443 KiB to under 100 KiB).
import * as z from 'zod';

/**
 * Reads what is valid in `data` against an object schema, key by key: a value the schema rejects is
 * left out (the schema rule reports it), and everything else is kept, so every rule still runs on
 * what can be read. Nested objects are read the same way. The schema is the one source of truth:
 * a value is read exactly when the schema accepts it.
 */
export function readTolerantly(schema: z.ZodObject, data: unknown): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  if (!isPlainObject(data)) return read;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!Object.hasOwn(data, key)) continue;
    const value = data[key];
    const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
    if (inner instanceof z.ZodObject) {
      if (isPlainObject(value)) read[key] = readTolerantly(inner, value);
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success && parsed.data !== undefined) read[key] = parsed.data;
  }
  return read;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
