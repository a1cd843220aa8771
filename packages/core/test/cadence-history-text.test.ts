import { describe, expect, it } from 'vitest';
import { maxHistoryLines, readHistoryText } from '../src/cadence/history-text.js';

/**
 * The one history reader (the CLI's `ilacs cadence` and the editor's timeline): a history far past any
 * authority's is refused before it is parsed, with where, and an alias bomb points at its first alias.
 */
const head = 'authority: Leeds\nevents:\n  - {type: standard-inspection, dates: 2019-01-07 to 2019-01-18, overall_effectiveness: good}\n';
const visit = '  - type: focused-visit\n    dates: 2019-11-12 to 2019-11-13\n';

describe('readHistoryText bounds', () => {
  it('reads a long but plausible history', () => {
    const result = readHistoryText(head + visit.repeat(1000), 'yaml');
    expect(result.ok && result.history.events).toHaveLength(1001);
  });

  it('refuses YAML past the line limit at the line where it is passed, without parsing it', () => {
    const result = readHistoryText(head + visit.repeat(50_000), 'yaml');
    expect(result).toEqual({
      ok: false,
      issue: {
        line: 9999,
        column: 1,
        message: `more than ${maxHistoryLines} lines and comma-separated items: a history holds one authority's inspections and visits, a few dozen; the file was not read`,
      },
    });
  });

  it('refuses CSV past the line limit', () => {
    const result = readHistoryText(`type,dates\n${'focused-visit,2019-11-12 to 2019-11-13\n'.repeat(maxHistoryLines + 5)}`, 'csv');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issue).toMatchObject({
        line: maxHistoryLines + 1,
        column: 1,
        message: expect.stringMatching(/^more than 10000 lines/),
      });
  });

  it('locates an alias bomb at its first alias', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ];
    const result = readHistoryText(`${bomb.join('\n')}\nauthority: Leeds\nevents: [*d]\n`, 'yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue).toMatchObject({ line: 2, column: 8, message: expect.stringMatching(/^invalid YAML: .*alias/) });
  });
});
