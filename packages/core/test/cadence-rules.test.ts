import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../src/index.js';

const rule = (id: string) => [builtinRules.find((r) => r.meta.id === id)!];

function draft(frontMatter: string): string {
  return `---\n${frontMatter.trim()}\n---\n\n# Inspection of Barnsley local authority children's services\n`;
}

const barnsley = draft(`
ilacs: short-inspection
local_authority: Barnsley
dates: 2023-09-11 to 2023-09-15
previous:
  type: standard-inspection
  dates: 2018-10-08 to 2018-10-19
  overall_effectiveness: good
`);

describe('cadence-inspection-window options', () => {
  it('puts the window, moved by the pause, in the message', () => {
    const [finding] = lintText(barnsley, { rules: rule('cadence-inspection-window') }).diagnostics;
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/53 days after its window closed: 2022-05-01 to 2023-07-20 .*COVID-19 pause/);
  });

  it('uses configured pauses instead of the built-in one', () => {
    const config = { rules: { 'cadence-inspection-window': { options: { suspensions: [] } } } };
    const [finding] = lintText(barnsley, { rules: rule('cadence-inspection-window'), config }).diagnostics;
    expect(finding?.message).toMatch(
      /after its window closed: 2021-04-08 to 2022-04-08 \(six months either side of the third anniversary of the previous inspection on 2018-10-08\)\.$/,
    );
    const longer = { rules: { 'cadence-inspection-window': { options: { suspensions: [{ from: '2020-03-17', until: '2021-12-31' }] } } } };
    expect(lintText(barnsley, { rules: rule('cadence-inspection-window'), config: longer }).diagnostics).toEqual([]);
  });

  it('is given only options its schema accepts: a malformed one is one located error, not a finding on every draft', () => {
    // Configuration files are checked against the same schema before a lint (with the file's line and
    // column); a caller of the API that passes a bad option gets one internal error, and the rule is skipped.
    const config = { rules: { 'cadence-inspection-window': { options: { suspensions: [{ from: 'March 2020' }] } } } };
    const diagnostics = lintText(barnsley, { rules: rule('cadence-inspection-window'), config }).diagnostics;
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['internal-error']);
    expect(diagnostics[0]!.message).toMatch(/invalid options and was skipped: "suspensions\.0\.from"/);
  });
});

describe('cadence messages carry what the author needs', () => {
  it('dates-fit-type names the shape and offers the nearest valid dates as suggestions', () => {
    const text = draft('ilacs: short-inspection\nlocal_authority: Barnsley\ndates: 2023-09-12 to 2023-09-16');
    const [finding] = lintText(text, { rules: rule('cadence-dates-fit-type') }).diagnostics;
    expect(finding?.message).toContain('Monday to Friday of one week');
    expect(finding?.message).toContain('Nearest valid dates: 2023-09-11 to 2023-09-15 or 2023-09-18 to 2023-09-22.');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.map((s) => s.edits[0]!.newText)).toEqual(['2023-09-11 to 2023-09-15', '2023-09-18 to 2023-09-22']);
    expect(text.slice(finding!.range.start, finding!.range.end)).toBe('2023-09-12 to 2023-09-16');
  });

  it('publication-after-visit gives the lag in working days and the typical date', () => {
    const text = draft('ilacs: short-inspection\nlocal_authority: Barnsley\ndates: 2023-09-11 to 2023-09-15\npublished: 2023-09-13');
    const [finding] = lintText(text, { rules: rule('cadence-publication-after-visit') }).diagnostics;
    expect(finding?.message).toMatch(
      /Published 2023-09-13, 2 working days before the last day on site \(2023-09-15\).*typically 30 working days later .*around 2023-10-27/,
    );
  });

  it('inspector-title goes by the last day on site', () => {
    const before = draft(
      "ilacs: focused-visit\nlocal_authority: Barnsley\ndates: 2022-09-06 to 2022-09-07\nfocus: front door\nlead_inspector: A Person, His Majesty's Inspector",
    );
    const [finding] = lintText(before, { rules: rule('cadence-inspector-title') }).diagnostics;
    expect(finding?.message).toMatch(/Write "Her Majesty’s Inspector": the last day on site was 2022-09-07, before 2022-09-08/);
    expect(before.slice(finding!.range.start, finding!.range.end)).toBe('His');
  });

  it('stays quiet on a fresh skeleton with blanks', () => {
    const blank = draft(
      'ilacs: short-inspection\nlocal_authority: Barnsley\ndates:\nlead_inspector:\npublished:\nprevious:\n  type:\n  dates:\n  overall_effectiveness:',
    );
    const cadence = builtinRules.filter((r) => r.meta.category === 'cadence');
    expect(lintText(blank, { rules: cadence }).diagnostics).toEqual([]);
  });
});
