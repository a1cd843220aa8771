import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../src/index.js';

/** Real published reports written as drafts: the cadence rules must give them no errors. */
const draftsFolder = fileURLToPath(new URL('../../../../shared/corpus/drafts/', import.meta.url));
const cadenceRules = builtinRules.filter((rule) => rule.meta.category === 'cadence');
const drafts = readdirSync(draftsFolder).filter((name) => name.endsWith('.md')).sort();

describe('cadence rules on the real drafts', () => {
  it('has the corpus and the rules to run', () => {
    expect(drafts.length).toBeGreaterThan(0);
    expect(cadenceRules.map((r) => r.meta.id)).toContain('cadence-dates-fit-type');
  });

  for (const name of drafts) {
    it(`${name} has no cadence errors`, () => {
      const { diagnostics, draft } = lintText(readFileSync(draftsFolder + name, 'utf8'), { rules: cadenceRules });
      expect(draft.isDraft).toBe(true);
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
      expect(errors).toEqual([]);
    });
  }
});
