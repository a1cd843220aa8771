import { describe, expect, it } from 'vitest';
import { isSentenceStart, matchCase } from '../../src/rules/text/case.js';
import { blankNonProse, isInside, quotedRanges } from '../../src/rules/text/prose.js';

describe('blankNonProse', () => {
  it('blanks code, comments, link targets and addresses, keeping every offset', () => {
    const text = 'Use `e.g.` <!-- etc. --> [the guide](https://example.org/organize) or www.example.org/judgment. Done!';
    const blanked = blankNonProse(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toMatch(/e\.g\.|etc\.|organize|judgment/);
    expect(blanked.indexOf('[the guide]')).toBe(text.indexOf('[the guide]'));
    expect(blanked.endsWith('. Done!')).toBe(true);
  });
  it('leaves an unclosed backtick as text', () => {
    expect(blankNonProse('a ` b e.g. c')).toBe('a ` b e.g. c');
  });
  it('closes a code span only with a run of the same length, past longer and shorter runs', () => {
    // A ladder: ` `` ``` (none closed), then `` closes the first ``.
    expect(blankNonProse('a ` b `` c ``` d `` e')).toBe(`a \` b ${' '.repeat(13)} e`);
  });
  it('ends every comment opened before a "-->" at that "-->", and blanks an unclosed one to the end', () => {
    expect(blankNonProse('x <!-- a <!-- b --> y')).toBe(`x ${' '.repeat(17)} y`);
    expect(blankNonProse('x <!-- a <!-- b')).toBe(`x ${' '.repeat(13)}`);
  });
  it('blanks a link target from the first "](" to the first ")" after it', () => {
    expect(blankNonProse('[a](b [c](d) e')).toBe('[a](       ) e');
    expect(blankNonProse('[a](b c')).toBe('[a](b c');
  });
});

describe('quotedRanges', () => {
  it('finds typographic and straight quotations, not apostrophes', () => {
    const text = 'The child’s view: ‘I don’t want to move’, and “it’s great”. Parents\' views: "fine".';
    const quoted = quotedRanges(text).map((r) => text.slice(r.start, r.end));
    expect(quoted).toEqual(['‘I don’t want to move’', '“it’s great”', '"fine"']);
  });
  it('does not run a quotation over a blank line', () => {
    expect(quotedRanges('‘open\n\nclosed’')).toEqual([]);
  });
  it('answers membership by binary search over sorted ranges', () => {
    const ranges = [
      { start: 2, end: 4 },
      { start: 10, end: 12 },
    ];
    expect([1, 2, 3, 4, 10, 11, 12].map((i) => isInside(ranges, i))).toEqual([false, true, true, false, true, true, false]);
  });
});

describe('case helpers', () => {
  it('match the author’s capitals', () => {
    expect(matchCase('for example', 'e.g.')).toBe('for example');
    expect(matchCase('for example', 'E.g.')).toBe('For example');
    expect(matchCase('for example', 'E.G.')).toBe('FOR EXAMPLE');
  });
  it('tell a sentence start', () => {
    const text = 'First. (Second) and “third';
    expect(isSentenceStart(text, 0)).toBe(true);
    expect(isSentenceStart(text, text.indexOf('Second'))).toBe(true);
    expect(isSentenceStart(text, text.indexOf('and'))).toBe(false);
  });
});
