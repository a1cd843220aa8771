import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '@ilacs/core';
import { describe, expect, it } from 'vitest';
import { exportDocx, exportPdf, importDocx, importPdf } from '../src/index.js';

const shared = new URL('../../../../shared/corpus/', import.meta.url).pathname;
const folders = [join(shared, 'drafts'), join(shared, 'letters/drafts')];
const drafts = folders.filter(existsSync).flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(folder, f)),
);
const fixtures = ['report.md', 'letter.md'].map((f) => new URL(`./fixtures/${f}`, import.meta.url).pathname);

const diagnostics = (text: string) => lintText(text).diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId} ${d.message}`);
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('Word round trip: export to .docx, import again', () => {
  for (const file of [...fixtures, ...drafts]) {
    it(`${file.split('/').slice(-2).join('/')} comes back with the same words, structure and diagnostics`, async () => {
      const text = readFileSync(file, 'utf8');
      const { bytes } = await exportDocx(text);
      const back = await importDocx(bytes);
      expect(back.text).toBe(text);
      expect(diagnostics(back.text)).toEqual(diagnostics(text));
    });
  }
});

describe('PDF round trip: export to PDF, import again', () => {
  // A sample: laying out and reading back a PDF takes seconds on a busy machine.
  const sample = [...fixtures, ...drafts.filter((_, i) => i % 9 === 0)];
  for (const file of sample) {
    it(`${file.split('/').slice(-2).join('/')} comes back with the same body`, async () => {
      const text = readFileSync(file, 'utf8');
      const { bytes, warnings } = await exportPdf(text);
      expect(warnings).toEqual([]);
      const back = await importPdf(bytes);
      expect(body(back.text)).toBe(body(text));
    });
  }
});

if (drafts.length === 0) console.warn('The round trips run on the fixtures only: ../shared/corpus is not beside the repository.');
