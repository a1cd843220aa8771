import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/rules/text/visible-text.js';

describe('visibleText', () => {
  it('leaves ordinary text as it is, with ranges unchanged', () => {
    const view = visibleText('Children’s services – “good”.');
    expect(view.text).toBe('Children’s services – “good”.');
    expect(view.sourceRange(3, 8)).toEqual({ start: 3, end: 8 });
  });

  it('removes zero-width, soft-hyphen and bidirectional characters and maps ranges back', () => {
    const source = 'Call 0770\u200B0 9\u00AD00 123 now\u200E.';
    const view = visibleText(source);
    expect(view.text).toBe('Call 07700 900 123 now.');
    const start = view.text.indexOf('07700');
    const range = view.sourceRange(start, start + '07700 900 123'.length);
    expect(source.slice(range.start, range.end)).toBe('0770\u200B0 9\u00AD00 123');
  });

  it('shows a run after a right-to-left override the way it is displayed', () => {
    const source = 'Email \u202Emoc.liamg@kcaj\u202C today';
    const view = visibleText(source);
    expect(view.text).toBe('Email jack@gmail.com today');
    const start = view.text.indexOf('jack');
    const range = view.sourceRange(start, start + 'jack@gmail.com'.length);
    expect(source.slice(range.start, range.end)).toBe('moc.liamg@kcaj');
  });

  it('ends an unclosed override at the end of its line', () => {
    expect(visibleText('a \u202Ecba\nxyz').text).toBe('a abc\nxyz');
  });

  it('folds full-width forms, unusual spaces and hyphen look-alikes', () => {
    expect(visibleText('\uFF10\uFF17\uFF17\u00A0jack\uFF20mail.com\u2011x\u2009y\uFE6Bz').text).toBe('077 jack@mail.com-x y@z');
  });
});
