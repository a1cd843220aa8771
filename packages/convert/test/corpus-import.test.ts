import { describe, expect, it } from 'vitest';
// The measurement script's own code, so that the README's figures and these assertions cannot drift apart.
// @ts-expect-error: a plain JavaScript module without declarations
import { corpusPairs, markdownTable, measureAll, unexpectedFactDifferences } from '../scripts/measure-lib.mjs';

interface Measured {
  name: string;
  kind: string;
  wordShare: number;
  words: number;
  wordsReproduced: number;
  extraWords: number;
  factsDiffer: string[];
  tableAgrees: boolean;
  headingsAgree: boolean;
  numbersAgree: boolean;
  referenceLint: { errors: number };
  importedLint: { errors: number };
  lintDiffers: string[];
}

/** The real published PDFs and their hand-checked drafts, read from ../shared (never copied here). */
const pairs = corpusPairs() as { name: string }[];

describe.skipIf(pairs.length === 0)('importing the real published PDFs', () => {
  let results: Measured[] = [];
  it('imports all 46 (16 reports, 30 letters)', async () => {
    expect(pairs.length).toBeGreaterThanOrEqual(46);
    results = await measureAll();
    console.log(markdownTable(results));
  });
  it('reproduces every word of each reference draft, in order', () => {
    for (const r of results) expect({ name: r.name, share: r.wordShare }).toEqual({ name: r.name, share: 1 });
    const total = results.reduce((n, r) => n + r.words, 0);
    expect(results.reduce((n, r) => n + r.wordsReproduced, 0) / total).toBe(1);
  });
  it('adds no words of its own to the body (frames, footers, footnotes and back pages are gone)', () => {
    for (const r of results) expect({ name: r.name, extra: r.extraWords }).toEqual({ name: r.name, extra: 0 });
  });
  it('reads the same front-matter facts (a report’s unprinted publication date aside), table, headings and paragraph numbers as the reference', () => {
    for (const r of results) {
      expect({
        name: r.name,
        facts: unexpectedFactDifferences(r),
        table: r.tableAgrees,
        headings: r.headingsAgree,
        numbers: r.numbersAgree,
      }).toEqual({ name: r.name, facts: [], table: true, headings: true, numbers: true });
    }
  });
  it('lints with no diagnostic the reference draft does not have (the import adds no false findings)', () => {
    for (const r of results) {
      // Only counts that fall are allowed: "previous" is left for the author, so its cadence checks cannot run yet.
      const added = r.lintDiffers.filter((d) => {
        const m = /(\d+)→(\d+)$/.exec(d)!;
        return Number(m[2]) > Number(m[1]);
      });
      expect({ name: r.name, added }).toEqual({ name: r.name, added: [] });
      expect(r.importedLint.errors).toBeLessThanOrEqual(r.referenceLint.errors);
    }
  });
});

if (pairs.length === 0) console.warn('Skipping the corpus import measurement: ../shared/corpus is not beside the repository.');
