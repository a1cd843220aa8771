import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

/** Real published Ofsted reports written in the draft format, read from ../shared (never copied). */
const corpus = new URL('../../../../shared/corpus/drafts/', import.meta.url).pathname;
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort() : [];

/**
 * Genuine defects in the published reports themselves: each is a finding the linter should make.
 * Only warnings may appear here; every real report must lint with zero errors.
 */
const knownDefects: Record<string, string[]> = {
  // The published table says "The impact of leaders on practice with children and families" while the
  // report's own section heading keeps "social work practice": the two wordings disagree in print.
  '015-north-northamptonshire-standard-inspection.md': ['judgement-wording'],
  // Paragraph 3 ends "... had taken place" without its full stop, as printed.
  '003-east-sussex-short-inspection.md': ['style-sentence-ending'],
};

describe.skipIf(files.length === 0)('real published reports', () => {
  it('finds the 16 corpus drafts', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });
  for (const file of files) {
    it(`${file} lints with zero errors`, () => {
      const { diagnostics, draft } = lintText(readFileSync(join(corpus, file), 'utf8'));
      expect(draft.isDraft).toBe(true);
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.start.line + 1}: ${d.ruleId}: ${d.message}`);
      expect(errors).toEqual([]);
    });
  }
  for (const [file, rules] of Object.entries(knownDefects)) {
    it(`${file} has its known genuine defect reported`, () => {
      const { diagnostics } = lintText(readFileSync(join(corpus, file), 'utf8'));
      for (const rule of rules) expect(diagnostics.some((d) => d.ruleId === rule && d.severity === 'warning')).toBe(true);
    });
  }
});
