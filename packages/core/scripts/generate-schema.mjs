// Writes the committed JSON Schemas from the zod schemas in the built core (run `pnpm build` first).
// With --check, writes nothing and exits 1 when a committed schema differs from what zod gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, draftJsonSchema } from '../dist/index.js';

const schemas = {
  'draft.schema.json': draftJsonSchema(),
  'config.schema.json': configJsonSchema(),
};
const check = process.argv.includes('--check');
const stale = [];
for (const [name, schema] of Object.entries(schemas)) {
  const path = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  let committed;
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed === text) continue;
  if (check) stale.push(`schema/${name}`);
  else writeFileSync(path, text);
}
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run "pnpm --filter @ilacs/core generate" and commit the result.`);
  process.exit(1);
}
