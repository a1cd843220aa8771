import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../src/index.js';

/** Real published reports and focused-visit letters written as drafts: the cadence rules must give them no errors. */
const corpusFolder = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const cadenceRules = builtinRules.filter((rule) => rule.meta.category === 'cadence');
const drafts = ['drafts/', 'letters/drafts/'].flatMap((folder) =>
  readdirSync(corpusFolder + folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => folder + name),
);

describe('cadence rules on the real drafts', () => {
  it('has the corpus and the rules to run', () => {
    expect(drafts.length).toBeGreaterThan(0);
    expect(cadenceRules.map((r) => r.meta.id)).toContain('cadence-dates-fit-type');
  });

  for (const name of drafts) {
    it(`${name} has no cadence errors`, () => {
      const { diagnostics, draft } = lintText(readFileSync(corpusFolder + name, 'utf8'), { rules: cadenceRules });
      expect(draft.isDraft).toBe(true);
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
      expect(errors).toEqual([]);
    });
  }
});
