import { describe, expect, it } from 'vitest';
import { wantsColor } from '../src/output/color.js';
import { closestWords } from '../src/output/did-you-mean.js';
import { escapeForTerminal, terminalSafeJson } from '../src/output/terminal-text.js';

describe('escapeForTerminal', () => {
  it('makes C0, DEL, C1 and bidirectional controls visible, and keeps tabs and, when asked, line breaks', () => {
    expect(escapeForTerminal('a\u001b[31mb\u0007\u007f\u009b\u202e\u2066\tc\nd')).toBe('a\\x1B[31mb\\x07\\x7F\\x9B\\u202E\\u2066\tc\\x0Ad');
    expect(escapeForTerminal('one\ntwo\r\n', true)).toBe('one\ntwo\\x0D\n');
    expect(escapeForTerminal('Children’s “services” – café 😀')).toBe('Children’s “services” – café 😀');
  });

  it('leaves JSON the same data, with nothing a terminal acts on', () => {
    const value = { text: '\u001b[2J\u009b\u202e' };
    const json = terminalSafeJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('wantsColor', () => {
  it('follows --color/--no-color, then NO_COLOR, then FORCE_COLOR, then TERM=dumb, then the terminal', () => {
    expect(wantsColor('never', { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor('always', { NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(wantsColor('auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
    expect(wantsColor('auto', { NO_COLOR: '' }, true)).toBe(true);
    expect(wantsColor('auto', { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor('auto', { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(wantsColor('auto', { FORCE_COLOR: '' }, false)).toBe(true);
    expect(wantsColor('auto', { FORCE_COLOR: '2', TERM: 'dumb' }, false)).toBe(true);
    expect(wantsColor('auto', { TERM: 'dumb' }, true)).toBe(false);
    expect(wantsColor('auto', {}, true)).toBe(true);
    expect(wantsColor('auto', {}, false)).toBe(false);
  });
});

describe('closestWords', () => {
  it('finds near misses, closest first, and nothing for words far from every one', () => {
    const options = ['--fix', '--fix-dry-run', '--format', '--quiet', '--config', '--no-config'];
    expect(closestWords('--fixx', options)).toEqual(['--fix']);
    expect(closestWords('--confg', options)).toEqual(['--config']);
    expect(closestWords('--frmat', options)).toEqual(['--format']);
    expect(closestWords('--verbose', options)).toEqual([]);
    expect(closestWords('x'.repeat(1000), options)).toEqual([]);
  });
});
