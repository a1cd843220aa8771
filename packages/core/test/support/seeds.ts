import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real drafts (../shared, when present) and the repository's examples, as seeds for generated inputs. */
export function seedDrafts(): { name: string; text: string }[] {
  const folders = [
    new URL('../../../../examples/', import.meta.url).pathname,
    new URL('../../../../../shared/corpus/drafts/', import.meta.url).pathname,
  ];
  const seeds: { name: string; text: string }[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      seeds.push({ name: file, text: readFileSync(join(folder, file), 'utf8') });
    }
  }
  return seeds;
}
