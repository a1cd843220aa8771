// The real reports every part measures: the published ILACS reports converted to drafts in ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDraftsDir } from './paths.mjs';

export class MissingInputError extends Error {}

/** Every real draft, in file-name order; a clear error (not a crash) when the corpus is absent or empty. */
export function loadRealDrafts() {
  if (!existsSync(corpusDraftsDir)) {
    throw new MissingInputError(
      `No corpus of real drafts at ${corpusDraftsDir}: the benchmarks need ../shared/corpus/drafts next to the repository.`,
    );
  }
  const names = readdirSync(corpusDraftsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (names.length === 0) throw new MissingInputError(`${corpusDraftsDir} holds no .md drafts.`);
  return names.map((name) => {
    const text = readFileSync(join(corpusDraftsDir, name), 'utf8');
    return { name, text, bytes: Buffer.byteLength(text) };
  });
}

export function largestDraft(drafts) {
  return drafts.reduce((largest, draft) => (draft.bytes > largest.bytes ? draft : largest));
}
