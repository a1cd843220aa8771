import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, fixText, lintText } from '../src/index.js';

/**
 * The style and privacy rules against real published reports and letters: the drafts converted from
 * them must give no privacy finding and no style error, and so must the original PDF text, with
 * Ofsted's letterhead, back page of contact details and the addressee's council address, none of
 * which is anyone's personal data.
 */
const corpus = new URL('../../../../shared/corpus/', import.meta.url).pathname;
const draftsDir = `${corpus}drafts/`;
const letterDraftsDir = `${corpus}letters/drafts/`;
const publishedDir = `${corpus}published/`;
// Run whenever the shared corpus is beside the repository (as in CI), as the corpus test does.
const hasCorpus = existsSync(draftsDir) && existsSync(publishedDir);
// The 16 reports and the 30 focused-visit letters, as drafts.
const draftFiles = hasCorpus
  ? [draftsDir, ...(existsSync(letterDraftsDir) ? [letterDraftsDir] : [])].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => `${dir}${f}`),
    )
  : [];
const publishedFiles = hasCorpus
  ? readdirSync(publishedDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
const lettersDir = `${corpus}letters/`;
const hasLetters = existsSync(`${lettersDir}drafts/`) && existsSync(`${lettersDir}published/`);
const letterDrafts = hasLetters
  ? readdirSync(`${lettersDir}drafts/`)
      .filter((f) => f.endsWith('.md'))
      .sort()
  : [];
const letterTexts = hasLetters
  ? readdirSync(`${lettersDir}published/`)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

const styleRules = builtinRules.filter((r) => r.meta.category === 'style');
const privacyRules = builtinRules.filter((r) => r.meta.category === 'privacy');

describe.skipIf(!hasCorpus)('real drafts', () => {
  it('are all there', () => {
    expect(draftFiles.length).toBeGreaterThanOrEqual(existsSync(letterDraftsDir) ? 46 : 16);
  });

  for (const path of draftFiles) {
    const file = path.slice(corpus.length);
    const text = readFileSync(path, 'utf8');
    it(`${file} has no privacy findings and no style errors`, () => {
      const { diagnostics, draft } = lintText(text, { rules: [...styleRules, ...privacyRules] });
      expect(draft.isDraft).toBe(true);
      expect(diagnostics.filter((d) => d.ruleId.startsWith('privacy-'))).toEqual([]);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it(`${file}: style fixes change only the flagged words, and settle`, () => {
      const before = lintText(text, { rules: styleRules }).diagnostics;
      const fixed = fixText(text, { rules: styleRules });
      expect(fixed.fixed).toBe(before.filter((d) => d.fix).length);
      expect(fixed.diagnostics.filter((d) => d.fix)).toEqual([]);
      expect(fixText(fixed.output, { rules: styleRules }).output).toBe(fixed.output);
      // Everything outside the flagged ranges is unchanged: compare what lies between them.
      let cursor = 0;
      let rest = fixed.output;
      for (const d of before.filter((x) => x.fix)) {
        const untouched = text.slice(cursor, d.range.start);
        expect(rest.startsWith(untouched)).toBe(true);
        rest = rest.slice(untouched.length + d.fix!.edits[0]!.newText.length);
        cursor = d.range.end;
      }
      expect(rest).toBe(text.slice(cursor));
    });
  }
});

/** Every privacy finding in a text, shown with where it is and what it found. */
function privacyFindings(text: string): string[] {
  return lintText(text, { rules: privacyRules }).diagnostics.map(
    (d) => `${d.ruleId} at line ${d.start.line + 1}: ${text.slice(d.range.start, d.range.end)}`,
  );
}

describe.skipIf(!hasCorpus)('real published reports, as extracted from the PDFs', () => {
  for (const file of publishedFiles) {
    it(`${file}: no privacy findings, Ofsted's back page of contact details included`, () => {
      const text = `---\nilacs: standard-inspection\n---\n${readFileSync(publishedDir + file, 'utf8')}`;
      // The back page is there, with Ofsted's phone lines, mailbox and address.
      expect(text).toContain('enquiries@ofsted.gov.uk');
      expect(privacyFindings(text)).toEqual([]);
    });
  }
});

describe.skipIf(!hasLetters)('real focused-visit letters', () => {
  it('are all there', () => {
    expect(letterDrafts.length).toBeGreaterThanOrEqual(30);
    expect(letterTexts.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of letterDrafts) {
    it(`${file} has no privacy findings`, () => {
      expect(privacyFindings(readFileSync(`${lettersDir}drafts/${file}`, 'utf8'))).toEqual([]);
    });
  }

  for (const file of letterTexts) {
    it(`${file}: no privacy findings in the letter as published, letterhead and addressee included`, () => {
      const text = `---\nilacs: focused-visit\n---\n${readFileSync(`${lettersDir}published/${file}`, 'utf8')}`;
      expect(text).toMatch(/0300 123 1231/);
      expect(privacyFindings(text)).toEqual([]);
    });
  }
});
