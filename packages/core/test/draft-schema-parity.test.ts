import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, draftFrontMatterSchema, draftJsonSchema, parseDraft } from '../src/index.js';
import { fixturesRoot } from './support/fixtures.js';

/**
 * The committed JSON Schema (what editors and other tools use) must accept and reject exactly the
 * front matter that zod (what the linter uses) accepts and rejects. Fixtures: the real drafts, the
 * rule fixtures, and variants of each real front matter with one key removed or given a wrong value.
 */
const schemaFolder = new URL('../schema/', import.meta.url);
// The real reports and focused-visit letters, as drafts.
const corpusFolders = ['drafts/', 'letters/drafts/'].map((folder) => new URL(`../../../../shared/corpus/${folder}`, import.meta.url));

const committedDraftSchema = JSON.parse(readFileSync(new URL('draft.schema.json', schemaFolder), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateWithAjv = ajv.compile(committedDraftSchema);

function frontMatterOf(text: string): Record<string, unknown> | undefined {
  const data = parseDraft(text).frontMatter?.data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
  );
}

const realFrontMatter = corpusFolders
  .flatMap((folder) => markdownFiles(folder.pathname))
  .map((file) => ({ name: file.split('/').pop()!, data: frontMatterOf(readFileSync(file, 'utf8'))! }));
const fixtureFrontMatter = markdownFiles(fixturesRoot)
  .map((file) => ({ name: file.slice(fixturesRoot.length), data: frontMatterOf(readFileSync(file, 'utf8')) }))
  .filter((f): f is { name: string; data: Record<string, unknown> } => f.data !== undefined);

const wrongValues: [string, unknown][] = [
  ['null', null],
  ['a number', 7],
  ['an empty string', ''],
  ['a list', ['a']],
  ['an impossible date', '2025-02-30'],
  ['a date range the wrong way round in form', '2025-01-20 - 2025-01-24'],
];

function variants(data: Record<string, unknown>): { change: string; data: Record<string, unknown> }[] {
  const out: { change: string; data: Record<string, unknown> }[] = [];
  for (const key of Object.keys(data)) {
    const { [key]: _removed, ...without } = data;
    out.push({ change: `without ${key}`, data: without });
    for (const [label, value] of wrongValues) out.push({ change: `${key} as ${label}`, data: { ...data, [key]: value } });
  }
  const previous = data.previous;
  if (previous !== null && typeof previous === 'object') {
    for (const key of Object.keys(previous)) {
      for (const [label, value] of wrongValues)
        out.push({ change: `previous.${key} as ${label}`, data: { ...data, previous: { ...previous, [key]: value } } });
    }
  }
  return out;
}

describe('the committed draft JSON Schema', () => {
  it('is what zod generates (run "pnpm --filter @ilacs/core generate" after changing the schema)', () => {
    expect(committedDraftSchema).toEqual(draftJsonSchema());
    expect(JSON.parse(readFileSync(new URL('config.schema.json', schemaFolder), 'utf8'))).toEqual(configJsonSchema());
  });

  it('accepts every real draft’s front matter, as zod does', () => {
    expect(realFrontMatter.length).toBeGreaterThanOrEqual(16);
    for (const { name, data } of realFrontMatter) {
      expect(draftFrontMatterSchema.safeParse(data).success, name).toBe(true);
      expect(validateWithAjv(data), `${name}: ${ajv.errorsText(validateWithAjv.errors)}`).toBe(true);
    }
  });

  it('agrees with zod on every rule fixture', () => {
    let rejected = 0;
    for (const { name, data } of fixtureFrontMatter) {
      const byZod = draftFrontMatterSchema.safeParse(data).success;
      if (!byZod) rejected++;
      expect(validateWithAjv(data), `${name}: zod says ${byZod ? 'valid' : 'invalid'}`).toBe(byZod);
    }
    expect(rejected).toBeGreaterThan(0);
  });

  it('agrees with zod on real front matter with one key removed or given a wrong value', () => {
    const verdicts = { accepted: 0, rejected: 0 };
    for (const { name, data } of realFrontMatter) {
      for (const variant of variants(data)) {
        const byZod = draftFrontMatterSchema.safeParse(variant.data).success;
        verdicts[byZod ? 'accepted' : 'rejected']++;
        expect(validateWithAjv(variant.data), `${name}, ${variant.change}: zod says ${byZod ? 'valid' : 'invalid'}`).toBe(byZod);
      }
    }
    // Both ways must be exercised: optional keys may go, required ones may not.
    expect(verdicts.accepted).toBeGreaterThan(0);
    expect(verdicts.rejected).toBeGreaterThan(verdicts.accepted);
  });
});
