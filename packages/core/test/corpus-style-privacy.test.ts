import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, fixText, lintText } from '../src/index.js';

/**
 * The style and privacy rules against real published reports: the drafts converted from them must
 * give no privacy finding and no style error, and the original PDF text (with Ofsted's back page of
 * contact details) shows the privacy rules find real addresses, phone numbers and postcodes where
 * they are, and nothing in the report itself.
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
const publishedFiles = hasCorpus ? readdirSync(publishedDir).filter((f) => f.endsWith('.txt')).sort() : [];

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

describe.skipIf(!hasCorpus)('real published reports, as extracted from the PDFs', () => {
  for (const file of publishedFiles) {
    it(`${file}: privacy findings are Ofsted's contact details on the back page only`, () => {
      const header = '---\nilacs: standard-inspection\n---\n';
      const text = header + readFileSync(publishedDir + file, 'utf8');
      const backPage = text.indexOf('If you would like a copy of this document');
      expect(backPage).toBeGreaterThan(0);
      const { diagnostics } = lintText(text, { rules: privacyRules });
      for (const d of diagnostics) expect(d.range.start, `${d.ruleId} at line ${d.start.line + 1}`).toBeGreaterThan(backPage);
      const found = new Set(diagnostics.map((d) => text.slice(d.range.start, d.range.end)));
      expect([...found].sort()).toEqual(['0161 618 8524', '0300 123 1231', 'M1 2WD', 'TW9 4DU', 'enquiries@ofsted.gov.uk', 'psi@nationalarchives.gsi.gov.uk']);
    });
  }
});
