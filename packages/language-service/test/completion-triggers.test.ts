import { describe, expect, test } from 'vitest';
import { completionTriggerCharacters, opensCompletion } from '../src/index.js';

describe('completion opens by itself only where something starts', () => {
  test('"-" is not a trigger: dates, hyphenated words and list items are typed with it', () => {
    expect(completionTriggerCharacters).not.toContain('-');
    expect(opensCompletion('dates: 2025-', '-')).toBe(false);
  });

  test.each([
    ['lead_inspector: ', true],
    ['local_authority: ', true],
    ['  ', true],
    ['## ', true],
    ['## The experiences and progress of children in care: ', true],
    ['| The experiences and progress of care leavers | ', true],
    ['- Plans for care leavers ( ', true],
    ['<!-- ', true],
    ['<!-- ilacs-disable-next-line ', true],
    ['<!-- ilacs-disable-next-line grade-case ', true],
    ['# ilacs-disable-line ', true],
    // In the middle of a value or of prose, Enter must end the line, not accept a suggestion.
    ['overall_effectiveness: requires ', false],
    ['overall_effectiveness: requires improvement to be ', false],
    ['local_authority: Kingston upon ', false],
    ['dates: 2025-01-20 ', false],
    ['dates: 2025-01-20 to ', false],
    ['## The experiences and ', false],
    ['Children in care ', false],
  ])('a space after %j: %s', (before, opens) => {
    expect(opensCompletion(before, ' ')).toBe(opens);
  });

  test('the other triggers always answer, and so does a request that was not triggered by a character', () => {
    for (const character of completionTriggerCharacters.filter((c) => c !== ' '))
      expect(opensCompletion(`text${character}`, character)).toBe(true);
    expect(opensCompletion('overall_effectiveness: requires ', undefined)).toBe(true);
  });

  test('only the end of a long line is read', () => {
    expect(opensCompletion(`${'word '.repeat(200_000)}`, ' ')).toBe(false);
    expect(opensCompletion(`${'x'.repeat(200_000)} | `, ' ')).toBe(true);
  });
});
