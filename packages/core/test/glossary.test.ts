import { describe, expect, it } from 'vitest';
import { builtinRules, fixText, lintText } from '../src/index.js';
import { findAcronym, glossary, glossaryWith, spelledOut } from '../src/framework/index.js';

const acronymRule = builtinRules.find((r) => r.meta.id === 'style-acronym-first-use')!;

describe('glossary', () => {
  it('has one entry per acronym, each with an expansion of words', () => {
    const acronyms = glossary.map((e) => e.acronym);
    expect(new Set(acronyms).size).toBe(acronyms.length);
    for (const entry of glossary) {
      expect(entry.expansion.split(' ').length, entry.acronym).toBeGreaterThan(1);
      expect(entry.source).toBe('builtin');
    }
  });

  it('holds the sector acronyms the issue names and marks everyday ones common', () => {
    for (const acronym of [
      'IRO',
      'MASH',
      'PEP',
      'LADO',
      'PLO',
      'PA',
      'EHCP',
      'UASC',
      'SGO',
      'CSE',
      'CCE',
      'DCS',
      'LSCP',
      'ICB',
      'YJS',
      'CAMHS',
      'SEND',
    ]) {
      expect(findAcronym(acronym)?.common, acronym).toBeFalsy();
    }
    for (const acronym of ['UK', 'GP', 'NHS', 'COVID', 'GCSE']) expect(findAcronym(acronym)?.common, acronym).toBe(true);
  });

  it('finds plurals and respects case', () => {
    expect(findAcronym('IROs')?.acronym).toBe('IRO');
    expect(findAcronym('Send')).toBeUndefined();
    expect(spelledOut(findAcronym('IRO')!, true)).toBe('independent reviewing officers (IROs)');
    expect(spelledOut(findAcronym('DCS')!)).toBe('director of children’s services (DCS)');
  });

  it('takes additions from the configuration, which win over built-in entries', () => {
    const merged = glossaryWith({ NCT: 'Northamptonshire Children’s Trust', PA: 'practice adviser' });
    expect(merged.find((e) => e.acronym === 'NCT')).toEqual({
      acronym: 'NCT',
      expansion: 'Northamptonshire Children’s Trust',
      source: 'config',
    });
    expect(findAcronym('PA', { PA: 'practice adviser' })?.expansion).toBe('practice adviser');
    expect(merged.length).toBe(glossary.length + 1);
  });
});

describe('configured acronyms in the first-use rule', () => {
  const draft = `---
ilacs: short-inspection
local_authority: North Northamptonshire
---

# Inspection of North Northamptonshire local authority children’s services

Services have been delivered by NCT since 2021. NCT staff are stable.
`;
  it('are reported and expanded at first use', () => {
    const config = { glossary: { NCT: 'Northamptonshire Children’s Trust' } };
    const { diagnostics } = lintText(draft, { rules: [acronymRule], config });
    expect(diagnostics.map((d) => d.message)).toEqual(['Spell "NCT" out at first use: "Northamptonshire Children’s Trust (NCT)".']);
    const fixed = fixText(draft, { rules: [acronymRule], config });
    expect(fixed.output).toContain('delivered by Northamptonshire Children’s Trust (NCT) since 2021. NCT staff');
    expect(fixText(fixed.output, { rules: [acronymRule], config }).fixed).toBe(0);
  });
  it('are unknown without the configuration', () => {
    expect(lintText(draft, { rules: [acronymRule] }).diagnostics).toEqual([]);
  });
});
